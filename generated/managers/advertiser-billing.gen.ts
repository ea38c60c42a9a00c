// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/advertiser-billing.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, Id, LowLevelCall, ParamValue, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { AdvertiserInvoiceItemWrite } from "../models/advertiser-invoice-item.gen.js";
import type { AdvertiserInvoice, AdvertiserInvoiceContain, AdvertiserInvoiceField, AdvertiserInvoiceWrite } from "../models/advertiser-invoice.gen.js";
import type { AdvertiserMetaWrite } from "../models/advertiser-meta.gen.js";

/** The AdvertiserBilling controller (`api.advertiserBilling`, `api.controller('AdvertiserBilling')`). */
export interface AdvertiserBillingManager {
    /** A low-level call to any AdvertiserBilling method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers AdvertiserBilling.addInvoiceItem (write: never repeated after an unknown outcome). */
    addInvoiceItem(params: { readonly invoice_id: Id; readonly data: AdvertiserInvoiceItemWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers AdvertiserBilling.createInvoice (write: never repeated after an unknown outcome). */
    createInvoice(params: { readonly data: AdvertiserInvoiceWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<AdvertiserInvoice | string>;
    /** HasOffers AdvertiserBilling.findAllInvoices (read: retried on failure). */
    findAllInvoices(params?: { readonly filters?: FilterInput<AdvertiserInvoiceField>; readonly sort?: SortSpec<AdvertiserInvoiceField> | readonly SortSpec<AdvertiserInvoiceField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AdvertiserInvoiceField[]; readonly contain?: readonly AdvertiserInvoiceContain[] }, options?: CallOptions): Promise<AdvertiserInvoice[]>;
    /** HasOffers AdvertiserBilling.findAllInvoicesByIds (read: retried on failure). */
    findAllInvoicesByIds(params: { readonly ids: readonly ParamValue[]; readonly fields?: readonly AdvertiserInvoiceField[]; readonly contain?: readonly AdvertiserInvoiceContain[] }, options?: CallOptions): Promise<AdvertiserInvoice[]>;
    /** HasOffers AdvertiserBilling.findInvoiceById (read: retried on failure). */
    findInvoiceById(params: { readonly id: Id; readonly fields?: readonly AdvertiserInvoiceField[]; readonly contain?: readonly AdvertiserInvoiceContain[] }, options?: CallOptions): Promise<AdvertiserInvoice | null>;
    /** HasOffers AdvertiserBilling.findInvoiceStats (read: retried on failure). */
    findInvoiceStats(params: { readonly advertiser_id: Id; readonly start_date?: string; readonly end_date: string; readonly currency?: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AdvertiserBilling.getNextStartDate (read: retried on failure). */
    getNextStartDate(params: { readonly advertiser_id: Id; readonly currency: string }, options?: CallOptions): Promise<string>;
    /** HasOffers AdvertiserBilling.removeInvoiceItem (write: never repeated after an unknown outcome). */
    removeInvoiceItem(params: { readonly id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AdvertiserBilling.updateInvoice (write: never repeated after an unknown outcome). */
    updateInvoice(params: { readonly id: Id; readonly data: AdvertiserInvoiceWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<AdvertiserInvoice | string>;
    /** HasOffers AdvertiserBilling.updateInvoiceField (write: never repeated after an unknown outcome). */
    updateInvoiceField(params: { readonly id: Id; readonly field: AdvertiserInvoiceField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<AdvertiserInvoice | string>;
    /** HasOffers AdvertiserBilling.updateTaxInfo (write: never repeated after an unknown outcome). */
    updateTaxInfo(params: { readonly id: Id; readonly data: AdvertiserMetaWrite }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAllInvoices (its other params given here). */
    query(method: "findAllInvoices", params?: Record<string, never>): QueryBuilder<AdvertiserInvoiceField, AdvertiserInvoiceContain, AdvertiserInvoice>;
}
