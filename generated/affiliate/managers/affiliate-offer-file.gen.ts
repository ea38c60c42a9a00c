// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/offer-file.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder } from "../../../src/runtime/types.js";
import type { OfferFile, OfferFileContain, OfferFileField, OfferFileWrite } from "../models/offer-file.gen.js";

/** The Affiliate_OfferFile controller (`api.offerFiles`, `api.controller('Affiliate_OfferFile')`). */
export interface AffiliateOfferFileManager {
    /** A low-level call to any Affiliate_OfferFile method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_OfferFile.create (write: never repeated after an unknown outcome). */
    create(params: { readonly data: OfferFileWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Affiliate_OfferFile.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferFileField, OfferFileContain>, options?: CallOptions): Promise<OfferFile[]>;
    /** HasOffers Affiliate_OfferFile.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<OfferFileField, OfferFileContain>, options?: CallOptions): Promise<OfferFile | null>;
    /** HasOffers Affiliate_OfferFile.getCreativeCode (read: retried on failure). */
    getCreativeCode(params: { readonly id: Id; readonly tracking_url?: string; readonly impression_pixel?: string; readonly etracking_url?: string; readonly offer_id?: Id; readonly source?: string; readonly aff_sub?: string; readonly aff_sub2?: string; readonly aff_sub3?: string; readonly aff_sub4?: string; readonly aff_sub5?: string }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferFileField, OfferFileContain, OfferFile>;
}
