import { InvalidArgumentError } from '../errors.js';
import { createQueryBuilder } from '../query/builder.js';
import type { QueryExecutor, QueryPage, RunOptions } from '../query/builder.js';
import { findOptionsToNode, withSelection } from '../query/find-options.js';
import type { FindAllOptions, FindByIdOptions, QuerySchema } from '../query/find-options.js';
import { QueryNode, FilterNode, WhereNode } from '../query/nodes.js';
import type { QueryNode as QueryNodeType } from '../query/nodes.js';
import { assertId, describe } from '../query/validate.js';
import { Decoder } from '../response/decode.js';
import { pageInfo } from '../response/envelope.js';
import { compileQuery } from '../wire/compile-query.js';
import { flattenInto, flattenParams } from '../wire/encode.js';
import type { ParamValue, Params, WirePair } from '../wire/params.js';
import type { ApiContext, CallOptions } from './context.js';
import { CUSTOM_METHODS } from './custom-methods.js';
import type { Model } from './model.js';
import { isSafeMethodName } from './safety.js';
import type { ControllerSpec, MethodSpec, ParamSpec } from './spec.js';
import { isPlainObject } from '../util/is-plain-object.js';

export type RuntimeManager = Record<string, unknown>;

export interface LowLevelCallOptions extends CallOptions {
  /** Model name to decode into (pyoffers' `target_class`); defaults to the target's model. */
  readonly targetClass?: string;
  /** Override the read/write classification that decides retries. */
  readonly safe?: boolean;
}


const CALL_OPTION_KEYS = new Set(['signal', 'raw']);
function looksLikeCallOptions(value: unknown): value is CallOptions {
  return isPlainObject(value) && Object.keys(value).every((key) => CALL_OPTION_KEYS.has(key));
}

/** Runs a low-level call and decodes its answer (shared by managers and the client's `call`). */
export class CallRunner {
  readonly decoder: Decoder;
  constructor(readonly context: ApiContext) {
    this.decoder = new Decoder(context);
  }

  async run(
    target: string,
    method: string,
    params: readonly WirePair[],
    decode: { result: 'model' | 'models' | 'raw' | 'auto'; model: string; safe: boolean },
    options: CallOptions = {},
  ): Promise<unknown> {
    const data = await this.context.send({ target, method, params, safe: decode.safe, signal: options.signal });
    if (options.raw || decode.result === 'raw') return this.decoder.decode(data, 'raw', decode.model);
    if (decode.result === 'auto') return this.decoder.decode(data, autoResult(data, decode.model), decode.model);
    return this.decoder.decode(data, decode.result, decode.model);
  }

  /** `api.call(target, method, params, options)`: pyoffers' `_call`. */
  async call(target: string, method: string, params: Params = {}, options: LowLevelCallOptions = {}): Promise<unknown> {
    if (typeof target !== 'string' || !target) throw new InvalidArgumentError('target', `expected a controller name like 'Offer', got ${describe(target)}.`);
    if (typeof method !== 'string' || !method) throw new InvalidArgumentError('method', `expected a method name like 'findAll', got ${describe(method)}.`);
    if (!isPlainObject(params)) throw new InvalidArgumentError('params', `expected a plain object, got ${describe(params)}.`);
    const model = options.targetClass ?? this.context.table.controllers.find((c) => c.target === target)?.model ?? target;
    return this.run(target, method, flattenParams(params), { result: 'auto', model, safe: options.safe ?? isSafeMethodName(method) }, options);
  }
}

/** Decides between one model, a list, or raw data for calls without a spec (pyoffers guesses too). */
function autoResult(data: unknown, model: string): 'model' | 'models' | 'raw' {
  const items = isPlainObject(data) && ('page' in data || 'pageCount' in data) ? data.data : data;
  if (isPlainObject(items) && model in items) return 'model';
  const values = Array.isArray(items) ? items : isPlainObject(items) ? Object.values(items) : [];
  if (values.length && values.every((item) => isPlainObject(item) && Object.values(item).some((inner) => isPlainObject(inner)))) return 'models';
  return 'raw';
}

