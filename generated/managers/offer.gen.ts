// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/offer.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllIdsOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder, TrackingLink, TrackingLinkOptions } from "../../src/runtime/types.js";
import type { OfferCategory } from "../models/application.gen.js";
import type { Country } from "../models/country.gen.js";
import type { OfferFile } from "../models/offer-file.gen.js";
import type { AffiliateOffer, AffiliateOfferContain, AffiliateOfferField, Offer, OfferContain, OfferField, OfferWrite } from "../models/offer.gen.js";

/** The Offer controller (`api.offers`). */
export interface OfferManager {
    /** A low-level call to any Offer method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Offer.create (write: never repeated after an unknown outcome). */
    create(data: OfferWrite, options?: CallOptions): Promise<Offer>;
    /** HasOffers Offer.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: OfferWrite, options?: CallOptions): Promise<Offer>;
    /** HasOffers Offer.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<OfferField, OfferContain>, options?: CallOptions): Promise<Offer | null>;
    /** HasOffers Offer.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferField, OfferContain>, options?: CallOptions): Promise<Offer[]>;
    /** HasOffers Offer.findAllIds (read: retried on failure). */
    findAllIds(query?: FindAllIdsOptions<OfferField>, options?: CallOptions): Promise<string[]>;
    /** HasOffers Offer.addTargetCountry (write: never repeated after an unknown outcome). */
    addTargetCountry(id: Id, country_code: string, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.getTargetCountries (read: retried on failure). */
    getTargetCountries(id: Id, options?: CallOptions): Promise<Country[]>;
    /** HasOffers Offer.addCategory (write: never repeated after an unknown outcome). */
    addCategory(id: Id, category_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.getCategories (read: retried on failure). */
    getCategories(id: Id, options?: CallOptions): Promise<OfferCategory[]>;
    /** HasOffers Offer.blockAffiliate (write: never repeated after an unknown outcome). */
    blockAffiliate(id: Id, affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.unblockAffiliate (write: never repeated after an unknown outcome). */
    unblockAffiliate(id: Id, affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.getOfferFilesWithCreativeCode (read: retried on failure). */
    getOfferFilesWithCreativeCode(offer_id: Id, affiliate_id: Id, options?: CallOptions): Promise<OfferFile[]>;
    /** HasOffers Offer.setAffiliateApproval (write: never repeated after an unknown outcome). */
    setAffiliateApprovalStatus(id: Id, affiliate_id: Id, status: string, options?: CallOptions): Promise<AffiliateOffer | boolean>;
    /** HasOffers Offer.getAffiliateApprovalStatus (read: retried on failure). */
    getAffiliateApprovalStatus(id: Id, affiliate_id: Id, options?: CallOptions): Promise<string>;
    /** HasOffers Offer.getBlockedAffiliateIds (read: retried on failure). */
    getBlockedAffiliateIds(id: Id, options?: CallOptions): Promise<string[]>;
    /** HasOffers Offer.getApprovedAffiliateIds (read: retried on failure). */
    getApprovedAffiliateIds(id: Id, options?: CallOptions): Promise<string[]>;
    /** HasOffers Offer.getUnapprovedAffiliateIds (read: retried on failure). */
    getUnapprovedAffiliateIds(id: Id, options?: CallOptions): Promise<string[]>;
    /** HasOffers Offer.generateTrackingLink (read: retried on failure). */
    generateTrackingLink(offer_id: Id, affiliate_id: Id, options?: TrackingLinkOptions, callOptions?: CallOptions): Promise<TrackingLink>;
    /** HasOffers Offer.findAllAffiliateApprovals (read: retried on failure). */
    findAllAffiliateApprovals(query?: FindAllOptions<AffiliateOfferField, AffiliateOfferContain>, options?: CallOptions): Promise<AffiliateOffer[]>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferField, OfferContain, Offer>;
}
