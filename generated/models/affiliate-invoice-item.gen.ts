// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-invoice-item.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AffiliateInvoiceItem fields, named and valued as HasOffers sends them. */
export interface AffiliateInvoiceItemFields {
    /** integer */
    readonly actions: NumericString | null;
    /** decimal, required on create */
    readonly amount: NumericString | null;
    /** integer, read only */
    readonly conversions: NumericString | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** integer, nullable */
    readonly goal_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer, required on create */
    readonly invoice_id: NumericString | null;
    /** string */
    readonly memo: string | null;
    /** integer, nullable */
    readonly offer_id: NumericString | null;
    /** enum */
    readonly payout_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | "amount" | null;
    /** enum, required on create */
    readonly type: "stats" | "adjustment" | "referrals" | "vat" | null;
    /** string, nullable */
    readonly vat_code: string | null;
    /** integer, nullable */
    readonly vat_id: NumericString | null;
    /** string, nullable */
    readonly vat_name: string | null;
    /** decimal, nullable */
    readonly vat_rate: NumericString | null;
}

export type AffiliateInvoiceItemField = keyof AffiliateInvoiceItemFields & string;
export type AffiliateInvoiceItemContain = never;
export type AffiliateInvoiceItemWrite = { readonly [K in "actions" | "amount" | "goal_id" | "invoice_id" | "memo" | "offer_id" | "vat_code" | "vat_id" | "vat_name" | "vat_rate"]?: FieldInput } & { readonly payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | "amount"; readonly type?: "stats" | "adjustment" | "referrals" | "vat" };

/** A AffiliateInvoiceItem as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateInvoiceItem extends Model, AffiliateInvoiceItemFields {
}

/** The AffiliateInvoiceItem class (for instanceof), made by the runtime from the table. */
export const AffiliateInvoiceItem: ModelClass<AffiliateInvoiceItem> = modelClass<AffiliateInvoiceItem>(MODEL_CLASSES, "AffiliateInvoiceItem");
