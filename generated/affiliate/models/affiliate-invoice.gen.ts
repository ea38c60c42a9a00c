// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/affiliate-invoice.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** AffiliateInvoice fields, named and valued as HasOffers sends them. */
export interface AffiliateInvoiceFields {
    /** integer, required on create, read only */
    readonly affiliate_id: NumericString | null;
    /** decimal, read only */
    readonly amount: NumericString | null;
    /** integer, read only */
    readonly conversions: NumericString | null;
    /** string, required on create, read only */
    readonly currency: string | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** date, required on create, read only */
    readonly end_date: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** boolean, read only */
    readonly is_paid: BooleanFlag | null;
    /** string, read only */
    readonly memo: string | null;
    /** integer, read only, nullable */
    readonly receipt_id: NumericString | null;
    /** date, required on create, read only */
    readonly start_date: DateTimeString | null;
    /** enum, read only */
    readonly status: "active" | null;
}

export type AffiliateInvoiceField = keyof AffiliateInvoiceFields & string;
export type AffiliateInvoiceContain = never;
export type AffiliateInvoiceWrite = Record<string, never>;

/** A AffiliateInvoice as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateInvoice extends Model, AffiliateInvoiceFields {
}

/** The AffiliateInvoice class (for instanceof), made by the runtime from the table. */
export const AffiliateInvoice: ModelClass<AffiliateInvoice> = modelClass<AffiliateInvoice>(MODEL_CLASSES, "AffiliateInvoice");
