import type { FindAllOptions } from '../query/find-options.js';
import type { ApiContext } from './context.js';
import { contextOf } from './model.js';
import type { ModelConstructor , Model } from './model.js';
import type { ApiTable, MethodSpec } from './spec.js';

const installed = new WeakSet<object>();

type Fn = (...args: unknown[]) => Promise<unknown>;

function managerOf(model: Model, name: string): Record<string, unknown> {
  return contextOf(model).manager(name);
}

function instanceMethod(managerName: string, spec: MethodSpec): Fn {
  if (spec.kind === 'find') {
    // `offer.findAllAffiliateApprovals(opts)`: the instance id becomes a filter.
    return function (this: Model, ...args: unknown[]) {
      const options = (args[0] ?? {}) as FindAllOptions;
      const callOptions = args[1];
      const filters = { ...(options.filters ?? {}), [spec.instance as string]: this.id };
      return (managerOf(this, managerName)[spec.name] as Fn)({ ...options, filters }, callOptions);
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
            findAll: (options: FindAllOptions = {}, callOptions?: unknown) =>
              (target.findAll as Fn)({ ...options, filters: { ...(options.filters ?? {}), [related.via]: id } }, callOptions),
            query: () => (target.queryWhere as (field: string, value: string) => unknown)(related.via, id),
          });
        },
      });
    }
  }
}

export type { ApiContext };
