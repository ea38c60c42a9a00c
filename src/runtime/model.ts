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

/** Per model class, every name its prototype chain has: a field by one of these names stays data. */
const behaviourNames = new WeakMap<object, ReadonlySet<string>>();

function namesOf(prototype: object): ReadonlySet<string> {
  let names = behaviourNames.get(prototype);
  if (!names) {
    const found = new Set<string>(['__proto__', 'constructor', 'prototype']);
    for (let at: object | null = prototype; at; at = Object.getPrototypeOf(at) as object | null) for (const name of Object.getOwnPropertyNames(at)) found.add(name);
    names = found;
    behaviourNames.set(prototype, names);
  }
  return names;
}

/** Copies a class's schema fields from parsed data onto an instance; returns how many it copied. */
type FieldCopier = (target: object, data: ModelData) => number;

/** Per model class made from the table: its field copier and the names it copies (see `fieldCopier`). */
const copiers = new WeakMap<object, { readonly copy: FieldCopier; readonly names: ReadonlySet<string> }>();

/**
 * The base of every model class. Fields are own properties of the instance, as HasOffers named
 * them (snake_case, values as sent), except names that would shadow behaviour (`toString`,
 * `__proto__`, an instance method): those stay reachable through `get(name)` and `toJSON()`.
 * Contained relations are set by the decoder; instance methods and related managers come from the
 * class the runtime made from the table (`modelClasses`), which also copies its schema's fields
 * with one straight-line function instead of a loop over the keys.
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
    const prototype = new.target.prototype as object;
    const copier = copiers.get(prototype);
    const keys = Object.keys(data);
    const self = this as Record<string, unknown>;
    if (!copier) {
      const reserved = namesOf(prototype);
      for (const key of keys) if (!reserved.has(key)) self[key] = data[key];
      return;
    }
    // Every schema field the answer has, in one straight-line copy; then what the schema does not
    // name (left out when named like behaviour).
    const copied = copier.copy(this, data);
    if (copied === keys.length) return;
    const reserved = namesOf(prototype);
    let own = 0;
    for (const key of keys) {
      if (copier.names.has(key)) own += 1;
      else if (!reserved.has(key)) self[key] = data[key];
    }
    // More copied than the data has: a schema field inherited from a polluted Object.prototype.
    if (copied !== own) for (const key of Object.keys(self)) if (!Object.prototype.hasOwnProperty.call(data, key)) delete self[key];
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
 * Gives a model class a copier for its schema fields: one function with a store per field under a
 * constant name (fast, monomorphic property stores), made from the table's field names (quoted by
 * JSON.stringify, so a name is only ever a string literal). Names the class answers to are left
 * out (behaviour stays behaviour).
 */
export function fieldCopier(prototype: object, fields: readonly string[]): void {
  // The class is complete by now (members defined), so its names can be cached.
  const taken = namesOf(prototype);
  const names = [...new Set(fields)].filter((name) => !taken.has(name));
  const body = names.map((name) => `v = d[${JSON.stringify(name)}]; if (v !== undefined) { o[${JSON.stringify(name)}] = v; n++; }`).join('\n');
  // Straight-line code from the table's field names (string literals only), made once per class.
  copiers.set(prototype, { copy: new Function('o', 'd', `"use strict"; let v; let n = 0;\n${body}\nreturn n;`) as FieldCopier, names: new Set(names) });
}

export type { ModelSpec };
