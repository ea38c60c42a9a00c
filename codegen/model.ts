/** The validated, plain-data form of the schema YAML files: what `load` gives and `emit` takes. */

export const FIELD_TYPES = ['integer', 'string', 'decimal', 'boolean', 'datetime', 'date', 'enum'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * `file`: an upload (path, bytes, Blob or stream; custom methods only, the generic runtime cannot
 * send one). `fields`: the controller model's writable fields (its `<Model>Write` type).
 */
export const PARAM_TYPES = ['integer', 'string', 'decimal', 'boolean', 'datetime', 'date', 'array', 'object', 'file', 'fields', 'trackingLinkOptions'] as const;
export type ParamTypeName = (typeof PARAM_TYPES)[number];

export const METHOD_KINDS = ['call', 'find', 'findById', 'create', 'update', 'delete'] as const;
export const RESULT_KINDS = ['model', 'models', 'raw'] as const;
/** TypeScript types a raw result can be declared as. */
export const RETURNS = { boolean: 'boolean', string: 'string', ids: 'string[]', json: 'unknown', trackingLink: 'TrackingLink' } as const;
/** Named runtime types (src/runtime/types.ts) that param and return types may use. */
export const RUNTIME_TYPE_NAMES = ['Id', 'ParamScalar', 'Params', 'UploadFile', 'TrackingLink', 'TrackingLinkOptions'] as const;

export interface FieldDef {
  readonly name: string;
  readonly type: FieldType;
  readonly primary: boolean;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly values?: readonly string[];
}

export interface RelationDef {
  readonly name: string;
  readonly model: string;
  readonly many: boolean;
  readonly scalar: boolean;
}

export interface RelatedDef {
  readonly property: string;
  readonly manager: string;
  readonly via: string;
  readonly first: boolean;
}

export interface ModelDef {
  readonly name: string;
  readonly display: string;
  readonly aliases: readonly string[];
  readonly fields: readonly FieldDef[];
  readonly relations: readonly RelationDef[];
  readonly related: readonly RelatedDef[];
}

export interface ParamDef {
  readonly name: string;
  readonly type: ParamTypeName;
  readonly required: boolean;
}

export interface MethodDef {
  readonly name: string;
  readonly method: string;
  readonly target?: string;
  readonly kind: (typeof METHOD_KINDS)[number];
  readonly params: readonly ParamDef[];
  readonly result: (typeof RESULT_KINDS)[number];
  readonly returns?: keyof typeof RETURNS;
  readonly model?: string;
  readonly safe: boolean;
  readonly instance?: string;
  readonly instanceOf?: string;
  /** The method's name on model instances, when it differs (`offerCategory.update`). */
  readonly instanceName?: string;
  readonly custom: boolean;
}

export interface ControllerDef {
  /** Path of the YAML file relative to the project root (`schema/offer.yaml`). */
  readonly source: string;
  readonly target: string;
  readonly manager: string;
  readonly model: string;
  readonly models: readonly ModelDef[];
  readonly methods: readonly MethodDef[];
}

export interface SchemaDef {
  readonly controllers: readonly ControllerDef[];
}
