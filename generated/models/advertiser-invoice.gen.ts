// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/advertiser-invoice.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { AdvertiserInvoiceItem } from "./advertiser-invoice-item.gen.js";
import type { Advertiser } from "./advertiser.gen.js";

/** AdvertiserInvoice fields, named and valued as HasOffers sends them. */
export interface AdvertiserInvoiceFields {
    /** integer, required on create */
    readonly advertiser_id: NumericString | null;
    /** decimal, read only */
    readonly amount: NumericString | null;
    /** integer, read only, nullable */
    readonly conversions: NumericString | null;
    /** string */
    readonly currency: string | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** date, required on create */
    readonly end_date: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** boolean */
    readonly is_paid: BooleanFlag | null;
    /** boolean */
    readonly is_sent: BooleanFlag | null;
    /** string, nullable */
    readonly memo: string | null;
    /** string, nullable */
    readonly notes: string | null;
    /** date, required on create */
    readonly start_date: DateTimeString | null;
    /** enum */
    readonly status: "incomplete" | "active" | "deleted" | null;
}

export type AdvertiserInvoiceField = keyof AdvertiserInvoiceFields & string;
export type AdvertiserInvoiceContain = "Advertiser" | "AdvertiserInvoiceItem" | "InvoiceItem";
export type AdvertiserInvoiceWrite = { readonly [K in "advertiser_id" | "currency" | "end_date" | "is_paid" | "is_sent" | "memo" | "notes" | "start_date"]?: FieldInput } & { readonly status?: "incomplete" | "active" | "deleted" };

/** A AdvertiserInvoice as HasOffers returns it, with its contained relations and methods. */
export interface AdvertiserInvoice extends Model, AdvertiserInvoiceFields {
    /** Present when asked for with contain: ['Advertiser']. */
    readonly advertiser?: Advertiser | null;
    /** Present when asked for with contain: ['AdvertiserInvoiceItem']. */
    readonly advertiserInvoiceItem?: AdvertiserInvoiceItem | AdvertiserInvoiceItem[] | null;
    /** Present when asked for with contain: ['InvoiceItem']. */
    readonly invoiceItem?: AdvertiserInvoiceItem | AdvertiserInvoiceItem[] | null;
}

/** The AdvertiserInvoice class (for instanceof), made by the runtime from the table. */
export const AdvertiserInvoice: ModelClass<AdvertiserInvoice> = modelClass<AdvertiserInvoice>(MODEL_CLASSES, "AdvertiserInvoice");
