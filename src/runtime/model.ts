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
}

/**
 * The base of every generated model class. Fields are copied onto the instance as HasOffers named
 * them (snake_case, values as sent); contained relations are set as camelCase properties by the
 * decoder; instance methods and related managers are installed on the prototypes from the table.
 */
export class Model {
  /** Set on generated subclasses; the generic Model takes the name per instance. */
  static readonly modelName?: string;

  declare readonly [CONTEXT]: ApiContext;
  declare readonly [DATA]: ModelData;
  declare readonly [NAME]: string;
  declare readonly id: string;

  constructor(context: ApiContext, data: ModelData, name?: string) {
    const modelName = (new.target as ModelConstructor).modelName ?? name ?? 'Model';
    Object.defineProperty(this, CONTEXT, { value: context });
    Object.defineProperty(this, DATA, { value: Object.freeze({ ...data }) });
    Object.defineProperty(this, NAME, { value: modelName });
    Object.assign(this, data);
  }

  /** The model's name as HasOffers spells it (`Offer`). */
  get modelName(): string {
    return this[NAME];
  }

  /** The raw fields HasOffers sent (pyoffers' `as_dict()`), without contained relations. */
  toJSON(): ModelData {
    return this[DATA];
  }

  /** `Offer: <name>`: pyoffers' display field, or the id when the model has none. */
  toString(): string {
    const spec = this[CONTEXT].modelSpec(this[NAME]);
    const display = spec ? this[DATA][spec.display] : undefined;
    return `${this[NAME]}: ${String(display ?? this[DATA].id)}`;
  }

  /** Same model and same id. */
  equals(other: unknown): boolean {
    return other instanceof Model && other[NAME] === this[NAME] && String(other[DATA].id) === String(this[DATA].id);
  }

  [inspect.custom](): string {
    return `<${this.toString()}>`;
  }
}

/** The context a model was decoded with (for instance methods installed by the runtime). */
export function contextOf(model: Model): ApiContext {
  return model[CONTEXT];
}

export type { ModelSpec };
