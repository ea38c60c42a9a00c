// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/affiliate-invoice-item.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** AffiliateInvoiceItem fields, named and valued as HasOffers sends them. */
export interface AffiliateInvoiceItemFields {
    /** integer, read only */
    readonly actions: NumericString | null;
    /** decimal, required on create, read only */
    readonly amount: NumericString | null;
    /** integer, read only */
    readonly conversions: NumericString | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** integer, read only, nullable */
    readonly goal_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer, required on create, read only */
    readonly invoice_id: NumericString | null;
    /** string, read only */
    readonly memo: string | null;
    /** integer, read only, nullable */
    readonly offer_id: NumericString | null;
    /** string, read only, nullable */
    readonly offer_name: string | null;
    /** boolean, read only */
    readonly offer_is_visible: BooleanFlag | null;
    /** enum, read only */
    readonly payout_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | "amount" | null;
    /** enum, required on create, read only */
    readonly type: "stats" | "adjustment" | "referrals" | "vat" | null;
    /** string, read only, nullable */
    readonly vat_code: string | null;
    /** integer, read only, nullable */
    readonly vat_id: NumericString | null;
    /** string, read only, nullable */
    readonly vat_name: string | null;
    /** decimal, read only, nullable */
    readonly vat_rate: NumericString | null;
}

export type AffiliateInvoiceItemField = keyof AffiliateInvoiceItemFields & string;
export type AffiliateInvoiceItemContain = never;
export type AffiliateInvoiceItemWrite = Record<string, never>;

/** A AffiliateInvoiceItem as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateInvoiceItem extends Model, AffiliateInvoiceItemFields {
}

/** The AffiliateInvoiceItem class (for instanceof), made by the runtime from the table. */
export const AffiliateInvoiceItem: ModelClass<AffiliateInvoiceItem> = modelClass<AffiliateInvoiceItem>(MODEL_CLASSES, "AffiliateInvoiceItem");
