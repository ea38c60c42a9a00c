// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/affiliate-billing.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, DateInput, FilterInput, Id, LowLevelCall, QueryBuilder, SortSpec } from "../../../src/runtime/types.js";
import type { AffiliateAccountBalance } from "../models/affiliate-account-balance.gen.js";
import type { AffiliateInvoice, AffiliateInvoiceContain, AffiliateInvoiceField } from "../models/affiliate-invoice.gen.js";
import type { AffiliateReceipt, AffiliateReceiptContain, AffiliateReceiptField } from "../models/affiliate-receipt.gen.js";

/** The Affiliate_AffiliateBilling controller (`api.affiliateBilling`, `api.controller('Affiliate_AffiliateBilling')`). */
export interface AffiliateAffiliateBillingManager {
    /** A low-level call to any Affiliate_AffiliateBilling method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_AffiliateBilling.findAllInvoices (read: retried on failure). */
    findAllInvoices(params?: { readonly filters?: FilterInput<AffiliateInvoiceField>; readonly sort?: SortSpec<AffiliateInvoiceField> | readonly SortSpec<AffiliateInvoiceField>[]; readonly limit?: number; readonly page?: number; readonly currency?: string }, options?: CallOptions): Promise<AffiliateInvoice[]>;
    /** HasOffers Affiliate_AffiliateBilling.findAllReceipts (read: retried on failure). */
    findAllReceipts(params?: { readonly filters?: FilterInput<AffiliateReceiptField>; readonly sort?: SortSpec<AffiliateReceiptField> | readonly SortSpec<AffiliateReceiptField>[]; readonly limit?: number; readonly page?: number }, options?: CallOptions): Promise<AffiliateReceipt[]>;
    /** HasOffers Affiliate_AffiliateBilling.findInvoiceById (read: retried on failure). */
    findInvoiceById(params: { readonly id: Id; readonly fields?: readonly AffiliateInvoiceField[]; readonly currency?: string }, options?: CallOptions): Promise<AffiliateInvoice | null>;
    /** HasOffers Affiliate_AffiliateBilling.findReceiptById (read: retried on failure). */
    findReceiptById(params: { readonly id: Id; readonly fields?: readonly AffiliateReceiptField[] }, options?: CallOptions): Promise<AffiliateReceipt | null>;
    /** HasOffers Affiliate_AffiliateBilling.getAccountBalance (read: retried on failure). */
    getAccountBalance(params?: Record<string, never>, options?: CallOptions): Promise<AffiliateAccountBalance | null>;
    /** HasOffers Affiliate_AffiliateBilling.getPayoutTotals (read: retried on failure). */
    getPayoutTotals(params: { readonly timeframes: readonly { readonly label: string; readonly start_date: DateInput; readonly end_date: DateInput }[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_AffiliateBilling.updateTaxId (write: never repeated after an unknown outcome). */
    updateTaxId(params?: { readonly tax_id?: string }, options?: CallOptions): Promise<void>;
    /** A typed, immutable query builder over findAllInvoices (its other params given here). */
    query(method: "findAllInvoices", params?: { readonly currency?: string }): QueryBuilder<AffiliateInvoiceField, AffiliateInvoiceContain, AffiliateInvoice>;
    /** A typed, immutable query builder over findAllReceipts (its other params given here). */
    query(method: "findAllReceipts", params?: Record<string, never>): QueryBuilder<AffiliateReceiptField, AffiliateReceiptContain, AffiliateReceipt>;
}