/**
 * The `data` of a create or update, checked: a GET query string cannot carry null (pyoffers drops
 * it silently, so the write would not do what was asked), and a write of nothing is a mistake.
 */
function writableData(data: Record<string, unknown>, where: string): Params {
  const entries = Object.entries(data).filter(([, value]) => value !== undefined);
  for (const [key, value] of entries) {
    if (value === null) throw new InvalidArgumentError(`data.${key}`, `${where} cannot send null: HasOffers' query-string API has no null. To clear a text field send '' instead.`);
  }
  if (entries.length === 0) throw new InvalidArgumentError('data', `${where} got no fields to write; pass at least one, e.g. { name: 'New name' }.`);
  return Object.fromEntries(entries) as Params;
}

function querySchema(context: ApiContext, model: string): QuerySchema {
  const spec = context.modelSpec(model);
  return {
    model,
    fields: spec && spec.fields.length ? new Set(spec.fields) : undefined,
    relations: new Set(spec?.relations.map((relation) => relation.name) ?? []),
  };
}

function checkParam(param: ParamSpec, value: unknown, where: string): void {
  if (value === undefined || value === null) {
    if (param.required) throw new InvalidArgumentError(param.name, `${where} needs "${param.name}" (${param.type}).`);
    return;
  }
  if (param.type === 'integer' || param.type === 'id') assertId(param.name, value);
  if (param.type === 'array' && !Array.isArray(value)) {
    throw new InvalidArgumentError(param.name, `${where} takes an array for "${param.name}", got ${describe(value)}.`);
  }
}

