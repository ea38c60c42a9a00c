import { inspect } from 'node:util';
import type { ModelSpec } from '../table/spec.js';

/**
 * What a model needs from the client that decoded it: its table entry (key, display) and, for
 * instance methods and related managers, the manager behind a client property. The client's
 * ApiContext is one; a model never sees the transport.
 */
export interface ModelHost {
  modelSpec(name: string): ModelSpec | undefined;
  /** The runtime manager behind a client property (`offers`). */
  manager(name: string): Record<string, unknown>;
}

export type ModelData = Readonly<Record<string, unknown>>;

export interface ModelConstructor {
  new (host: ModelHost, data: ModelData, name?: string): Model;
  readonly modelName?: string;
  /** The table entry the class was made from. */
  readonly spec?: ModelSpec;
}

/** A generated model's class, as the generated files declare it: `offer instanceof Offer`. */
export interface ModelClass<M> {
  new (...args: never[]): M;
  readonly prototype: M;
  readonly modelName: string;
}

/** Marks a prototype whose schema fields are accessors (see `fieldAccessors`). */
export const FIELD_ACCESSORS = '\u0000tsoffers.fieldAccessors';

/** Per model class, every name its prototype chain has: a field by one of these names stays data. */
const behaviourNames = new WeakMap<object, ReadonlySet<string>>();

/** Every name an object's prototype chain has (uncached). */
function chainNames(prototype: object): Set<string> {
  const found = new Set<string>(['__proto__', 'constructor', 'prototype']);
  for (let at: object | null = prototype; at; at = Object.getPrototypeOf(at) as object | null) for (const name of Object.getOwnPropertyNames(at)) found.add(name);
  return found;
}

function namesOf(prototype: object): ReadonlySet<string> {
  let names = behaviourNames.get(prototype);
  if (!names) {
    names = chainNames(prototype);
    behaviourNames.set(prototype, names);
  }
  return names;
}

/**
 * The base of every model class. Fields read as HasOffers named them (snake_case, values as sent).
 * A class made from the table (`modelClasses`) reads its schema's fields through accessors on its
 * prototype, so decoding a row copies nothing; fields the schema does not name are copied onto the
 * instance. Names that would shadow behaviour (`toString`, `__proto__`, an instance method) are
 * never properties: they stay reachable through `get(name)` and `toJSON()`. Contained relations
 * are set by the decoder; instance methods and related managers come from the class.
 */
export class Model {
  /** Set on the classes made from the table; the generic Model takes the name per instance. */
  static readonly modelName?: string;
  static readonly spec?: ModelSpec;

  readonly #host: ModelHost;
  /** The fields as parsed: never handed out (toJSON gives a frozen copy), never changed. */
  readonly #data: ModelData;
  readonly #name: string;
  #json: ModelData | undefined;

  constructor(host: ModelHost, data: ModelData, name?: string) {
    this.#host = host;
    this.#data = data;
    this.#name = (new.target as ModelConstructor).modelName ?? name ?? 'Model';
    // Every name the class answers to: behaviour, and the schema's fields (read through accessors).
    const reserved = namesOf(new.target.prototype as object);
    if (!reserved.has(FIELD_ACCESSORS)) {
      let clean = true;
      for (const key in data) {
        if (reserved.has(key)) {
          clean = false;
          break;
        }
      }
      if (clean) {
        Object.assign(this, data);
        return;
      }
    }
    // (Parsed JSON has no inherited enumerable keys.)
    for (const key in data) if (!reserved.has(key)) (this as Record<string, unknown>)[key] = data[key];
  }

  /** One field of a model, for the accessors `modelClasses` defines. */
  static field(model: Model, name: string): unknown {
    const data = model.#data;
    return Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
  }

  /** The host a model was decoded by (for instance methods and related managers). */
  static hostOf(model: Model): ModelHost {
    return model.#host;
  }

  /** The model's name as HasOffers spells it (`Offer`). */
  get modelName(): string {
    return this.#name;
  }

  /** One field as HasOffers sent it, whatever its name (even `toString` or `constructor`). */
  get(field: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.#data, field) ? this.#data[field] : undefined;
  }

  /** The raw fields HasOffers sent (pyoffers' `as_dict()`), without contained relations. */
  toJSON(): ModelData {
    // A null-prototype copy: a `__proto__` field is data here too.
    this.#json ??= Object.freeze(Object.assign(Object.create(null) as Record<string, unknown>, this.#data));
    return this.#json;
  }

  /** The values of the model's key fields (`['62']`), or none for a model without a key. */
  get key(): readonly string[] {
    const fields = this.#host.modelSpec(this.#name)?.key ?? ['id'];
    return fields.map((field) => String(this.get(field) ?? ''));
  }

  /** `Offer: <name>`: pyoffers' display field, else the key, else the name alone. */
  toString(): string {
    const spec = this.#host.modelSpec(this.#name);
    const display = spec?.display ? this.get(spec.display) : undefined;
    const keyFields = spec?.key ?? ['id'];
    const shown = display ?? (keyFields.length ? keyFields.map((field) => this.get(field)).filter((value) => value !== undefined).join('/') || undefined : undefined);
    return shown === undefined ? this.#name : `${this.#name}: ${typeof shown === 'object' ? JSON.stringify(shown) : String(shown)}`;
  }

  /** Same model and same key; a model without a key compares all its fields. */
  equals(other: unknown): boolean {
    if (!(other instanceof Model) || other.#name !== this.#name) return false;
    const keyFields = this.#host.modelSpec(this.#name)?.key ?? ['id'];
    // Two records fetched without their key (fields: ['company']) are not known to be the same.
    if (keyFields.length) return keyFields.every((field) => this.get(field) !== undefined && other.get(field) !== undefined && String(other.get(field)) === String(this.get(field)));
    return JSON.stringify(other.#data) === JSON.stringify(this.#data);
  }

  [inspect.custom](): string {
    return `<${this.toString()}>`;
  }
}

/** The host a model was decoded by (for instance methods and related managers). */
export function hostOf(model: Model): ModelHost {
  return Model.hostOf(model);
}

/**
 * Accessors for a class's schema fields (`offer.name` reads the parsed field): none for a name the
 * class already answers to (behaviour stays behaviour). Assigning a field gives the instance its
 * own value, as a plain property would; `get()` and `toJSON()` keep what HasOffers sent.
 */
export function fieldAccessors(prototype: object, fields: readonly string[]): PropertyDescriptorMap {
  const taken = chainNames(prototype);
  const out: PropertyDescriptorMap = {};
  for (const name of fields) {
    if (taken.has(name) || Object.prototype.hasOwnProperty.call(out, name)) continue;
    out[name] = {
      get(this: Model) {
        return Model.field(this, name);
      },
      set(this: Model, value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: false,
    };
  }
  out[FIELD_ACCESSORS] = { value: true };
  return out;
}

export type { ModelSpec };
