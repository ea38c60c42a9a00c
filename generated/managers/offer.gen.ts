// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/offer.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, FindAllIdsOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, Params, QueryBuilder, SortSpec, TrackingLink, TrackingLinkOptions } from "../../src/runtime/types.js";
import type { AffiliateOffer, AffiliateOfferContain, AffiliateOfferField } from "../models/affiliate-offer.gen.js";
import type { AffiliateField } from "../models/affiliate.gen.js";
import type { Country } from "../models/country.gen.js";
import type { OfferCategory } from "../models/offer-category.gen.js";
import type { OfferConversionCapWrite } from "../models/offer-conversion-cap.gen.js";
import type { OfferFile } from "../models/offer-file.gen.js";
import type { OfferPayout, OfferPayoutContain, OfferPayoutField } from "../models/offer-payout.gen.js";
import type { Offer, OfferContain, OfferField, OfferWrite } from "../models/offer.gen.js";
import type { SignupAnswerWrite } from "../models/signup-answer.gen.js";
import type { SignupQuestionWrite } from "../models/signup-question.gen.js";
import type { SimpleOffer, SimpleOfferContain, SimpleOfferField } from "../models/simple-offer.gen.js";

/** The Offer controller (`api.offers`, `api.controller('Offer')`). */
export interface OfferManager {
    /** A low-level call to any Offer method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Offer.addApprovalQuestion (write: never repeated after an unknown outcome). */
    addApprovalQuestion(params: { readonly data: SignupQuestionWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Offer.addCategory (write: never repeated after an unknown outcome). */
    addCategory(id: Id, category_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.addGeoTargeting (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    addGeoTargeting(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.addGroup (write: never repeated after an unknown outcome). */
    addGroup(params: { readonly id: Id; readonly group_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.addTargetBrowser (write: never repeated after an unknown outcome). */
    addTargetBrowser(params: { readonly id: Id; readonly browser_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.addTargetCountry (write: never repeated after an unknown outcome). */
    addTargetCountry(id: Id, country_code: string, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.addTargetCountryRegion (write: never repeated after an unknown outcome). */
    addTargetCountryRegion(params: { readonly id: Id; readonly country_code: string; readonly region_code?: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.blockAffiliate (write: never repeated after an unknown outcome). */
    blockAffiliate(id: Id, affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.create (write: never repeated after an unknown outcome). */
    create(data: OfferWrite, options?: CallOptions): Promise<Offer>;
    /** HasOffers Offer.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferField, OfferContain>, options?: CallOptions): Promise<Offer[]>;
    /** HasOffers Offer.findAllAffiliateApprovals (read: retried on failure; typed from the supplement reference). */
    findAllAffiliateApprovals(query?: FindAllOptions<AffiliateOfferField, AffiliateOfferContain>, options?: CallOptions): Promise<AffiliateOffer[]>;
    /** HasOffers Offer.findAllAffiliateSettings (read: retried on failure; typed from the 2013 reference). */
    findAllAffiliateSettings(params?: { readonly filters?: FilterInput<OfferPayoutField>; readonly sort?: SortSpec<OfferPayoutField> | readonly SortSpec<OfferPayoutField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly OfferPayoutField[] }, options?: CallOptions): Promise<OfferPayout[]>;
    /** HasOffers Offer.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly OfferField[]; readonly contain?: readonly OfferContain[] }, options?: CallOptions): Promise<Offer[]>;
    /** HasOffers Offer.findAllFeaturedOfferIds (read: retried on failure). */
    findAllFeaturedOfferIds(params?: { readonly ids?: readonly Id[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.findAllIds (read: retried on failure). */
    findAllIds(query?: FindAllIdsOptions<OfferField>, options?: CallOptions): Promise<string[]>;
    /** HasOffers Offer.findAllIdsByAdvertiserId (read: retried on failure). */
    findAllIdsByAdvertiserId(params: { readonly advertiser_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.findAllIdsByAffiliateId (read: retried on failure). */
    findAllIdsByAffiliateId(params: { readonly affiliate_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.findAllOfferAffiliateBlocks (read: retried on failure; parameters not documented, sent as given). */
    findAllOfferAffiliateBlocks(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.findAllOptimizerExcludedOffers (read: retried on failure; parameters not documented, sent as given). */
    findAllOptimizerExcludedOffers(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.findAllPendingAffiliateApprovals (read: retried on failure). */
    findAllPendingAffiliateApprovals(params?: { readonly filters?: FilterInput<AffiliateOfferField>; readonly sort?: SortSpec<AffiliateOfferField> | readonly SortSpec<AffiliateOfferField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AffiliateOfferField[] }, options?: CallOptions): Promise<AffiliateOffer[]>;
    /** HasOffers Offer.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<OfferField, OfferContain>, options?: CallOptions): Promise<Offer | null>;
    /** HasOffers Offer.generateTrackingLink (read: retried on failure). */
    generateTrackingLink(offer_id: Id, affiliate_id: Id, options?: TrackingLinkOptions, callOptions?: CallOptions): Promise<TrackingLink>;
    /** HasOffers Offer.generateTrackingPixel (read: retried on failure). */
    generateTrackingPixel(params: { readonly offer_id: Id; readonly params?: { readonly adv_sub?: string; readonly affiliate_id?: Id; readonly amount?: string; readonly device_id?: string; readonly mobile_ip?: string; readonly provided_id?: string; readonly test?: string; readonly transaction_id?: string }; readonly options?: { readonly tiny_url?: boolean } }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getAffiliateApplicationNote (read: retried on failure). */
    getAffiliateApplicationNote(params: { readonly id: Id; readonly affiliate_id: Id }, options?: CallOptions): Promise<string>;
    /** HasOffers Offer.getAffiliateApprovalStatus (read: retried on failure). */
    getAffiliateApprovalStatus(id: Id, affiliate_id: Id, options?: CallOptions): Promise<string>;
    /** HasOffers Offer.getAffiliateHostnames (read: retried on failure). */
    getAffiliateHostnames(params: { readonly id: Id; readonly status?: "active" | "deleted" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getAffiliatePayment (read: retried on failure). */
    getAffiliatePayment(params: { readonly offer_id: Id; readonly affiliate_id: Id; readonly goal_id?: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getAffiliatePayout (read: retried on failure). */
    getAffiliatePayout(params: { readonly id: Id; readonly affiliate_id: Id; readonly goal_id?: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getAffiliateRevenue (read: retried on failure). */
    getAffiliateRevenue(params: { readonly id: Id; readonly affiliate_id: Id; readonly goal_id?: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getAffiliateTermsDate (read: retried on failure; typed from the 2013 reference). */
    getAffiliateTermsDate(params: { readonly id: Id; readonly affiliate_id: Id }, options?: CallOptions): Promise<string>;
    /** HasOffers Offer.getAllAffiliateAccessByOffer (read: retried on failure; parameters not documented, sent as given). */
    getAllAffiliateAccessByOffer(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getApprovalAnswers (read: retried on failure). */
    getApprovalAnswers(params: { readonly id: Id; readonly affiliate_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getApprovalQuestions (read: retried on failure). */
    getApprovalQuestions(params?: { readonly id?: Id; readonly status?: "active" | "paused" | "deleted" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getApprovedAffiliateIds (read: retried on failure). */
    getApprovedAffiliateIds(id: Id, options?: CallOptions): Promise<string[]>;
    /** HasOffers Offer.getBlockedAffiliateIds (read: retried on failure). */
    getBlockedAffiliateIds(id: Id, options?: CallOptions): Promise<string[]>;
    /** HasOffers Offer.getCategories (read: retried on failure). */
    getCategories(id: Id, options?: CallOptions): Promise<OfferCategory[]>;
    /** HasOffers Offer.getConversionCaps (read: retried on failure). */
    getConversionCaps(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getCustomerList (read: retried on failure). */
    getCustomerList(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getGeoTargeting (read: retried on failure; parameters not documented, sent as given). */
    getGeoTargeting(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getGroups (read: retried on failure). */
    getGroups(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getOfferFiles (read: retried on failure). */
    getOfferFiles(params: { readonly id: Id; readonly status?: "active" | "pending" | "deleted" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getOfferFilesWithCreativeCode (read: retried on failure). */
    getOfferFilesWithCreativeCode(offer_id: Id, affiliate_id: Id, options?: CallOptions): Promise<OfferFile[]>;
    /** HasOffers Offer.getOfferListByGroupId (read: retried on failure). */
    getOfferListByGroupId(params: { readonly group_id: Id; readonly limit?: number; readonly page?: number }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getOfferUrls (read: retried on failure). */
    getOfferUrls(params: { readonly id: Id; readonly status?: "active" | "deleted" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getOverview (read: retried on failure). */
    getOverview(params?: { readonly offer_filters?: FilterInput<OfferField>; readonly affiliate_filters?: FilterInput<AffiliateField> }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getPayoutAndRevenueFactorsForAffiliate (read: retried on failure; parameters not documented, sent as given). */
    getPayoutAndRevenueFactorsForAffiliate(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getPayouts (read: retried on failure). */
    getPayouts(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getPixels (read: retried on failure). */
    getPixels(params: { readonly id: Id; readonly status?: "active" | "pending" | "deleted" | "rejected" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getRevenues (read: retried on failure). */
    getRevenues(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getTargetBrowsers (read: retried on failure). */
    getTargetBrowsers(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getTargetCountries (read: retried on failure). */
    getTargetCountries(id: Id, options?: CallOptions): Promise<Country[]>;
    /** HasOffers Offer.getThumbnail (read: retried on failure). */
    getThumbnail(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getTierPayouts (read: retried on failure). */
    getTierPayouts(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getTierRevenues (read: retried on failure). */
    getTierRevenues(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.getUnapprovedAffiliateIds (read: retried on failure). */
    getUnapprovedAffiliateIds(id: Id, options?: CallOptions): Promise<string[]>;
    /** HasOffers Offer.getUnblockedAffiliateIds (read: retried on failure; typed from the 2013 reference). */
    getUnblockedAffiliateIds(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.removeAllGeoTargeting (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    removeAllGeoTargeting(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.removeCategory (write: never repeated after an unknown outcome). */
    removeCategory(params: { readonly id: Id; readonly category_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.removeConversionCap (write: never repeated after an unknown outcome). */
    removeConversionCap(params: { readonly id: Id; readonly affiliate_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.removeGeoTargeting (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    removeGeoTargeting(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.removeGroup (write: never repeated after an unknown outcome). */
    removeGroup(params: { readonly id: Id; readonly group_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.removePayout (write: never repeated after an unknown outcome). */
    removePayout(params: { readonly id: Id; readonly affiliate_id: Id; readonly goal_id?: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.removeRevenue (write: never repeated after an unknown outcome). */
    removeRevenue(params: { readonly id: Id; readonly affiliate_id: Id; readonly goal_id?: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.removeTargetBrowser (write: never repeated after an unknown outcome). */
    removeTargetBrowser(params: { readonly id: Id; readonly browser_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.removeTargetCountry (write: never repeated after an unknown outcome). */
    removeTargetCountry(params: { readonly id: Id; readonly country_code?: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.removeTargetCountryRegion (write: never repeated after an unknown outcome). */
    removeTargetCountryRegion(params: { readonly id: Id; readonly country_code: string; readonly region_code?: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.removeTierPayout (write: never repeated after an unknown outcome). */
    removeTierPayout(params: { readonly id: Id; readonly affiliate_tier_id: Id; readonly goal_id?: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.removeTierRevenue (write: never repeated after an unknown outcome). */
    removeTierRevenue(params: { readonly id: Id; readonly affiliate_tier_id: Id; readonly goal_id?: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.saveApprovalQuestionAnswer (write: never repeated after an unknown outcome). */
    saveApprovalQuestionAnswer(params: { readonly id: Id; readonly affiliate_id: Id; readonly data: SignupAnswerWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Offer.setAffiliateHostname (write: never repeated after an unknown outcome). */
    setAffiliateHostname(params: { readonly id: Id; readonly affiliate_id: Id; readonly hostname_id?: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.setAffiliateTermsDate (write: never repeated after an unknown outcome). */
    setAffiliateTermsDate(params: { readonly id: Id; readonly affiliate_id: Id; readonly date?: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.setCategories (write: never repeated after an unknown outcome). */
    setCategories(params: { readonly id: Id; readonly category_ids: readonly ParamValue[] }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.setConversionCap (write: never repeated after an unknown outcome). */
    setConversionCap(params: { readonly id: Id; readonly data: OfferConversionCapWrite }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.setGeoTargeting (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    setGeoTargeting(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.setGroups (write: never repeated after an unknown outcome). */
    setGroups(params: { readonly id: Id; readonly group_ids: readonly ParamValue[] }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.setMultipleAffiliateApprovals (write: never repeated after an unknown outcome). */
    setMultipleAffiliateApprovals(params: { readonly data: readonly { readonly offer_id: Id; readonly affiliate_id: string; readonly approval_status: "approved" | "pending" | "rejected"; readonly note?: string }[] }, options?: CallOptions): Promise<AffiliateOffer | null>;
    /** HasOffers Offer.setPayout (write: never repeated after an unknown outcome). */
    setPayout(params: { readonly id: Id; readonly affiliate_id: Id; readonly payout?: number; readonly percent_payout?: number; readonly goal_id?: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.setRevenue (write: never repeated after an unknown outcome). */
    setRevenue(params: { readonly id: Id; readonly affiliate_id: Id; readonly revenue?: number; readonly percent_revenue?: number; readonly goal_id?: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.setTargetBrowsers (write: never repeated after an unknown outcome). */
    setTargetBrowsers(params: { readonly id: Id; readonly browser_ids?: readonly Id[] }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.setTargetCountries (write: never repeated after an unknown outcome). */
    setTargetCountries(params: { readonly id: Id; readonly country_codes?: readonly string[] }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.setTierPayout (write: never repeated after an unknown outcome). */
    setTierPayout(params: { readonly id: Id; readonly affiliate_tier_id: Id; readonly payout?: number; readonly percent_payout?: number; readonly goal_id?: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.setTierRevenue (write: never repeated after an unknown outcome). */
    setTierRevenue(params: { readonly id: Id; readonly affiliate_tier_id: Id; readonly revenue?: number; readonly percent_revenue?: number; readonly goal_id?: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.simpleFind (read: retried on failure; typed from the 2013 reference). */
    simpleFind(params: { readonly filters?: FilterInput<SimpleOfferField>; readonly sort?: SortSpec<SimpleOfferField> | readonly SortSpec<SimpleOfferField>[]; readonly limit: number; readonly page: number; readonly fields?: readonly SimpleOfferField[] }, options?: CallOptions): Promise<SimpleOffer[]>;
    /** HasOffers Offer.simpleSearch (read: retried on failure; typed from the 2013 reference). */
    simpleSearch(params?: { readonly filters?: readonly string[]; readonly fields?: readonly string[]; readonly limit?: number; readonly page?: number; readonly sort?: readonly string[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.unblockAffiliate (write: never repeated after an unknown outcome). */
    unblockAffiliate(id: Id, affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: OfferWrite, options?: CallOptions): Promise<Offer>;
    /** HasOffers Offer.updateApprovalQuestion (write: never repeated after an unknown outcome). */
    updateApprovalQuestion(params: { readonly question_id: Id; readonly data: SignupQuestionWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Offer.updateByRefId (write: never repeated after an unknown outcome). */
    updateByRefId(params: { readonly ref_id: string; readonly data: OfferWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<Offer | null | boolean>;
    /** HasOffers Offer.updateField (read: retried on failure). */
    updateField(params: { readonly id: Id; readonly field: OfferField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Offer.setAffiliateApproval (write: never repeated after an unknown outcome). */
    setAffiliateApprovalStatus(id: Id, affiliate_id: Id, status: string, options?: CallOptions): Promise<AffiliateOffer | boolean>;
    /** A typed, immutable query builder over findAllAffiliateSettings (its other params given here). */
    query(method: "findAllAffiliateSettings", params?: Record<string, never>): QueryBuilder<OfferPayoutField, OfferPayoutContain, OfferPayout>;
    /** A typed, immutable query builder over findAllPendingAffiliateApprovals (its other params given here). */
    query(method: "findAllPendingAffiliateApprovals", params?: Record<string, never>): QueryBuilder<AffiliateOfferField, AffiliateOfferContain, AffiliateOffer>;
    /** A typed, immutable query builder over simpleFind (its other params given here). */
    query(method: "simpleFind", params?: Record<string, never>): QueryBuilder<SimpleOfferField, SimpleOfferContain, SimpleOffer>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferField, OfferContain, Offer>;
}
