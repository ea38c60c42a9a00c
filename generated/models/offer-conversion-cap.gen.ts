// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-conversion-cap.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** OfferConversionCap fields, named and valued as HasOffers sends them. */
export interface OfferConversionCapFields {
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** integer */
    readonly conversion_cap: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** integer */
    readonly monthly_conversion_cap: NumericString | null;
    /** decimal */
    readonly monthly_payout_cap: NumericString | null;
    /** decimal */
    readonly monthly_revenue_cap: NumericString | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** decimal */
    readonly payout_cap: NumericString | null;
    /** decimal */
    readonly revenue_cap: NumericString | null;
}

export type OfferConversionCapField = keyof OfferConversionCapFields & string;
export type OfferConversionCapContain = never;
export type OfferConversionCapWrite = { readonly [K in "affiliate_id" | "conversion_cap" | "monthly_conversion_cap" | "monthly_payout_cap" | "monthly_revenue_cap" | "offer_id" | "payout_cap" | "revenue_cap"]?: FieldInput };

/** A OfferConversionCap as HasOffers returns it, with its contained relations and methods. */
export interface OfferConversionCap extends Model, OfferConversionCapFields {
}

/** The OfferConversionCap class (for instanceof), made by the runtime from the table. */
export const OfferConversionCap: ModelClass<OfferConversionCap> = modelClass<OfferConversionCap>(MODEL_CLASSES, "OfferConversionCap");
