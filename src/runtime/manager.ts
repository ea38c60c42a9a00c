import { InvalidArgumentError, InvalidResponseError } from '../errors.js';
import { createQueryBuilder } from '../query/builder.js';
import type { QueryBuilder, QueryExecutor, QueryPage, RunOptions } from '../query/builder.js';
import { findOptionsToNode, withSelection } from '../query/find-options.js';
import type { FindAllOptions, FindByIdOptions, QuerySchema } from '../query/find-options.js';
import { QueryNode, FilterNode, WhereNode } from '../query/nodes.js';
import type { QueryNode as QueryNodeType } from '../query/nodes.js';
import { assertId } from '../query/validate.js';
import { describeValue } from '../util/describe.js';
import type { Decoder } from '../response/decode.js';
import { pageInfo } from '../response/envelope.js';
import { compileQuery } from '../query/compile-query.js';
import { flattenInto, flattenParams } from '../wire/encode.js';
import type { ParamValue, Params, WirePair } from '../wire/params.js';
import type { ApiContext, CallOptions } from './context.js';
import { BEHAVIOURS } from './behaviours.js';
import type { CustomMethodScope } from './behaviours.js';
import type { Model } from './model.js';
import { modelDecoder } from './model-classes.js';
import { isSafeMethodName } from './safety.js';
import { SCOPED_QUERY } from './symbols.js';
import type { ControllerSpec, MethodSpec, ParamSpec, ResultKind } from '../table/spec.js';
import { isPlainObject } from '../util/is-plain-object.js';
import { suggestion } from '../util/closest.js';

export type RuntimeManager = Record<string | symbol, unknown>;

export interface LowLevelCallOptions extends CallOptions {
  /** Model name to decode into (pyoffers' `target_class`); defaults to the target's model. */
  readonly targetClass?: string;
  /** Override the read/write classification that decides retries. */
  readonly safe?: boolean;
}

const CALL_OPTION_KEYS = ['signal', 'raw'];
/** Param types the query compiler sends (the query parts a builder sets, with limit and page). */
const QUERY_PART_TYPES: ReadonlySet<string> = new Set(['filters', 'sort', 'fields', 'contain']);
const isPart = (param: ParamSpec): boolean => QUERY_PART_TYPES.has(param.type) || param.name === 'limit' || param.name === 'page';
const LOW_LEVEL_KEYS = ['signal', 'raw', 'targetClass', 'safe'];
const FIND_KEYS = ['filters', 'connector', 'sort', 'limit', 'page', 'fields', 'contain'];
const FIND_BY_ID_KEYS = ['fields', 'contain'];
const FIND_IDS_KEYS = ['filters', 'connector'];

function looksLikeCallOptions(value: unknown): value is CallOptions {
  return isPlainObject(value) && Object.keys(value).every((key) => CALL_OPTION_KEYS.includes(key));
}

/** Refuses keys an options object does not take: a misspelt `filter` would otherwise return every row. */
export function assertKnownKeys(argument: string, value: unknown, known: readonly string[], where: string): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) throw new InvalidArgumentError(argument, `${where} takes an object here, got ${describeValue(value)}.`);
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new InvalidArgumentError(`${argument}.${key}`, `${where} does not take "${key}".${suggestion(key, known)}`);
  }
}

function checkCallOptions(value: unknown, where: string, known = CALL_OPTION_KEYS): CallOptions | undefined {
  assertKnownKeys('options', value, known, where);
  return value as CallOptions | undefined;
}

