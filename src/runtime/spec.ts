/**
 * The shape of the data tables that `codegen/` writes into `generated/`. The runtime in this
 * folder interprets them; nothing here knows any particular controller.
 */

/** `file` is an upload (custom methods only); `fields` the controller model's writable fields. */
export type ParamType = 'integer' | 'string' | 'decimal' | 'boolean' | 'datetime' | 'date' | 'array' | 'object' | 'enum' | 'id' | 'file' | 'fields' | 'trackingLinkOptions';

export interface ParamSpec {
  /** The wire name HasOffers takes (`country_code`, `tag_ids`). */
  readonly name: string;
  readonly type: ParamType;
  readonly required: boolean;
}

/**
 * - `call`: positional arguments map onto `params` in order.
 * - `find`: one options bag (filters, connector, sort, limit, page, fields, contain).
 * - `findById`: (id, { fields, contain }).
 * - `create`: (data) → `data[...]`; `update`: (id, data); `delete`: (id) → update status deleted.
 */
export type MethodKind = 'call' | 'find' | 'findById' | 'create' | 'update' | 'delete';

/** How a result is decoded: into one model (or null), a list of models, or left as HasOffers sent it. */
export type ResultKind = 'model' | 'models' | 'raw';

export interface MethodSpec {
  /** The camelCase name on the manager (`setAffiliateApprovalStatus`). */
  readonly name: string;
  /** The HasOffers `Method` (`setAffiliateApproval`). */
  readonly method: string;
  /** The HasOffers `Target` when it differs from the controller's own. */
  readonly target?: string;
  readonly kind: MethodKind;
  readonly params: readonly ParamSpec[];
  readonly result: ResultKind;
  /** Model name results decode into (pyoffers' `target_class`); defaults to the controller's model. */
  readonly model?: string;
  /** Safe calls only read; unsafe ones write and are never repeated after an unknown outcome. */
  readonly safe: boolean;
  /** On model instances: the parameter filled with the instance's id (`offer.addCategory(7)`). */
  readonly instance?: string;
  /** The model that carries the instance method, when not the controller's own (`OfferCategory`). */
  readonly instanceOf?: string;
  /** The method's name on model instances when it differs from `name` (`offerCategory.update`). */
  readonly instanceName?: string;
  /** Implemented by a hand-written function in `custom-methods.ts` (shapes the table cannot say). */
  readonly custom?: boolean;
}

export interface RelationSpec {
  /** The key HasOffers uses (`Country`, `Thumbnail`) and that `contain[]` names. */
  readonly name: string;
  /** The camelCase property on the model (`country`, `thumbnail`). */
  readonly property: string;
  /** The model it decodes into (`Thumbnail` → `OfferFile`). */
  readonly model: string;
  /** Has-many relations are always arrays; belongs-to ones are a model or null. */
  readonly many: boolean;
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
  readonly display: string;
  readonly fields: readonly string[];
  readonly relations: readonly RelationSpec[];
  readonly related: readonly RelatedSpec[];
  /** Other names HasOffers returns this model under (`Thumbnail`, `OfferTag`). */
  readonly aliases: readonly string[];
  /** The manager that owns the model's instance methods. */
  readonly manager?: string;
  /** Fields the YAML marks required (the sandbox answers "cannot be blank" for them; the SDK ignores this). */
  readonly required?: readonly string[];
  /** Values HasOffers checks on write: integer or decimal fields, and enum fields with their allowed values. */
  readonly checks?: Readonly<Record<string, 'integer' | 'decimal' | readonly string[]>>;
}

export interface ControllerSpec {
  readonly target: string;
  /** The property on the client (`offers`); absent for helper controllers that have none. */
  readonly manager: string;
  readonly model: string;
  readonly methods: readonly MethodSpec[];
  /** The YAML file it came from, for error messages. */
  readonly source: string;
}

export interface ApiTable {
  readonly controllers: readonly ControllerSpec[];
  readonly models: readonly ModelSpec[];
}
