import type { FindAllOptions } from '../query/find-options.js';
import type { ApiContext } from './context.js';
import { contextOf } from './model.js';
import type { ModelConstructor , Model } from './model.js';
import type { ApiTable, MethodSpec } from './spec.js';
import { InvalidArgumentError } from '../errors.js';

const installed = new WeakSet<object>();

type Fn = (...args: unknown[]) => Promise<unknown>;

function managerOf(model: Model, name: string): Record<string, unknown> {
  return contextOf(model).manager(name);
}

/**
 * Adds the filter that scopes a related call (`offer_id = this offer`). With connector OR the scope
 * would become one alternative among the user's filters and return other rows: refused.
 */
function scoped(options: FindAllOptions, field: string, id: string, where: string): FindAllOptions {
  if (options.connector === 'OR') {
    throw new InvalidArgumentError('connector', `${where} is scoped by ${field}; with connector 'OR' it would also return rows of other ${field}s. Use the manager's findAll with connector 'OR' and filter on ${field} yourself.`);
  }
  return { ...options, filters: { ...(options.filters ?? {}), [field]: id } as FindAllOptions['filters'] };
}

function instanceMethod(managerName: string, spec: MethodSpec): Fn {
  if (spec.kind === 'find') {
    // `offer.findAllAffiliateApprovals(opts)`: the instance id becomes a filter.
    return async function (this: Model, ...args: unknown[]) {
      const options = scoped((args[0] ?? {}) as FindAllOptions, spec.instance as string, this.id, `${this.modelName}.${spec.name}()`);
      return (managerOf(this, managerName)[spec.name] as Fn)(options, args[1]);
    };
  }
  const position = spec.kind === 'call' && !spec.custom ? spec.params.findIndex((param) => param.name === spec.instance) : 0;
  return function (this: Model, ...args: unknown[]) {
    const full = [...args];
    full.splice(Math.max(position, 0), 0, this.id);
    return (managerOf(this, managerName)[spec.name] as Fn)(...full);
  };
}

/**
 * Puts instance methods (`offer.addCategory(7)`) and related managers (`offer.conversions`) on
 * the generated model classes' prototypes, once per class.
 */
export function installModelMethods(table: ApiTable, classes: Readonly<Record<string, ModelConstructor>>): void {
  for (const modelSpec of table.models) {
    const ModelClass = classes[modelSpec.name];
    if (!ModelClass || installed.has(ModelClass)) continue;
    installed.add(ModelClass);
    const proto = ModelClass.prototype as unknown as Record<string, unknown>;
    for (const controller of table.controllers) {
      for (const spec of controller.methods) {
        if (!spec.instance || (spec.instanceOf ?? controller.model) !== modelSpec.name) continue;
        Object.defineProperty(proto, spec.instanceName ?? spec.name, { value: instanceMethod(controller.manager, spec), writable: true, configurable: true });
      }
    }
    for (const related of modelSpec.related) {
      if (related.first) {
        Object.defineProperty(proto, related.property, {
          configurable: true,
          writable: true,
          value: async function (this: Model, callOptions?: unknown) {
            const items = (await (managerOf(this, related.manager).findAll as Fn)({ filters: { [related.via]: this.id } }, callOptions)) as Model[];
            return items[0] ?? null;
          },
        });
        continue;
      }
      Object.defineProperty(proto, related.property, {
        configurable: true,
        get(this: Model) {
          const target = managerOf(this, related.manager);
          const id = this.id;
          return Object.freeze({
            findAll: async (options: FindAllOptions = {}, callOptions?: unknown) =>
              (target.findAll as Fn)(scoped(options, related.via, id, `${this.modelName}.${related.property}.findAll()`), callOptions),
            query: () => (target.queryWhere as (field: string, value: string) => unknown)(related.via, id),
          });
        },
      });
    }
  }
}

export type { ApiContext };