/** Runs a low-level call and decodes its answer (shared by managers and the client's `call`). */
export class CallRunner {
  readonly decoder: Decoder<Model>;
  readonly #specs = new Map<string, { spec: MethodSpec; model?: string }>();
  constructor(readonly context: ApiContext) {
    this.decoder = modelDecoder(context);
    for (const controller of context.table.controllers) {
      for (const spec of controller.methods) {
        const key = `${spec.target ?? controller.target}.${spec.method}`;
        const model = spec.model ?? controller.model;
        if (!this.#specs.has(key)) this.#specs.set(key, { spec, ...(model ? { model } : {}) });
      }
    }
  }

  async run(target: string, method: string, params: readonly WirePair[], decode: { result: ResultKind | 'auto'; model: string; safe: boolean; returns?: MethodSpec['returns'] }, options: CallOptions = {}): Promise<unknown> {
    const data = await this.context.send({ target, method, params, safe: decode.safe, signal: options.signal });
    if (options.raw || decode.result === 'raw') {
      const raw = this.decoder.decode(data, 'raw', decode.model);
      if (options.raw) return raw;
      return asDeclared(raw, decode.returns, `${target}.${method}`);
    }
    if (decode.result === 'auto') return this.decoder.decode(data, autoResult(data, decode.model), decode.model);
    if (decode.result === 'modelOrId') {
      // With return_object off HasOffers answers the new record's id.
      if (typeof data === 'string' || typeof data === 'number') return String(data);
      return this.decoder.decode(data, 'model', decode.model);
    }
    return this.decoder.decode(data, decode.result, decode.model);
  }

  /** `api.call(target, method, params, options)`: pyoffers' `_call`. Known methods keep their table's read/write class. */
  async call(target: string, method: string, params: Params = {}, options: LowLevelCallOptions = {}): Promise<unknown> {
    if (typeof target !== 'string' || !target) throw new InvalidArgumentError('target', `expected a controller name like 'Offer', got ${describeValue(target)}.`);
    if (typeof method !== 'string' || !method) throw new InvalidArgumentError('method', `expected a method name like 'findAll', got ${describeValue(method)}.`);
    if (!isPlainObject(params)) throw new InvalidArgumentError('params', `expected a plain object, got ${describeValue(params)}.`);
    checkCallOptions(options, `call(${target}, ${method})`, LOW_LEVEL_KEYS);
    const known = this.#specs.get(`${target}.${method}`);
    const model = options.targetClass ?? known?.model ?? this.context.table.controllers.find((c) => c.target === target)?.model ?? target;
    const safe = options.safe ?? known?.spec.safe ?? isSafeMethodName(method);
    return this.run(target, method, flattenParams(params), { result: 'auto', model, safe }, options);
  }
}

const TRUE = new Set<unknown>([true, 1, '1', 'true']);
const FALSE = new Set<unknown>([false, 0, '0', 'false']);

/** A raw answer as its declared type: HasOffers sends numbers and flags as strings. Never NaN. */
function asDeclared(raw: unknown, returns: MethodSpec['returns'], where: string): unknown {
  const excerpt = () => JSON.stringify(raw)?.slice(0, 200) ?? String(raw);
  switch (returns) {
    case 'void':
      return undefined;
    case 'ids':
      return Array.isArray(raw) ? raw.map(String) : raw;
    case 'number': {
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : Number.NaN;
      if (!Number.isFinite(number)) throw new InvalidResponseError(`${where} should answer a number, got ${excerpt()}`, 200, excerpt());
      return number;
    }
    case 'boolean':
      if (TRUE.has(raw)) return true;
      if (FALSE.has(raw)) return false;
      throw new InvalidResponseError(`${where} should answer true or false, got ${excerpt()}`, 200, excerpt());
    default:
      return raw;
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
 * it silently, so the write would not do what was asked), a write of nothing is a mistake, and a
 * field the model does not have would be sent for HasOffers to refuse or ignore.
 */
function writableData(data: unknown, where: string, argument: string, schema: QuerySchema | undefined, what = 'the fields to write', checkReadOnly = false): Params {
  const fields = schema?.fields;
  if (!isPlainObject(data)) throw new InvalidArgumentError(argument, `${where} takes ${what} as an object, got ${describeValue(data)}.`);
  const entries = Object.entries(data).filter(([, value]) => value !== undefined);
  for (const [key, value] of entries) {
    if (value === null) throw new InvalidArgumentError(`${argument}.${key}`, `${where} cannot send null: HasOffers' query-string API has no null. To clear a text field send '' instead.`);
    if (fields && fields.size && !fields.has(key)) throw new InvalidArgumentError(`${argument}.${key}`, `${where}: the model has no field "${key}".${suggestion(key, fields)}`);
    // Only for the standard create/update: other methods' data (Application.saveFailedUserAuthIp's
    // UserIp) takes fields the reference marks read-only.
    if (checkReadOnly && schema?.readOnly?.has(key)) throw new InvalidArgumentError(`${argument}.${key}`, `${where}: "${key}" is read-only (HasOffers sets it); leave it out.`);
  }
  if (entries.length === 0) throw new InvalidArgumentError(argument, `${where} got no fields to write; pass at least one, e.g. { name: 'New name' }.`);
  return Object.fromEntries(entries) as Params;
}

/** The wire pairs of a standard create of `model`: its data checked as `writableData` does. */
function createPairs(context: ApiContext, model: string, data: unknown, where: string, argument = 'data'): WirePair[] {
  return flattenParams({ data: writableData(data, where, argument, querySchema(context, model), `the new ${model}'s fields`, true) });
}

const schemas = new WeakMap<ApiContext, Map<string, QuerySchema>>();

/** What a query on `model` may name, built once per client and model (not on every call). */
function querySchema(context: ApiContext, model: string): QuerySchema {
  let byModel = schemas.get(context);
  if (!byModel) schemas.set(context, (byModel = new Map()));
  let schema = byModel.get(model);
  if (!schema) {
    const spec = context.modelSpec(model);
    schema = {
      model,
      fields: spec && spec.fields.length ? new Set(spec.fields) : undefined,
      relations: new Set(spec?.relations.map((relation) => relation.name) ?? []),
      ...(spec?.readOnly?.length ? { readOnly: new Set(spec.readOnly) } : {}),
    };
    byModel.set(model, schema);
  }
  return schema;
}

function checkParam(param: ParamSpec, value: unknown, where: string): void {
  if (value === undefined || value === null) {
    if (param.required) throw new InvalidArgumentError(param.name, `${where} needs "${param.name}" (${param.type}).`);
    return;
  }
  if (param.type === 'integer' || param.type === 'id') assertId(param.name, value);
  if (param.type === 'array' && !Array.isArray(value)) {
    throw new InvalidArgumentError(param.name, `${where} takes an array for "${param.name}", got ${describeValue(value)}.`);
  }
}

function isDateText(value: unknown): boolean {
  return value instanceof Date || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/.test(value));
}

/** One scalar of a params-object method, checked against its declared type. */
function checkScalar(argument: string, type: string, value: unknown, values: readonly string[] | undefined, where: string): void {
  const bad = (expected: string) => {
    throw new InvalidArgumentError(argument, `${where}: "${argument}" takes ${expected}, got ${describeValue(value)}.`);
  };
  // An array or object where one value belongs would go out as argument[]=… (or be stringified).
  if (type !== 'mixed' && value !== null && typeof value === 'object' && !(value instanceof Date)) bad(values?.length ? `one of ${values.map((item) => `'${item}'`).join(', ')}` : `a single ${type}`);
  if (values?.length) {
    if (!values.includes(String(value))) bad(`one of ${values.map((item) => `'${item}'`).join(', ')}`);
    return;
  }
  switch (type) {
    case 'integer':
      if (!((typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value)) || typeof value === 'bigint')) bad('an integer (a number or a numeric string)');
      return;
    case 'decimal':
      if (!((typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)))) bad('a number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') bad('true or false');
      return;
    case 'date':
    case 'datetime':
      if (!isDateText(value)) bad("a date ('YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS') or a Date");
      return;
    case 'string':
      if (typeof value !== 'string' && typeof value !== 'number') bad('a string');
      return;
    default:
      return;
  }
}

