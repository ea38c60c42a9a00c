// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/offer.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, Params, QueryBuilder } from "../../../src/runtime/types.js";
import type { Offer, OfferContain, OfferField } from "../models/offer.gen.js";
import type { SimpleOffer } from "../models/simple-offer.gen.js";

/** The Affiliate_Offer controller (`api.offers`, `api.controller('Affiliate_Offer')`). */
export interface AffiliateOfferManager {
    /** A low-level call to any Affiliate_Offer method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_Offer.acceptOfferTermsAndConditions (read: retried on failure). */
    acceptOfferTermsAndConditions(params: { readonly offer_id: Id }, options?: CallOptions): Promise<void>;
    /** HasOffers Affiliate_Offer.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferField, OfferContain>, options?: CallOptions): Promise<Offer[]>;
    /** HasOffers Affiliate_Offer.findAllFeaturedOfferIds (read: retried on failure). */
    findAllFeaturedOfferIds(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.findByCreativeType (read: retried on failure). */
    findByCreativeType(params: { readonly type: "file" | "image banner" | "flash banner" | "email creative" | "offer thumbnail" | "text ad" | "html ad" | "hidden" | "xml feed" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<OfferField, OfferContain>, options?: CallOptions): Promise<Offer | null>;
    /** HasOffers Affiliate_Offer.findMyApprovedOffers (read: retried on failure; typed from the supplement reference). */
    findMyApprovedOffers(params?: { readonly fields?: readonly OfferField[]; readonly filters?: FilterInput<OfferField>; readonly sort?: readonly ParamValue[]; readonly limit?: number; readonly page?: number }, options?: CallOptions): Promise<Offer[]>;
    /** HasOffers Affiliate_Offer.findMyOffers (read: retried on failure). */
    findMyOffers(params?: { readonly fields?: readonly OfferField[]; readonly filters?: FilterInput<OfferField>; readonly sort?: readonly ParamValue[]; readonly limit?: number; readonly page?: number }, options?: CallOptions): Promise<Offer[]>;
    /** HasOffers Affiliate_Offer.generateTrackingLink (read: retried on failure). */
    generateTrackingLink(params: { readonly offer_id: Id; readonly params?: Params; readonly options?: { readonly tiny_url?: boolean } }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.generateTrackingPixel (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    generateTrackingPixel(params: { readonly offer_id: Id; readonly params?: readonly ParamValue[]; readonly options?: readonly ParamValue[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.getApprovalQuestions (read: retried on failure). */
    getApprovalQuestions(params: { readonly offer_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.getCategories (read: retried on failure). */
    getCategories(params: { readonly ids: readonly Id[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.getGeoTargeting (read: retried on failure; parameters not documented, sent as given). */
    getGeoTargeting(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.getPayoutDetails (read: retried on failure). */
    getPayoutDetails(params: { readonly offer_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.getPixels (read: retried on failure). */
    getPixels(params: { readonly id: Id; readonly status?: "active" | "pending" | "rejected" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.getTargetCountries (read: retried on failure). */
    getTargetCountries(params: { readonly ids: readonly Id[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.getThumbnail (read: retried on failure). */
    getThumbnail(params: { readonly ids: readonly Id[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Offer.requestOfferAccess (write: never repeated after an unknown outcome). */
    requestOfferAccess(params: { readonly offer_id: Id; readonly answers?: readonly { readonly question_id: Id; readonly answer: string }[] }, options?: CallOptions): Promise<void>;
    /** HasOffers Affiliate_Offer.simpleSearch (read: retried on failure; typed from the 2013 reference). */
    simpleSearch(params?: { readonly search_string?: string }, options?: CallOptions): Promise<SimpleOffer[]>;
    /** A typed, immutable query builder over findMyApprovedOffers (its other params given here). */
    query(method: "findMyApprovedOffers", params?: Record<string, never>): QueryBuilder<OfferField, OfferContain, Offer>;
    /** A typed, immutable query builder over findMyOffers (its other params given here). */
    query(method: "findMyOffers", params?: Record<string, never>): QueryBuilder<OfferField, OfferContain, Offer>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferField, OfferContain, Offer>;
}