/** Builds the manager object for one controller from its table entry. */
export function createManager(context: ApiContext, runner: CallRunner, controller: ControllerSpec): RuntimeManager {
  const manager: RuntimeManager = {};
  const modelOf = (spec: MethodSpec) => spec.model ?? controller.model;
  const targetOf = (spec: MethodSpec) => spec.target ?? controller.target;
  const run = (spec: MethodSpec, params: readonly WirePair[], options?: CallOptions) =>
    runner.run(targetOf(spec), spec.method, params, { result: spec.result, model: modelOf(spec), safe: spec.safe }, options);

  const findPage = async (spec: MethodSpec, node: QueryNodeType, options?: RunOptions): Promise<QueryPage<Model>> => {
    const data = await context.send({ target: targetOf(spec), method: spec.method, params: compileQuery(node), safe: spec.safe, signal: options?.signal });
    const items = runner.decoder.decode(data, 'models', modelOf(spec));
    return { items: Array.isArray(items) ? (items as Model[]) : [], page: pageInfo(data) };
  };

  for (const spec of controller.methods) {
    const where = `${controller.manager}.${spec.name}()`;
    let impl: (...args: unknown[]) => Promise<unknown>;
    switch (spec.kind) {
      case 'find':
        impl = async (options: unknown = {}, callOptions?: unknown) => {
          if (spec.result === 'raw' && isPlainObject(options)) {
            const extra = Object.keys(options).filter((key) => key !== 'filters' && key !== 'connector');
            if (extra.length) throw new InvalidArgumentError(extra[0] as string, `${where} returns ids and takes only { filters, connector }; ${extra.join(', ')} would be ignored by HasOffers.`);
          }
          const node = findOptionsToNode(options as FindAllOptions, querySchema(context, modelOf(spec)));
          return run(spec, compileQuery(node), callOptions as CallOptions);
        };
        break;
      case 'findById':
        impl = async (id: unknown, options: unknown = {}, callOptions?: unknown) => {
          assertId('id', id);
          const node = withSelection(QueryNode.create(modelOf(spec)), options as FindByIdOptions, querySchema(context, modelOf(spec)));
          return run(spec, [['id', String(id)], ...compileQuery(node)], callOptions as CallOptions);
        };
        break;
      case 'create':
        impl = async (data: unknown, callOptions?: unknown) => {
          if (!isPlainObject(data)) throw new InvalidArgumentError('data', `${where} takes the new ${modelOf(spec)}'s fields as an object, got ${describe(data)}.`);
          return run(spec, flattenParams({ data: writableData(data, where) }), callOptions as CallOptions);
        };
        break;
      case 'update':
        impl = async (id: unknown, data: unknown, callOptions?: unknown) => {
          assertId('id', id);
          if (!isPlainObject(data)) throw new InvalidArgumentError('data', `${where} takes the fields to change as an object, got ${describe(data)}.`);
          return run(spec, flattenParams({ id: id as ParamValue, data: writableData(data, where) }), callOptions as CallOptions);
        };
        break;
      case 'delete':
        // HasOffers has no delete: pyoffers (and we) set status to "deleted".
        impl = async (id: unknown, callOptions?: unknown) => {
          assertId('id', id);
          return run(spec, flattenParams({ id: id as ParamValue, data: { status: 'deleted' } }), callOptions as CallOptions);
        };
        break;
      case 'call':
        if (spec.custom) {
          const custom = CUSTOM_METHODS[`${controller.target}.${spec.name}`];
          if (!custom) throw new Error(`${controller.source}: ${spec.name} is marked custom but src/runtime/custom-methods.ts has no ${controller.target}.${spec.name}`);
          impl = (...args: unknown[]) => custom({ context, runner, controller, spec, manager, run: (params, options) => run(spec, params, options) }, args);
          break;
        }
        impl = async (...args: unknown[]) => {
          const pairs: WirePair[] = [];
          let callOptions: CallOptions | undefined;
          spec.params.forEach((param, index) => {
            const value = args[index];
            if (callOptions) return;
            if (param.type !== 'array' && param.type !== 'object' && looksLikeCallOptions(value) && index === args.length - 1) {
              callOptions = value;
              checkParam(param, undefined, where);
              return;
            }
            checkParam(param, value, where);
            flattenInto(pairs, param.name, value as ParamValue);
          });
          if (args.length > spec.params.length) {
            const extra = args[spec.params.length];
            if (extra !== undefined && !looksLikeCallOptions(extra)) {
              throw new InvalidArgumentError('arguments', `${where} takes ${spec.params.length} argument(s) (${spec.params.map((p) => p.name).join(', ')}) and then { signal, raw }, got an extra ${describe(extra)}.`);
            }
            callOptions ??= extra as CallOptions | undefined;
          }
          return run(spec, pairs, callOptions);
        };
        break;
    }
    manager[spec.name] = impl;
  }

  const findAll = controller.methods.find((spec) => spec.kind === 'find' && spec.method === 'findAll');
  const findAllIds = controller.methods.find((spec) => spec.method === 'findAllIds');
  if (findAll) {
    const executor: QueryExecutor<Model> = {
      findPage: (node, options) => findPage(findAll, node, options),
      findIds: async (node, options) => {
        if (!findAllIds) {
          const { items } = await findPage(findAll, QueryNode.cloneWith(node, { fields: ['id'] }), options);
          return items.map((item) => String(item.id));
        }
        const filtersOnly = node.where ? QueryNode.cloneWith(QueryNode.create(node.model), { where: node.where }) : QueryNode.create(node.model);
        const data = await context.send({ target: targetOf(findAllIds), method: findAllIds.method, params: compileQuery(filtersOnly), safe: true, signal: options?.signal });
        const ids = runner.decoder.decode(data, 'raw', controller.model);
        return Array.isArray(ids) ? ids.map(String) : [];
      },
    };
    manager.query = () => createQueryBuilder(querySchema(context, modelOf(findAll)), executor);
    /** Used by related managers: a query pre-filtered on one field. */
    manager.queryWhere = (field: string, value: string) =>
      createQueryBuilder(querySchema(context, modelOf(findAll)), executor, QueryNode.cloneWith(QueryNode.create(modelOf(findAll)), { where: WhereNode.create('AND', [FilterNode.create(field, 'eq', value)]) }));
    Object.defineProperty(manager, 'queryWhere', { enumerable: false });
  }

  manager.call = (method: unknown, params: unknown = {}, options: LowLevelCallOptions = {}) =>
    runner.call(controller.target, method as string, params as Params, { ...options, targetClass: options.targetClass ?? controller.model });
  return manager;
}
