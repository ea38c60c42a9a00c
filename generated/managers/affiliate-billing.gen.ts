// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/affiliate-billing.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, DateInput, FilterInput, Id, LowLevelCall, ParamValue, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { AffiliateAccountBalance } from "../models/affiliate-account-balance.gen.js";
import type { AffiliateInvoiceItem, AffiliateInvoiceItemWrite } from "../models/affiliate-invoice-item.gen.js";
import type { AffiliateInvoice, AffiliateInvoiceContain, AffiliateInvoiceField, AffiliateInvoiceWrite } from "../models/affiliate-invoice.gen.js";
import type { AffiliateMetaWrite } from "../models/affiliate-meta.gen.js";
import type { AffiliateReceipt, AffiliateReceiptContain, AffiliateReceiptField, AffiliateReceiptWrite } from "../models/affiliate-receipt.gen.js";
import type { Affiliate, AffiliateContain, AffiliateField } from "../models/affiliate.gen.js";

/** The AffiliateBilling controller (`api.affiliateBilling`, `api.controller('AffiliateBilling')`). */
export interface AffiliateBillingManager {
    /** A low-level call to any AffiliateBilling method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers AffiliateBilling.addInvoiceItem (write: never repeated after an unknown outcome). */
    addInvoiceItem(params: { readonly invoice_id: Id; readonly data: AffiliateInvoiceItemWrite }, options?: CallOptions): Promise<AffiliateInvoiceItem | null>;
    /** HasOffers AffiliateBilling.createInvoice (write: never repeated after an unknown outcome). */
    createInvoice(params: { readonly data: AffiliateInvoiceWrite; readonly allow_duplicate?: boolean; readonly return_object?: boolean }, options?: CallOptions): Promise<AffiliateInvoice | string>;
    /** HasOffers AffiliateBilling.createReceipt (write: never repeated after an unknown outcome). */
    createReceipt(params: { readonly data: AffiliateReceiptWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<AffiliateReceipt | string>;
    /** HasOffers AffiliateBilling.findAllInvoices (read: retried on failure). */
    findAllInvoices(params?: { readonly filters?: FilterInput<AffiliateInvoiceField>; readonly sort?: SortSpec<AffiliateInvoiceField> | readonly SortSpec<AffiliateInvoiceField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AffiliateInvoiceField[]; readonly contain?: readonly AffiliateInvoiceContain[]; readonly currency?: string }, options?: CallOptions): Promise<AffiliateInvoice[]>;
    /** HasOffers AffiliateBilling.findAllInvoicesByAffiliateFilters (read: retried on failure; typed from the 2013 reference). */
    findAllInvoicesByAffiliateFilters(params?: { readonly affiliateFilters?: readonly ParamValue[]; readonly filters?: readonly string[]; readonly sort?: readonly string[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly string[]; readonly contain?: readonly string[]; readonly currency?: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AffiliateBilling.findAllInvoicesByIds (read: retried on failure). */
    findAllInvoicesByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly AffiliateInvoiceField[]; readonly contain?: readonly AffiliateInvoiceContain[]; readonly currency?: string }, options?: CallOptions): Promise<AffiliateInvoice[]>;
    /** HasOffers AffiliateBilling.findAllReceipts (read: retried on failure). */
    findAllReceipts(params?: { readonly filters?: FilterInput<AffiliateReceiptField>; readonly sort?: SortSpec<AffiliateReceiptField> | readonly SortSpec<AffiliateReceiptField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AffiliateReceiptField[]; readonly contain?: readonly AffiliateReceiptContain[] }, options?: CallOptions): Promise<AffiliateReceipt[]>;
    /** HasOffers AffiliateBilling.findAllReceiptsByIds (read: retried on failure). */
    findAllReceiptsByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly AffiliateReceiptField[]; readonly contain?: readonly AffiliateReceiptContain[] }, options?: CallOptions): Promise<AffiliateReceipt[]>;
    /** HasOffers AffiliateBilling.findInvoiceById (read: retried on failure). */
    findInvoiceById(params: { readonly id: Id; readonly fields?: readonly AffiliateInvoiceField[]; readonly contain?: readonly AffiliateInvoiceContain[]; readonly currency?: string }, options?: CallOptions): Promise<AffiliateInvoice | null>;
    /** HasOffers AffiliateBilling.findInvoiceStats (read: retried on failure). */
    findInvoiceStats(params: { readonly affiliate_id: Id; readonly start_date?: string; readonly end_date: string; readonly currency?: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AffiliateBilling.findLastInvoice (read: retried on failure). */
    findLastInvoice(params: { readonly affiliate_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AffiliateBilling.findLastReceipt (read: retried on failure). */
    findLastReceipt(params: { readonly affiliate_id: Id; readonly status?: "pending" | "success" | "failed" | "deleted" }, options?: CallOptions): Promise<AffiliateReceipt[]>;
    /** HasOffers AffiliateBilling.findReceiptById (read: retried on failure). */
    findReceiptById(params: { readonly id: Id; readonly fields?: readonly AffiliateReceiptField[]; readonly contain?: readonly AffiliateReceiptContain[] }, options?: CallOptions): Promise<AffiliateReceipt | null>;
    /** HasOffers AffiliateBilling.generateInvoices (write: never repeated after an unknown outcome). */
    generateInvoices(params?: { readonly date?: string; readonly ignore_preference?: "false" | "true"; readonly advertiser_ids?: readonly Id[] }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AffiliateBilling.getAccountBalance (read: retried on failure). */
    getAccountBalance(params: { readonly affiliateId: number }, options?: CallOptions): Promise<AffiliateAccountBalance | null>;
    /** HasOffers AffiliateBilling.getAccountHistory (read: retried on failure). */
    getAccountHistory(params: { readonly affiliate_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AffiliateBilling.getNextStartDate (read: retried on failure). */
    getNextStartDate(params: { readonly affiliate_id: Id; readonly currency?: string }, options?: CallOptions): Promise<string>;
    /** HasOffers AffiliateBilling.getOutstandingInvoices (read: retried on failure). */
    getOutstandingInvoices(params?: { readonly filters?: FilterInput<AffiliateField>; readonly limit?: number; readonly page?: number }, options?: CallOptions): Promise<Affiliate[]>;
    /** HasOffers AffiliateBilling.getPayoutTotals (read: retried on failure). */
    getPayoutTotals(params: { readonly affiliate_id: Id; readonly timeframes: readonly { readonly label: string; readonly start_date: DateInput; readonly end_date: DateInput }[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AffiliateBilling.removeInvoiceItem (write: never repeated after an unknown outcome). */
    removeInvoiceItem(params: { readonly id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AffiliateBilling.updateInvoice (write: never repeated after an unknown outcome). */
    updateInvoice(params: { readonly id: Id; readonly data: AffiliateInvoiceWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<AffiliateInvoice | null>;
    /** HasOffers AffiliateBilling.updateInvoiceField (write: never repeated after an unknown outcome). */
    updateInvoiceField(params: { readonly id: Id; readonly field: AffiliateInvoiceField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AffiliateBilling.updateReceipt (write: never repeated after an unknown outcome). */
    updateReceipt(params: { readonly id: Id; readonly data: AffiliateReceiptWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<AffiliateReceipt | null | boolean>;
    /** HasOffers AffiliateBilling.updateReceiptField (write: never repeated after an unknown outcome). */
    updateReceiptField(params: { readonly id: Id; readonly field: AffiliateReceiptField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AffiliateBilling.updateTaxInfo (write: never repeated after an unknown outcome). */
    updateTaxInfo(params: { readonly id: Id; readonly data: AffiliateMetaWrite }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAllInvoices (its other params given here). */
    query(method: "findAllInvoices", params?: { readonly currency?: string }): QueryBuilder<AffiliateInvoiceField, AffiliateInvoiceContain, AffiliateInvoice>;
    /** A typed, immutable query builder over findAllReceipts (its other params given here). */
    query(method: "findAllReceipts", params?: Record<string, never>): QueryBuilder<AffiliateReceiptField, AffiliateReceiptContain, AffiliateReceipt>;
    /** A typed, immutable query builder over getOutstandingInvoices (its other params given here). */
    query(method: "getOutstandingInvoices", params?: Record<string, never>): QueryBuilder<AffiliateField, AffiliateContain, Affiliate>;
}
