/**
 * Types that generated code and users share. Generated files import only from here, `model.ts`
 * and `spec.ts`, so that `generated/` depends on the runtime and never the other way round.
 */
import type { FilterInput, FindAllIdsOptions, FindAllOptions, FindByIdOptions, SortSpec } from '../query/find-options.js';
import type { QueryBuilder } from '../query/builder.js';
import type { ReportBuilder, ReportPage, ReportRow, ReportTotals } from '../query/report-builder.js';
import type { ParamScalar, ParamValue, Params } from '../wire/params.js';
import type { CallOptions } from './context.js';
import type { LowLevelCallOptions } from './manager.js';
import type { Model, ModelClass } from './model.js';
import type { UploadFile } from '../upload/source.js';

/** An id as you may pass it: HasOffers sends ids as strings, and accepts numbers or strings. */
export type Id = number | string | bigint;
/** A number as HasOffers sends it: a decimal string (`"40.00000"`). */
export type NumericString = string;
/** `YYYY-MM-DD HH:MM:SS` in the network's time zone, as HasOffers sends it. */
export type DateTimeString = string;
/** HasOffers flags come as `"0"`/`"1"` (a few as numbers). */
export type BooleanFlag = '0' | '1' | 0 | 1;
/** A value you may write into a field (null cannot travel in a query string: it is refused). */
export type FieldInput = string | number | boolean | bigint | Date;

/** What `generateTrackingLink` answers. */
export interface TrackingLink {
  readonly click_url: string;
  readonly impression_pixel?: string;
  readonly offer_id?: string | number;
  readonly affiliate_id?: string | number;
  readonly [key: string]: unknown;
}

/** `generateTrackingLink(offerId, affiliateId, { tinyUrl, ...params })`: params go to `params[...]`. */
export type TrackingLinkOptions = { readonly tinyUrl?: boolean } & { readonly [param: string]: ParamScalar | boolean };

/** A model of a kind the schema does not describe (e.g. `Stat`, `Employee` relations). */
export type GenericModel = Model & { readonly [field: string]: unknown };

/** `offer.conversions`: a manager of another controller, pre-filtered on this model's id. */
export interface RelatedManager<M, F extends string, C extends string> {
  findAll(query?: FindAllOptions<F, C>, options?: CallOptions): Promise<M[]>;
  query(): QueryBuilder<F, C, M>;
}

/** `manager.call(method, params, options)`: any method of the manager's controller. */
export type LowLevelCall = (method: string, params?: Params, options?: LowLevelCallOptions) => Promise<unknown>;

/** A date or date-time parameter: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS`, or a Date (sent as UTC wall time). */
export type DateInput = string | Date;

export type { ReportBuilder, ReportPage, ReportRow, ReportTotals };
export type { CallOptions, FilterInput, FindAllIdsOptions, FindAllOptions, FindByIdOptions, LowLevelCallOptions, Model, ModelClass, ParamScalar, ParamValue, Params, QueryBuilder, SortSpec, UploadFile };
// The two values generated tables and classes are built with.
export { expandTable } from '../table/spec.js';
export { modelClass, modelClasses } from './model-classes.js';
