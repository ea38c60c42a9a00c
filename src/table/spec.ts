/**
 * The shape of the data tables that `codegen/` writes into `generated/`. The runtime in this
 * folder interprets them; nothing here knows any particular controller. The generated table is
 * compact (rows omit defaults); `expandTable` fills the defaults in once, when it is loaded.
 */
import type { BehaviourName } from './behaviour-names.js';

/**
 * `file` is an upload (behaviour methods only); `fields` the controller model's writable fields.
 * Params-object methods also use the query parts (`filters`, `sort`, `fields`, `field`,
 * `contain`), `data`, `reportFilters`, `struct`/`structs` and `mixed`.
 */
export type ParamType =
  | 'integer' | 'string' | 'decimal' | 'boolean' | 'datetime' | 'date' | 'array' | 'object' | 'enum' | 'id' | 'file' | 'fields' | 'trackingLinkOptions'
  | 'mixed' | 'filters' | 'sort' | 'field' | 'contain' | 'data' | 'reportFilters' | 'struct' | 'structs';

export interface StructFieldSpec {
  readonly name: string;
  readonly type: string;
  readonly required?: boolean;
  readonly values?: readonly string[];
}

export interface ParamSpec {
  /** The TypeScript name: a positional argument's name, or a key of the params object. */
  readonly name: string;
  /** The wire name HasOffers takes, when it differs from `name`. */
  readonly wire?: string;
  readonly type: ParamType;
  readonly required: boolean;
  /** Array element type. */
  readonly of?: string;
  /** An array param that also accepts one value. */
  readonly orOne?: boolean;
  /** Allowed values (enums). */
  readonly values?: readonly string[];
  /** The model a query part, `data` or `field` is typed by. */
  readonly model?: string;
  readonly fields?: readonly StructFieldSpec[];
}

/**
 * - `call`: positional arguments map onto `params` in order (pyoffers' methods).
 * - `object`: one params object keyed by the documented parameter names.
 * - `find`: one options bag (filters, connector, sort, limit, page, fields, contain).
 * - `findById`: (id, { fields, contain }).
 * - `create`: (data) → `data[...]`; `update`: (id, data); `delete`: (id) → update status deleted (pyoffers).
 */
export type MethodKind = 'call' | 'object' | 'find' | 'findById' | 'create' | 'update' | 'delete';

/**
 * How a result is decoded: into one model (or null), a list of models, a model or the id HasOffers
 * sends instead (`return_object` off), or left as HasOffers sent it.
 */
export type ResultKind = 'model' | 'models' | 'raw' | 'modelOrId';

/** What a raw result is: `ids` are turned into strings, `void` into undefined. */
export type ReturnKind = 'boolean' | 'string' | 'ids' | 'json' | 'trackingLink' | 'number' | 'void';

export interface MethodSpec {
  /** The camelCase name on the manager (`setAffiliateApprovalStatus`). */
  readonly name: string;
  /** The HasOffers `Method` (`setAffiliateApproval`). */
  readonly method: string;
  /** The HasOffers `Target` when it differs from the controller's own. */
  readonly target?: string;
  readonly kind: MethodKind;
  readonly params: readonly ParamSpec[];
  /** The reference names no parameters for it: any params object is sent as given. */
  readonly loose?: boolean;
  readonly result: ResultKind;
  readonly returns?: ReturnKind;
  /** Model name results decode into (pyoffers' `target_class`); defaults to the controller's model. */
  readonly model?: string;
  /** create/update: the model whose writable fields `data` takes. */
  readonly data?: string;
  /** Safe calls only read; unsafe ones write and are never repeated after an unknown outcome. */
  readonly safe: boolean;
  /** On model instances: the parameter filled with the instance's id (`offer.addCategory(7)`). */
  readonly instance?: string;
  /** The model that carries the instance method, when not the controller's own (`OfferCategory`). */
  readonly instanceOf?: string;
  /** The method's name on model instances when it differs from `name` (`offerCategory.update`). */
  readonly instanceName?: string;
  /** A hand-written behaviour (src/runtime/behaviours.ts) for shapes the table cannot say. */
  readonly behaviour?: BehaviourName;
  /** Which reference edition it is typed from (`2015`, `2013`, `supplement`), or `overlay`. */
  readonly edition?: string;
}