/** A params-object call: checks every key against the documented params, then the pairs to send. */
function compileNamed(context: ApiContext, spec: MethodSpec, model: string | undefined, input: unknown, where: string, prefix: readonly WirePair[] = []): WirePair[] {
  if (spec.loose) {
    if (input !== undefined && !isPlainObject(input)) throw new InvalidArgumentError('params', `${where} takes a params object, got ${describeValue(input)}.`);
    return [...prefix, ...flattenParams((input ?? {}) as Params)];
  }
  const names = spec.params.map((param) => param.name);
  assertKnownKeys('params', input, names, where);
  const params = (input ?? {}) as Record<string, unknown>;
  for (const param of spec.params) {
    if (param.required && (params[param.name] === undefined || params[param.name] === null)) {
      throw new InvalidArgumentError(param.name, `${where} needs "${param.name}".`);
    }
  }
  const pairs: WirePair[] = [...prefix];
  // The query parts go through the same compiler as findAll (filters[..], sort[Model.field], fields[]…).
  // The query parts named as findAll names them go through the same compiler as findAll
  // (filters[..], sort[Model.field], fields[]…); a query part under another name (`offer_filters`,
  // `sorts`) is compiled alone and goes out under its own name.
  const query: Record<string, unknown> = {};
  const handled = new Set<string>();
  for (const param of spec.params) {
    const value = params[param.name];
    if (value === undefined) continue;
    const part = QUERY_PART_TYPES.has(param.type) ? param.type : undefined;
    const standard = (part !== undefined && param.name === part) || ((param.name === 'limit' || param.name === 'page') && (param.type === 'integer' || param.type === 'mixed'));
    if (standard) {
      query[param.name] = value;
      handled.add(param.name);
    } else if (part !== undefined) {
      const compiled = compileQuery(findOptionsToNode({ [part]: value } as FindAllOptions, querySchema(context, param.model ?? model ?? 'Model')));
      const wire = param.wire ?? param.name;
      for (const [key, text] of compiled) pairs.push([`${wire}${key.slice(part.length)}`, text]);
      handled.add(param.name);
    }
  }
  if (Object.keys(query).length) {
    const queryModel = spec.params.find((param) => Object.prototype.hasOwnProperty.call(query, param.name) && param.model)?.model ?? model ?? 'Model';
    pairs.push(...compileQuery(findOptionsToNode(query as FindAllOptions, querySchema(context, queryModel))));
  }
  for (const param of spec.params) {
    const value = params[param.name];
    if (value === undefined || handled.has(param.name)) continue;
    if (value === null) throw new InvalidArgumentError(param.name, `${where} cannot send null for "${param.name}": a query string has no null. Leave the key out instead.`);
    const wire = param.wire ?? param.name;
    const argument = param.name;
    switch (param.type) {
      case 'data': {
        flattenInto(pairs, wire, writableData(value, where, argument, param.model ? querySchema(context, param.model) : undefined));
        break;
      }
      case 'field': {
        const fields = param.model ? context.modelSpec(param.model)?.fields : undefined;
        if (typeof value !== 'string' || (fields?.length && !fields.includes(value))) throw new InvalidArgumentError(argument, `${where}: "${argument}" takes a field name of ${param.model}, got ${describeValue(value)}.${typeof value === 'string' && fields ? suggestion(value, fields) : ''}`);
        pairs.push([wire, value]);
        break;
      }
      case 'array': {
        const list = Array.isArray(value) ? (value as unknown[]) : param.orOne ? [value] : undefined;
        if (!list) throw new InvalidArgumentError(argument, `${where}: "${argument}" takes an array, got ${describeValue(value)}.`);
        list.forEach((item, index) => checkScalar(`${argument}[${index}]`, param.of ?? 'mixed', item, param.values, where));
        flattenInto(pairs, wire, list as ParamValue);
        break;
      }
      case 'struct':
      case 'structs': {
        const items = param.type === 'struct' ? [value] : Array.isArray(value) ? (value as unknown[]) : undefined;
        if (!items) throw new InvalidArgumentError(argument, `${where}: "${argument}" takes an array of objects, got ${describeValue(value)}.`);
        for (const item of items) {
          const known = (param.fields ?? []).map((field) => field.name);
          assertKnownKeys(argument, item, known, where);
          for (const field of param.fields ?? []) {
            const fieldValue = (item as Record<string, unknown>)[field.name];
            if (fieldValue === undefined) {
              if (field.required) throw new InvalidArgumentError(`${argument}.${field.name}`, `${where} needs "${argument}.${field.name}".`);
              continue;
            }
            checkScalar(`${argument}.${field.name}`, field.type, fieldValue, field.values, where);
          }
        }
        flattenInto(pairs, wire, value as ParamValue);
        break;
      }
      case 'object':
      case 'reportFilters':
        if (!isPlainObject(value)) throw new InvalidArgumentError(argument, `${where}: "${argument}" takes an object, got ${describeValue(value)}.`);
        flattenInto(pairs, wire, value as ParamValue);
        break;
      case 'file':
        throw new InvalidArgumentError(argument, `${where} uploads a file; the generic runtime cannot send one.`);
      default:
        checkScalar(argument, param.type, value, param.values, where);
        flattenInto(pairs, wire, value as ParamValue);
    }
  }
  return pairs;
}

