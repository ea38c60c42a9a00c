import { inspect } from 'node:util';
import type { ApiContext } from './context.js';
import type { ModelSpec } from './spec.js';

const CONTEXT = Symbol('tsoffers.context');
const DATA = Symbol('tsoffers.data');
const NAME = Symbol('tsoffers.modelName');

export type ModelData = Readonly<Record<string, unknown>>;

export interface ModelConstructor {
  new (context: ApiContext, data: ModelData, name?: string): Model;
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

/** Names a field may not take on an instance: they would replace behaviour (`toString`, `equals`…). */
const PROTECTED = new Set(['__proto__', 'constructor', 'prototype']);

function shadows(instance: object, key: string): boolean {
  if (PROTECTED.has(key)) return true;
  // Anything the prototype chain has (methods, getters, Object.prototype's members) stays behaviour.
  return key in Object.getPrototypeOf(instance);
}

/**
 * The base of every model class. Fields are copied onto the instance as HasOffers named them
 * (snake_case, values as sent), except names that would shadow behaviour: those stay reachable
 * through `get(name)` and `toJSON()`. Contained relations are set by the decoder; instance methods
 * and related managers come from the class the runtime made from the table (`modelClasses`).
 */
export class Model {
  /** Set on the classes made from the table; the generic Model takes the name per instance. */
  static readonly modelName?: string;
  static readonly spec?: ModelSpec;

  declare readonly [CONTEXT]: ApiContext;
  declare readonly [DATA]: ModelData;
  declare readonly [NAME]: string;

  constructor(context: ApiContext, data: ModelData, name?: string) {
    const modelName = (new.target as ModelConstructor).modelName ?? name ?? 'Model';
    // A null-prototype copy: a `__proto__` key in the answer is data, never the copy's prototype.
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(data)) copy[key] = data[key];
    Object.defineProperty(this, CONTEXT, { value: context });
    Object.defineProperty(this, DATA, { value: Object.freeze(copy) });
    Object.defineProperty(this, NAME, { value: modelName });
    for (const key of Object.keys(copy)) {
      if (shadows(this, key)) continue;
      Object.defineProperty(this, key, { value: copy[key], enumerable: true, writable: false, configurable: true });
    }
  }

  /** The model's name as HasOffers spells it (`Offer`). */
  get modelName(): string {
    return this[NAME];
  }

  /** One field as HasOffers sent it, whatever its name (even `toString` or `constructor`). */
  get(field: string): unknown {
    return Object.prototype.hasOwnProperty.call(this[DATA], field) ? this[DATA][field] : undefined;
  }

  /** The raw fields HasOffers sent (pyoffers' `as_dict()`), without contained relations. */
  toJSON(): ModelData {
    return this[DATA];
  }

  /** The values of the model's key fields (`['62']`), or none for a model without a key. */
  get key(): readonly string[] {
    const spec = this[CONTEXT].modelSpec(this[NAME]);
    const fields = spec?.key ?? ['id'];
    return fields.map((field) => String(this.get(field) ?? ''));
  }

  /** `Offer: <name>`: pyoffers' display field, else the key, else the name alone. */
  toString(): string {
    const spec = this[CONTEXT].modelSpec(this[NAME]);
    const display = spec?.display ? this.get(spec.display) : undefined;
    const keyFields = spec?.key ?? ['id'];
    const shown = display ?? (keyFields.length ? keyFields.map((field) => this.get(field)).filter((value) => value !== undefined).join('/') || undefined : undefined);
    return shown === undefined ? this[NAME] : `${this[NAME]}: ${typeof shown === 'object' ? JSON.stringify(shown) : String(shown)}`;
  }

  /** Same model and same key; a model without a key compares all its fields. */
  equals(other: unknown): boolean {
    if (!(other instanceof Model) || other[NAME] !== this[NAME]) return false;
    const spec = this[CONTEXT].modelSpec(this[NAME]);
    const keyFields = spec?.key ?? ['id'];
    if (keyFields.length) return keyFields.every((field) => String(other.get(field)) === String(this.get(field)));
    return JSON.stringify(other[DATA]) === JSON.stringify(this[DATA]);
  }

  [inspect.custom](): string {
    return `<${this.toString()}>`;
  }
}

/** The context a model was decoded with (for instance methods). */
export function contextOf(model: Model): ApiContext {
  return model[CONTEXT];
}

export type { ModelSpec };
