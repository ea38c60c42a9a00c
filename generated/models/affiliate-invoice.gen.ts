// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-invoice.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Advertiser } from "./advertiser.gen.js";
import type { AffiliateInvoiceItem } from "./affiliate-invoice-item.gen.js";
import type { Affiliate } from "./affiliate.gen.js";
import type { PaymentMethod } from "./payment-method.gen.js";
import type { Paypal } from "./paypal.gen.js";

/** AffiliateInvoice fields, named and valued as HasOffers sends them. */
export interface AffiliateInvoiceFields {
    /** integer, nullable */
    readonly advertiser_id: NumericString | null;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** integer, read only */
    readonly actions: NumericString | null;
    /** decimal, read only */
    readonly amount: NumericString | null;
    /** integer, read only, nullable */
    readonly conversions: NumericString | null;
    /** string, required on create */
    readonly currency: string | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** date, required on create */
    readonly end_date: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** boolean */
    readonly is_paid: BooleanFlag | null;
    /** string */
    readonly memo: string | null;
    /** string, nullable */
    readonly notes: string | null;
    /** integer, nullable */
    readonly receipt_id: NumericString | null;
    /** date, required on create */
    readonly start_date: DateTimeString | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
}

export type AffiliateInvoiceField = keyof AffiliateInvoiceFields & string;
export type AffiliateInvoiceContain = "Advertiser" | "Affiliate" | "InvoiceItem" | "PaymentMethod" | "MethodPaypal";
export type AffiliateInvoiceWrite = { readonly [K in "advertiser_id" | "affiliate_id" | "currency" | "end_date" | "is_paid" | "memo" | "notes" | "receipt_id" | "start_date"]?: FieldInput } & { readonly status?: "active" | "deleted" };

/** A AffiliateInvoice as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateInvoice extends Model, AffiliateInvoiceFields {
    /** Present when asked for with contain: ['Advertiser']. */
    readonly advertiser?: Advertiser | null;
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
    /** Present when asked for with contain: ['InvoiceItem']. */
    readonly invoiceItem?: AffiliateInvoiceItem | AffiliateInvoiceItem[] | null;
    /** Present when asked for with contain: ['PaymentMethod']. */
    readonly paymentMethod?: PaymentMethod | PaymentMethod[] | null;
    /** Present when asked for with contain: ['MethodPaypal']. */
    readonly methodPaypal?: Paypal | Paypal[] | null;
}

/** The AffiliateInvoice class (for instanceof), made by the runtime from the table. */
export const AffiliateInvoice: ModelClass<AffiliateInvoice> = modelClass<AffiliateInvoice>(MODEL_CLASSES, "AffiliateInvoice");