/** Builds the manager object for one controller from its table entry. */
export function createManager(context: ApiContext, runner: CallRunner, controller: ControllerSpec): RuntimeManager {
  const manager: RuntimeManager = {};
  const modelOf = (spec: MethodSpec) => spec.model ?? controller.model ?? controller.target;
  const targetOf = (spec: MethodSpec) => spec.target ?? controller.target;
  const run = (spec: MethodSpec, params: readonly WirePair[], options?: CallOptions) =>
    runner.run(targetOf(spec), spec.method, params, { result: spec.result, model: modelOf(spec), safe: spec.safe, ...(spec.returns ? { returns: spec.returns } : {}) }, options);

  const findPage = async (spec: MethodSpec, pairs: readonly WirePair[], options?: RunOptions): Promise<QueryPage<Model>> => {
    const data = await context.send({ target: targetOf(spec), method: spec.method, params: pairs, safe: spec.safe, signal: options?.signal });
    const items = runner.decoder.decode(data, 'models', modelOf(spec));
    return { items: Array.isArray(items) ? (items as Model[]) : [], page: pageInfo(data) };
  };

  for (const spec of controller.methods) {
    const where = `${controller.manager}.${spec.name}()`;
    let impl: (...args: unknown[]) => unknown;
    if (spec.behaviour) {
      const behaviour = BEHAVIOURS[spec.behaviour];
      const scope: CustomMethodScope = {
        context,
        controller,
        spec,
        manager,
        run: (params, options) => run(spec, params, options),
        decode: (data, result, model) => runner.decoder.decode(data, result, model),
        checkCreate: (model, data, argument) => void createPairs(context, model, data, where, argument),
      };
      manager[spec.name] = (...args: unknown[]) => behaviour(scope, args);
      continue;
    }
    switch (spec.kind) {
      case 'find':
        impl = async (options: unknown = {}, callOptions?: unknown) => {
          if (spec.result === 'raw' && isPlainObject(options)) {
            const extra = Object.keys(options).filter((key) => !FIND_IDS_KEYS.includes(key));
            if (extra.length) throw new InvalidArgumentError(extra[0] as string, `${where} returns ids and takes only { filters, connector }; ${extra.join(', ')} would be ignored by HasOffers.${suggestion(extra[0] as string, FIND_IDS_KEYS)}`);
          }
          assertKnownKeys('query', options, FIND_KEYS, where);
          const node = findOptionsToNode(options as FindAllOptions, querySchema(context, modelOf(spec)));
          return run(spec, compileQuery(node), checkCallOptions(callOptions, where));
        };
        break;
      case 'findById':
        impl = async (id: unknown, options: unknown = {}, callOptions?: unknown) => {
          assertId('id', id);
          assertKnownKeys('query', options, FIND_BY_ID_KEYS, `${where} (its call options, such as signal, go in the third argument)`);
          const node = withSelection(QueryNode.create(modelOf(spec)), options as FindByIdOptions, querySchema(context, modelOf(spec)));
          return run(spec, [['id', String(id)], ...compileQuery(node)], checkCallOptions(callOptions, where));
        };
        break;
      case 'create':
        impl = async (data: unknown, callOptions?: unknown) => {
          return run(spec, createPairs(context, spec.data ?? modelOf(spec), data, where), checkCallOptions(callOptions, where));
        };
        break;
      case 'update':
        impl = async (id: unknown, data: unknown, callOptions?: unknown) => {
          assertId('id', id);
          return run(spec, flattenParams({ id: id as ParamValue, data: writableData(data, where, 'data', querySchema(context, spec.data ?? modelOf(spec)), 'the fields to change', true) }), checkCallOptions(callOptions, where));
        };
        break;
      case 'delete':
        // pyoffers' delete: HasOffers' update with status "deleted".
        impl = async (id: unknown, callOptions?: unknown) => {
          assertId('id', id);
          return run(spec, flattenParams({ id: id as ParamValue, data: { status: 'deleted' } }), checkCallOptions(callOptions, where));
        };
        break;
      case 'object':
        impl = async (params: unknown = {}, callOptions?: unknown) => run(spec, compileNamed(context, spec, modelOf(spec), params, where), checkCallOptions(callOptions, where));
        break;
      case 'call':
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
              throw new InvalidArgumentError('arguments', `${where} takes ${spec.params.length} argument(s) (${spec.params.map((p) => p.name).join(', ')}) and then { signal, raw }, got an extra ${describeValue(extra)}.`);
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
  const findAllIds = controller.methods.find((spec) => spec.method === 'findAllIds' && spec.kind === 'find');
  const queryable = new Map(controller.methods.filter((spec) => spec.kind === 'object' && spec.result === 'models' && spec.params.some((param) => param.type === 'filters')).map((spec) => [spec.name, spec]));

  /** A builder over one find-shaped method; `fixed` are its other params (`ids`), checked like a call. */
  const builderFor = (spec: MethodSpec, fixed: unknown, base?: QueryNodeType): QueryBuilder<string, string, Model> => {
    const model = modelOf(spec);
    const where = `${controller.manager}.query('${spec.name}')`;
    // Which wire name carries each query part for this method (`sorts` for sort…), and which it takes at all.
    const wireOf = new Map<string, string>();
    if (spec.kind === 'find') for (const key of FIND_KEYS) wireOf.set(key, key);
    else for (const param of spec.params) if (isPart(param)) wireOf.set(param.name === 'limit' || param.name === 'page' ? param.name : param.type, param.wire ?? param.name);
    const prefix = spec.kind === 'find' ? [] : compileNamed(context, { ...spec, params: spec.params.filter((param) => !isPart(param)) }, model, fixed, where);
    const pairsOf = (node: QueryNodeType): WirePair[] => {
      for (const [part, used] of [['filters', node.where?.filters.length], ['sort', node.sort?.length], ['limit', node.limit], ['page', node.page], ['fields', node.fields?.length], ['contain', node.contain?.length]] as const) {
        if (used && !wireOf.has(part)) throw new InvalidArgumentError(part, `${where}: HasOffers ${controller.target}.${spec.method} takes no ${part}.`);
      }
      return [
        ...prefix,
        ...compileQuery(node).map(([key, value]): WirePair => {
          const bracket = key.indexOf('[');
          const head = bracket < 0 ? key : key.slice(0, bracket);
          const wire = wireOf.get(head);
          return wire && wire !== head ? [`${wire}${key.slice(head.length)}`, value] : [key, value];
        }),
      ];
    };
    const executor: QueryExecutor<Model> = {
      findPage: (node, options) => findPage(spec, pairsOf(node), options),
      toPairs: pairsOf,
      // first() and ids() of a method that takes no limit or fields: the whole page, then pick.
      ...(wireOf.has('limit') ? {} : { findFirst: async (node: QueryNodeType, options?: RunOptions) => (await findPage(spec, pairsOf(node), options)).items[0] ?? null }),
      findIds: async (node, options) => {
        if (spec !== findAll || !findAllIds) {
          const { items } = await findPage(spec, pairsOf(wireOf.has('fields') ? QueryNode.cloneWith(node, { fields: ['id'] }) : node), options);
          return items.map((item) => String(item.get('id')));
        }
        const filtersOnly = node.where ? QueryNode.cloneWith(QueryNode.create(node.model), { where: node.where }) : QueryNode.create(node.model);
        const data = await context.send({ target: targetOf(findAllIds), method: findAllIds.method, params: compileQuery(filtersOnly), safe: true, signal: options?.signal });
        const ids = runner.decoder.decode(data, 'raw', modelOf(findAllIds));
        return Array.isArray(ids) ? ids.map(String) : [];
      },
    };
    return createQueryBuilder(querySchema(context, model), executor, base ?? QueryNode.create(model));
  };

  if (findAll || queryable.size) {
    manager.query = (method?: unknown, params?: unknown) => {
      if (method === undefined) {
        if (!findAll) throw new InvalidArgumentError('method', `${controller.manager}.query() needs the method to query: ${[...queryable.keys()].join(', ')}.`);
        return builderFor(findAll, undefined);
      }
      const spec = typeof method === 'string' ? (method === 'findAll' && findAll ? findAll : queryable.get(method)) : undefined;
      if (!spec) throw new InvalidArgumentError('method', `${controller.manager}.query(${describeValue(method)}): not a find-shaped method of ${controller.target}.${typeof method === 'string' ? suggestion(method, [...queryable.keys(), ...(findAll ? ['findAll'] : [])]) : ''}`);
      // findAll's query parts are the builder's own: params here would otherwise be dropped (every row fetched).
      if (spec === findAll && params !== undefined && !(isPlainObject(params) && Object.keys(params).length === 0)) {
        throw new InvalidArgumentError('params', `${controller.manager}.query('findAll') takes no params: build the query with where(), sort(), fields(), contain() and limit(), or call ${controller.manager}.findAll(options).`);
      }
      return builderFor(spec, params);
    };
  }
  if (findAll) {
    // Related managers (`offer.conversions.query()`): a query pre-filtered on one field, its
    // connector decided (an or() after it would widen the scope), reached by a symbol so that no
    // HasOffers method name can collide with it.
    Object.defineProperty(manager, SCOPED_QUERY, {
      enumerable: false,
      value: (field: string, value: string) => builderFor(findAll, undefined, QueryNode.cloneWith(QueryNode.create(modelOf(findAll)), { where: WhereNode.create('AND', [FilterNode.create(field, 'eq', value)]) })),
    });
  }

  manager.call = (method: unknown, params: unknown = {}, options: LowLevelCallOptions = {}) => runner.call(controller.target, method as string, params as Params, options);
  return manager;
}
