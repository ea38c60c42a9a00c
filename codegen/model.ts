/** The validated, plain-data form of the schema YAML files: what `load` gives and `emit` takes. */

export const FIELD_TYPES = ['integer', 'string', 'decimal', 'boolean', 'datetime', 'date', 'enum', 'array', 'object'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * Parameter types. Positional (pyoffers) methods use the first group plus `file` (an upload),
 * `fields` (the controller model's writable fields) and `trackingLinkOptions`. Params-object
 * methods add the query parts (`filters`, `sort`, `fields`, `field`, `contain`, typed by a model),
 * `data` (a model's writable fields), `reportFilters`, `struct`/`structs` (typed sub-fields) and
 * `mixed` (any scalar or nested value).
 */
export const PARAM_TYPES = ['integer', 'string', 'decimal', 'boolean', 'datetime', 'date', 'array', 'object', 'file', 'fields', 'trackingLinkOptions', 'mixed', 'filters', 'sort', 'field', 'contain', 'data', 'reportFilters', 'struct', 'structs'] as const;
export type ParamTypeName = (typeof PARAM_TYPES)[number];
/** Param types that name a model. */
export const MODEL_PARAM_TYPES: readonly ParamTypeName[] = ['filters', 'sort', 'fields', 'field', 'contain', 'data', 'reportFilters'];
export const SCALAR_TYPES = ['integer', 'string', 'decimal', 'boolean', 'datetime', 'date', 'mixed'] as const;

/** `object`: one params object named by the documented parameters (every method pyoffers lacks). */
export const METHOD_KINDS = ['call', 'object', 'find', 'findById', 'create', 'update', 'delete'] as const;
export const RESULT_KINDS = ['model', 'models', 'raw', 'modelOrId'] as const;
/** TypeScript types a raw result can be declared as. */
export const RETURNS = { boolean: 'boolean', string: 'string', ids: 'string[]', json: 'unknown', trackingLink: 'TrackingLink', number: 'number', void: 'void' } as const;
export const VERBS = ['GET', 'POST', 'PUT'] as const;
export const EDITIONS = ['2015', '2013', 'supplement', 'overlay'] as const;
/** Named runtime types (src/runtime/types.ts) that param and return types may use. */
export const RUNTIME_TYPE_NAMES = ['Id', 'ParamScalar', 'ParamValue', 'Params', 'UploadFile', 'TrackingLink', 'TrackingLinkOptions', 'FilterInput', 'SortSpec', 'DateInput'] as const;

export interface FieldDef {
  readonly name: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
  readonly nullable: boolean;
  /** Only the 2013 reference names it: typed, but HasOffers may leave it out of an answer. */
  readonly legacy: boolean;
  readonly values?: readonly string[];
}

export interface RelationDef {
  readonly name: string;
  readonly model: string;
  /** true: always an array; false: one model or null; undefined: as HasOffers sends it. */
  readonly many?: boolean;
  readonly scalar: boolean;
}

export interface RelatedDef {
  readonly property: string;
  readonly manager: string;
  readonly via: string;
  readonly first: boolean;
}

export interface ModelDef {
  readonly source: string;
  readonly name: string;
  /** The fields that identify a record (`[id]`, Region's `[name]`), or none. */
  readonly key: readonly string[];
  /** The key HasOffers answers with, where it differs from the name. */
  readonly answersAs?: string;
  readonly display?: string;
  readonly aliases: readonly string[];
  readonly fields: readonly FieldDef[];
  readonly relations: readonly RelationDef[];
  readonly related: readonly RelatedDef[];
}

export interface StructFieldDef {
  readonly name: string;
  readonly type: (typeof SCALAR_TYPES)[number];
  readonly required: boolean;
  readonly values?: readonly string[];
}

export interface ParamDef {
  /** The TypeScript name (a positional argument's name, or a key of the params object). */
  readonly name: string;
  /** The name on the wire, when it differs. */
  readonly wire?: string;
  readonly type: ParamTypeName;
  readonly required: boolean;
  /** Array element type. */
  readonly of?: (typeof SCALAR_TYPES)[number];
  /** An array param that also takes one value. */
  readonly orOne?: boolean;
  readonly values?: readonly string[];
  readonly model?: string;
  readonly fields?: readonly StructFieldDef[];
}

export interface MethodDef {
  readonly name: string;
  readonly method: string;
  readonly target?: string;
  readonly kind: (typeof METHOD_KINDS)[number];
  readonly verb?: (typeof VERBS)[number];
  readonly edition: (typeof EDITIONS)[number];
  readonly params: readonly ParamDef[];
  /** The reference names no parameters: any params object is sent as given. */
  readonly loose: boolean;
  readonly result: (typeof RESULT_KINDS)[number];
  readonly returns?: keyof typeof RETURNS;
  readonly model?: string;
  /** create/update: the model whose writable fields `data` takes (default: the controller's). */
  readonly data?: string;
  readonly safe: boolean;
  readonly instance?: string;
  readonly instanceOf?: string;
  readonly instanceName?: string;
  /** A hand-written behaviour in src/runtime/behaviours.ts (shapes the table cannot say). */
  readonly behaviour?: string;
  readonly nonstandard?: string;
}

export interface ControllerDef {
  /** Path of the YAML file relative to the project root. */
  readonly source: string;
  readonly target: string;
  readonly manager: string;
  readonly model?: string;
  readonly methods: readonly MethodDef[];
}

export interface SchemaDef {
  readonly controllers: readonly ControllerDef[];
  readonly models: readonly ModelDef[];
}
