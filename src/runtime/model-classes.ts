import { InvalidArgumentError } from '../errors.js';
import type { FindAllOptions } from '../query/find-options.js';
import { fieldCopier, hostOf, Model } from './model.js';
import type { ModelClass, ModelConstructor } from './model.js';
import type { ApiTable, MethodSpec, ModelSpec } from '../table/spec.js';
import { SCOPED_QUERY } from './symbols.js';
import { Decoder } from '../response/decode.js';
import type { ApiContext } from './context.js';

type Fn = (...args: unknown[]) => Promise<unknown>;

/** The instance's id as the wire takes it. */
function idOf(model: Model): string {
  return String(model.get('id') ?? '');
}

function managerOf(model: Model, name: string): Record<string, unknown> {
  return hostOf(model).manager(name);
}

/**
 * Adds the filter that scopes a related call (`offer_id = this offer`). With connector OR the scope
 * would become one alternative among the user's filters and return other rows: refused.
 */
export function scoped(options: FindAllOptions, field: string, id: string, where: string): FindAllOptions {
  if (options.connector === 'OR') {
    throw new InvalidArgumentError('connector', `${where} is scoped by ${field}; with connector 'OR' it would also return rows of other ${field}s. Use the manager's findAll with connector 'OR' and filter on ${field} yourself.`);
  }
  return { ...options, filters: { ...(options.filters ?? {}), [field]: id } as FindAllOptions['filters'] };
}

function instanceMethod(managerName: string, spec: MethodSpec): Fn {
  if (spec.kind === 'find') {
    // `offer.findAllAffiliateApprovals(opts)`: the instance id becomes a filter.
    return async function (this: Model, ...args: unknown[]) {
      const options = scoped((args[0] ?? {}) as FindAllOptions, spec.instance as string, idOf(this), `${this.modelName}.${spec.name}()`);
      return (managerOf(this, managerName)[spec.name] as Fn)(options, args[1]);
    };
  }
  if (spec.kind === 'object') {
    return function (this: Model, params: unknown = {}, options?: unknown) {
      return (managerOf(this, managerName)[spec.name] as Fn)({ ...(params as object), [spec.instance as string]: idOf(this) }, options);
    };
  }
  const position = spec.kind === 'call' && !spec.behaviour ? spec.params.findIndex((param) => param.name === spec.instance) : 0;
  return function (this: Model, ...args: unknown[]) {
    const full = [...args];
    full.splice(Math.max(position, 0), 0, idOf(this));
    return (managerOf(this, managerName)[spec.name] as Fn)(...full);
  };
}

function members(table: ApiTable, spec: ModelSpec): PropertyDescriptorMap {
  const out: PropertyDescriptorMap = {};
  for (const controller of table.controllers) {
    for (const method of controller.methods) {
      if (!method.instance || (method.instanceOf ?? controller.model) !== spec.name) continue;
      out[method.instanceName ?? method.name] = { value: instanceMethod(controller.manager, method), writable: false, configurable: false };
    }
  }
  for (const related of spec.related) {
    if (related.first) {
      out[related.property] = {
        value: async function (this: Model, callOptions?: unknown) {
          const items = (await (managerOf(this, related.manager).findAll as Fn)({ filters: { [related.via]: idOf(this) } }, callOptions)) as Model[];
          return items[0] ?? null;
        },
      };
      continue;
    }
    out[related.property] = {
      get(this: Model) {
        const target = managerOf(this, related.manager);
        const id = idOf(this);
        return Object.freeze({
          findAll: async (options: FindAllOptions = {}, callOptions?: unknown) => (target.findAll as Fn)(scoped(options, related.via, id, `${this.modelName}.${related.property}.findAll()`), callOptions),
          query: () => (target[SCOPED_QUERY as unknown as string] as (field: string, value: string) => unknown)(related.via, id),
        });
      },
    };
  }
  return out;
}

const cache = new WeakMap<ApiTable, Readonly<Record<string, ModelConstructor>>>();

/**
 * One class per table model, each with its instance methods (`offer.addCategory(7)`) and related
 * managers (`offer.conversions`) defined when the class is made. Memoised per table, so every
 * client over one table shares the classes and `instanceof` holds across clients.
 */
export function modelClasses(table: ApiTable): Readonly<Record<string, ModelConstructor>> {
  const known = cache.get(table);
  if (known) return known;
  const classes: Record<string, ModelConstructor> = Object.create(null) as Record<string, ModelConstructor>;
  for (const spec of table.models) {
    const made = { [spec.name]: class extends Model {
      static override readonly modelName = spec.name;
      static override readonly spec = spec;
    } }[spec.name] as ModelConstructor & { prototype: object };
    Object.defineProperties(made.prototype, members(table, spec));
    // After the members: a field named like an instance method or a related manager stays data.
    fieldCopier(made.prototype, spec.fields);
    classes[spec.name] = made;
  }
  Object.freeze(classes);
  cache.set(table, classes);
  return classes;
}

/** One class of `modelClasses(table)`, typed as the generated model: `modelClass<Offer>(MODEL_CLASSES, 'Offer')`. */
export function modelClass<M>(classes: Readonly<Record<string, ModelConstructor>>, name: string): ModelClass<M> {
  const found = Object.prototype.hasOwnProperty.call(classes, name) ? classes[name] : undefined;
  if (!found) throw new Error(`tsoffers: the generated table has no model ${name}; run codegen again.`);
  return found as unknown as ModelClass<M>;
}

/** The decoder of a client's answers: the table's models, made with the client's model classes. */
export function modelDecoder(context: ApiContext): Decoder<Model> {
  return new Decoder<Model>({
    models: context.table.models,
    modelSpec: (name) => context.modelSpec(name),
    make: (name, data) => {
      const ModelClass = context.modelClass(name);
      return ModelClass ? new ModelClass(context, data) : new Model(context, data, name);
    },
  });
}
