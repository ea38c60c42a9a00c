// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllIdsOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, Params, QueryBuilder } from "../../src/runtime/types.js";
import type { Affiliate, AffiliateContain, AffiliateField, AffiliateWrite } from "../models/affiliate.gen.js";
import type { OfferFile } from "../models/offer-file.gen.js";

/** The Affiliate controller (`api.affiliates`). */
export interface AffiliateManager {
    /** A low-level call to any Affiliate method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate.create (write: never repeated after an unknown outcome). */
    create(data: AffiliateWrite, options?: CallOptions): Promise<Affiliate>;
    /** HasOffers Affiliate.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: AffiliateWrite, options?: CallOptions): Promise<Affiliate>;
    /** HasOffers Affiliate.update (write: never repeated after an unknown outcome). */
    delete(id: Id, options?: CallOptions): Promise<Affiliate>;
    /** HasOffers Affiliate.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<AffiliateField, AffiliateContain>, options?: CallOptions): Promise<Affiliate | null>;
    /** HasOffers Affiliate.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<AffiliateField, AffiliateContain>, options?: CallOptions): Promise<Affiliate[]>;
    /** HasOffers Affiliate.findAllIds (read: retried on failure). */
    findAllIds(query?: FindAllIdsOptions<AffiliateField>, options?: CallOptions): Promise<string[]>;
    /** HasOffers Affiliate.createWithUser (write: never repeated after an unknown outcome). */
    createWithUser(user: Params, data: Params, options?: CallOptions): Promise<Affiliate>;
    /** HasOffers Affiliate.block (write: never repeated after an unknown outcome). */
    block(id: Id, reason?: string, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.getOfferFilesWithCreativeCode (read: retried on failure). */
    getOfferFilesWithCreativeCode(affiliate_id: Id, offer_id: Id, options?: CallOptions): Promise<OfferFile[]>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<AffiliateField, AffiliateContain, Affiliate>;
}
