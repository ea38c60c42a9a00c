import type { ModelSpec, RelationSpec, ResultKind } from '../table/spec.js';
import { isEmptyData, unwrapPage } from './envelope.js';
import { orderedKeys } from './ordered-json.js';
import { isPlainObject } from '../util/is-plain-object.js';

/**
 * The items of a HasOffers collection (a list, or an object keyed by id) in the server's order. A
 * `__proto__` key is never an id: it is not an item, so hostile data cannot add a phantom row.
 */
function orderedValues(value: object): unknown[] {
  if (Array.isArray(value)) return value;
  return orderedKeys(value)
    .filter((key) => key !== '__proto__')
    .map((key) => (value as Record<string, unknown>)[key]);
}

type Json = Record<string, unknown>;

/**
 * What the decoder needs from above: the table's models (names, aliases, relations) and a factory
 * that makes one model from its fields. The runtime hands in its model classes; the decoder never
 * knows what a model is beyond an object it may give relation properties.
 */
export interface DecodeHost<M extends object> {
  readonly models: readonly Pick<ModelSpec, 'name' | 'aliases'>[];
  modelSpec(name: string): Pick<ModelSpec, 'answersAs' | 'relations'> | undefined;
  /** One model of the table (or, for a name the table does not know, a generic one). */
  make(name: string, data: Readonly<Json>): M;
}

export function camelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** `{ "62": { … }, "63": { … } }` (a collection keyed by id) rather than one model's fields. */
function isCollection(value: Json | unknown[]): boolean {
  const values = orderedValues(value);
  return values.length > 0 && values.every((item) => isPlainObject(item));
}

export class Decoder<M extends object> {
  /** Model name by name or alias, and each model's relations by key: looked up once, not per row. */
  readonly #names = new Map<string, string>();
  readonly #relations = new Map<string, ReadonlyMap<string, RelationSpec>>();

  constructor(private readonly host: DecodeHost<M>) {}

  #relationsOf(model: string): ReadonlyMap<string, RelationSpec> {
    let relations = this.#relations.get(model);
    if (relations === undefined) {
      relations = new Map();
      // The first relation of a name wins, as `find` did.
      for (const relation of this.host.modelSpec(model)?.relations ?? []) if (!relations.has(relation.name)) (relations as Map<string, RelationSpec>).set(relation.name, relation);
      this.#relations.set(model, relations);
    }
    return relations;
  }

  /** Decodes `response.data` as a method's spec says. Empty answers keep their value, as in pyoffers. */
  decode(data: unknown, result: ResultKind, model: string): unknown {
    if (result === 'raw') return isEmptyData(data) ? data : unwrapPage(data);
    if (isEmptyData(data)) {
      if (typeof data === 'boolean') return data;
      return result === 'models' ? [] : null;
    }
    const items = unwrapPage(data);
    if (isEmptyData(items)) return result === 'models' ? [] : null;
    if (result === 'model') {
      if (!isPlainObject(items)) return items;
      return this.target(model, items);
    }
    return this.list(model, items);
  }

  /** A list answer: items in server order, each `{ Model: {...}, Relation: ... }`. */
  list(model: string, data: unknown): M[] {
    if (!isPlainObject(data) && !Array.isArray(data)) return [];
    const out: M[] = [];
    for (const chunk of orderedValues(data)) {
      if (!isPlainObject(chunk)) continue;
      if (Object.prototype.hasOwnProperty.call(chunk, this.host.modelSpec(model)?.answersAs ?? model)) {
        out.push(this.target(model, chunk));
      } else {
        // A chunk that holds other models only (e.g. `{ Country: {...} }` for another target class).
        for (const [key, item] of Object.entries(chunk)) {
          if (isPlainObject(item)) out.push(this.single(key, item));
        }
      }
    }
    return out;
  }

  /** `{ Offer: {...}, Country: {...}, Advertiser: {...} }` → an Offer with `country` and `advertiser`. */
  target(model: string, data: Json): M {
    const own = this.host.modelSpec(model)?.answersAs ?? model;
    if (!Object.prototype.hasOwnProperty.call(data, own) || !isPlainObject(data[own])) return this.single(model, data);
    const instance = this.single(model, data[own] as Json);
    const relations = this.#relationsOf(model);
    for (const key of Object.keys(data)) {
      if (key === own) continue;
      const value = data[key];
      const spec = relations.get(key);
      const property = spec?.property ?? camelCase(key);
      // Data never shadows behaviour: a relation key like `toString` or one that repeats a field is skipped.
      if (property === '__proto__' || property === 'constructor' || property in Object.getPrototypeOf(instance) || Object.prototype.hasOwnProperty.call(instance, property)) continue;
      Object.defineProperty(instance, property, {
        value: this.relation(key, value, spec),
        enumerable: true,
      });
    }
    return instance;
  }

  private relation(key: string, value: unknown, spec: RelationSpec | undefined): unknown {
    const model = spec?.model ?? this.resolveAlias(key);
    const many = spec?.many;
    if (typeof value === 'string' || typeof value === 'number') return isEmptyData(value) && many ? [] : value;
    if (isEmptyData(value) || (!isPlainObject(value) && !Array.isArray(value))) return many ? [] : null;
    const container = value as Json | unknown[];
    if (isCollection(container)) {
      const models = orderedValues(container).map((item) => this.single(model, item as Json));
      // A belongs-to relation is one model: HasOffers keys even single relations by id at times.
      if (many === false) return models[0] ?? null;
      return models;
    }
    const one = this.single(model, container as Json);
    return many ? [one] : one;
  }

  private resolveAlias(key: string): string {
    const known = this.#names.get(key);
    if (known !== undefined) return known;
    let name = key;
    for (const spec of this.host.models) {
      if (spec.name === key || spec.aliases.includes(key)) {
        name = spec.name;
        break;
      }
    }
    if (this.#names.size < 1024) this.#names.set(key, name); // keys come from the server: bounded
    return name;
  }

  single(name: string, data: Readonly<Json>): M {
    return this.host.make(this.resolveAlias(name), data);
  }
}
