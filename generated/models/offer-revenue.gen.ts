// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-revenue.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** OfferRevenue fields, named and valued as HasOffers sends them. */
export interface OfferRevenueFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** integer */
    readonly goal_id: NumericString | null;
    /** string */
    readonly revenue: string | null;
    /** string */
    readonly percent_revenue: string | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
}

export type OfferRevenueField = keyof OfferRevenueFields & string;
export type OfferRevenueContain = never;
export type OfferRevenueWrite = { readonly [K in "offer_id" | "affiliate_id" | "goal_id" | "revenue" | "percent_revenue"]?: FieldInput };

/** A OfferRevenue as HasOffers returns it, with its contained relations and methods. */
export interface OfferRevenue extends Model, OfferRevenueFields {
}

/** The OfferRevenue class (for instanceof), made by the runtime from the table. */
export const OfferRevenue: ModelClass<OfferRevenue> = modelClass<OfferRevenue>(MODEL_CLASSES, "OfferRevenue");
