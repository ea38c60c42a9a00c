// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/affiliate-receipt.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** AffiliateReceipt fields, named and valued as HasOffers sends them. */
export interface AffiliateReceiptFields {
    /** integer, required on create, read only */
    readonly affiliate_id: NumericString | null;
    /** decimal, required on create, read only */
    readonly amount: NumericString | null;
    /** string, required on create, read only */
    readonly currency: string | null;
    /** date, required on create, read only */
    readonly date: DateTimeString | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, read only */
    readonly memo: string | null;
    /** enum, required on create, read only */
    readonly method: "wire" | "check" | "paypal" | "other" | "direct_deposit" | "payoneer" | "payquicker" | null;
    /** string, read only, nullable */
    readonly payment_details: string | null;
    /** object, read only, nullable */
    readonly payment_info: { readonly [key: string]: unknown } | null;
    /** enum, required on create, read only */
    readonly status: "success" | null;
    /** string, read only */
    readonly token: string | null;
    /** string, read only */
    readonly transaction_id: string | null;
    /** integer, read only, nullable */
    readonly user_id: NumericString | null;
}

export type AffiliateReceiptField = keyof AffiliateReceiptFields & string;
export type AffiliateReceiptContain = never;
export type AffiliateReceiptWrite = Record<string, never>;

/** A AffiliateReceipt as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateReceipt extends Model, AffiliateReceiptFields {
}

/** The AffiliateReceipt class (for instanceof), made by the runtime from the table. */
export const AffiliateReceipt: ModelClass<AffiliateReceipt> = modelClass<AffiliateReceipt>(MODEL_CLASSES, "AffiliateReceipt");
