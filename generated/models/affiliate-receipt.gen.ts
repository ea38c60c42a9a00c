// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-receipt.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { AffiliateInvoice } from "./affiliate-invoice.gen.js";
import type { Affiliate } from "./affiliate.gen.js";

/** AffiliateReceipt fields, named and valued as HasOffers sends them. */
export interface AffiliateReceiptFields {
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** decimal, required on create */
    readonly amount: NumericString | null;
    /** string, required on create */
    readonly currency: string | null;
    /** date, required on create */
    readonly date: DateTimeString | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** string */
    readonly memo: string | null;
    /** enum, required on create */
    readonly method: "wire" | "check" | "paypal" | "other" | "direct_deposit" | "payoneer" | "payquicker" | null;
    /** string, nullable */
    readonly notes: string | null;
    /** string, nullable */
    readonly payment_details: string | null;
    /** object, read only, nullable */
    readonly payment_info: { readonly [key: string]: unknown } | null;
    /** integer, read only, nullable */
    readonly payment_id_ref: NumericString | null;
    /** enum, required on create */
    readonly status: "pending" | "success" | "failed" | "deleted" | null;
    /** string */
    readonly token: string | null;
    /** string */
    readonly transaction_id: string | null;
    /** integer, read only, nullable */
    readonly user_id: NumericString | null;
}

export type AffiliateReceiptField = keyof AffiliateReceiptFields & string;
export type AffiliateReceiptContain = "Affiliate" | "Invoice";
export type AffiliateReceiptWrite = { readonly [K in "affiliate_id" | "amount" | "currency" | "date" | "memo" | "notes" | "payment_details" | "token" | "transaction_id"]?: FieldInput } & { readonly method?: "wire" | "check" | "paypal" | "other" | "direct_deposit" | "payoneer" | "payquicker"; readonly status?: "pending" | "success" | "failed" | "deleted" };

/** A AffiliateReceipt as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateReceipt extends Model, AffiliateReceiptFields {
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
    /** Present when asked for with contain: ['Invoice']. */
    readonly invoice?: AffiliateInvoice | AffiliateInvoice[] | null;
}

/** The AffiliateReceipt class (for instanceof), made by the runtime from the table. */
export const AffiliateReceipt: ModelClass<AffiliateReceipt> = modelClass<AffiliateReceipt>(MODEL_CLASSES, "AffiliateReceipt");
