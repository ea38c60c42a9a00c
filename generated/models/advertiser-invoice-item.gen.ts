// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/advertiser-invoice-item.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AdvertiserInvoiceItem fields, named and valued as HasOffers sends them. */
export interface AdvertiserInvoiceItemFields {
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
    /** string, nullable */
    readonly memo: string | null;
    /** integer, nullable */
    readonly offer_id: NumericString | null;
    /** enum */
    readonly revenue_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | "amount" | null;
    /** enum, required on create */
    readonly type: "stats" | "adjustment" | "vat" | null;
    /** string, nullable */
    readonly vat_code: string | null;
    /** integer, nullable */
    readonly vat_id: NumericString | null;
    /** string, nullable */
    readonly vat_name: string | null;
    /** decimal, nullable */
    readonly vat_rate: NumericString | null;
}

export type AdvertiserInvoiceItemField = keyof AdvertiserInvoiceItemFields & string;
export type AdvertiserInvoiceItemContain = never;
export type AdvertiserInvoiceItemWrite = { readonly [K in "actions" | "amount" | "goal_id" | "invoice_id" | "memo" | "offer_id" | "vat_code" | "vat_id" | "vat_name" | "vat_rate"]?: FieldInput } & { readonly revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | "amount"; readonly type?: "stats" | "adjustment" | "vat" };

/** A AdvertiserInvoiceItem as HasOffers returns it, with its contained relations and methods. */
export interface AdvertiserInvoiceItem extends Model, AdvertiserInvoiceItemFields {
}

/** The AdvertiserInvoiceItem class (for instanceof), made by the runtime from the table. */
export const AdvertiserInvoiceItem: ModelClass<AdvertiserInvoiceItem> = modelClass<AdvertiserInvoiceItem>(MODEL_CLASSES, "AdvertiserInvoiceItem");