export interface RelationSpec {
  /** The key HasOffers uses (`Country`, `Thumbnail`) and that `contain[]` names. */
  readonly name: string;
  /** The camelCase property on the model (`country`, `thumbnail`). */
  readonly property: string;
  /** The model it decodes into (`Thumbnail` → `OfferFile`). */
  readonly model: string;
  /** true: always an array; false: one model or null; absent: as HasOffers sends it. */
  readonly many?: boolean;
  /** Some relations are plain values (`CreativeCode` is a string). */
  readonly scalar?: boolean;
}

/** `offer.conversions`: a manager of another controller pre-filtered on this model's id. */
export interface RelatedSpec {
  readonly property: string;
  /** The manager property of the related controller (`conversions`). */
  readonly manager: string;
  /** The filter field that receives the id (`offer_id`). */
  readonly via: string;
  /** `affiliate.user()`: an async method returning the first match or null. */
  readonly first?: boolean;
}

export interface ModelSpec {
  readonly name: string;
  /** pyoffers' display attribute, shown by toString(): `Offer: <name>`. */
  readonly display?: string;
  /** The fields that identify a record: `['id']`, Region's `['name']`, or none. */
  readonly key: readonly string[];
  /** The key HasOffers answers with, when it differs from `name`. */
  readonly answersAs?: string;
  readonly fields: readonly string[];
  /** Fields only the 2013 reference names: HasOffers may leave them out (the sandbox does). */
  readonly legacy?: readonly string[];
  /** Fields a create or update may not send: the key and what HasOffers sets itself. */
  readonly readOnly?: readonly string[];
  /** Report row models: the integer and decimal fields (decoded as numbers) and the date fields. */
  readonly numeric?: readonly string[];
  readonly dates?: readonly string[];
  readonly relations: readonly RelationSpec[];
  readonly related: readonly RelatedSpec[];
  /** Other names HasOffers returns this model under (`Thumbnail`, `OfferTag`). */
  readonly aliases: readonly string[];
  /** The manager that owns the model (the controller it is the model of). */
  readonly manager?: string;
  /** Fields the YAML marks required (the sandbox answers "cannot be blank" for them; the SDK ignores this). */
  readonly required?: readonly string[];
  /** Values HasOffers checks on write: integer or decimal fields, and enum fields with their allowed values. */
  readonly checks?: Readonly<Record<string, 'integer' | 'decimal' | readonly string[]>>;
}

export interface ControllerSpec {
  readonly target: string;
  /** The property on the client (`offers`). */
  readonly manager: string;
  /** The model its results decode into by default; absent for controllers without one. */
  readonly model?: string;
  readonly methods: readonly MethodSpec[];
  /** The YAML file it came from, for error messages. */
  readonly source: string;
}

export interface ApiTable {
  readonly controllers: readonly ControllerSpec[];
  readonly models: readonly ModelSpec[];
}

/** A table row as generated: every field with a default may be left out. */
type Compact<T, Optional extends keyof T> = Omit<T, Optional> & Partial<Pick<T, Optional>>;
export type CompactParam = Compact<ParamSpec, 'required'>;
export type CompactMethod = Compact<Omit<MethodSpec, 'params'>, 'method' | 'kind' | 'result' | 'safe'> & { readonly params?: readonly CompactParam[] };
export type CompactModel = Compact<ModelSpec, 'key' | 'relations' | 'related' | 'aliases'>;
export interface CompactTable {
  readonly controllers: readonly (Omit<ControllerSpec, 'methods'> & { readonly methods: readonly CompactMethod[] })[];
  readonly models: readonly CompactModel[];
}

const DEFAULT_RESULT: Record<MethodKind, ResultKind> = { call: 'raw', object: 'raw', find: 'models', findById: 'model', create: 'model', update: 'model', delete: 'model' };

/**
 * Fills in a compact table's defaults: kind `object`, method = name (`update` for delete), the
 * kind's result, `safe` false (the generator writes `safe: true` for every read), key `[id]`.
 */
export function expandTable(table: CompactTable): ApiTable {
  return {
    controllers: table.controllers.map((controller) => ({
      ...controller,
      methods: controller.methods.map((row) => {
        const kind = row.kind ?? 'object';
        return {
          ...row,
          method: row.method ?? (kind === 'delete' ? 'update' : row.name),
          kind,
          params: (row.params ?? []).map((param) => ({ ...param, required: param.required ?? false })),
          result: row.result ?? DEFAULT_RESULT[kind],
          safe: row.safe ?? false,
        };
      }),
    })),
    models: table.models.map((row) => ({ ...row, key: row.key ?? ['id'], relations: row.relations ?? [], related: row.related ?? [], aliases: row.aliases ?? [] })),
  };
}
