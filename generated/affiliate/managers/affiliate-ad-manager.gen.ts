// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/ad-manager.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, Id, LowLevelCall, Params, QueryBuilder, SortSpec } from "../../../src/runtime/types.js";
import type { AdCampaignCreative, AdCampaignCreativeContain, AdCampaignCreativeField, AdCampaignCreativeWrite } from "../models/ad-campaign-creative.gen.js";
import type { AdCampaign, AdCampaignContain, AdCampaignField, AdCampaignWrite } from "../models/ad-campaign.gen.js";

/** The Affiliate_AdManager controller (`api.adManager`, `api.controller('Affiliate_AdManager')`). */
export interface AffiliateAdManagerManager {
    /** A low-level call to any Affiliate_AdManager method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_AdManager.addCreative (write: never repeated after an unknown outcome). */
    addCreative(params: { readonly campaign_id: Id; readonly data: AdCampaignCreativeWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Affiliate_AdManager.createCampaign (write: never repeated after an unknown outcome). */
    createCampaign(params: { readonly data: AdCampaignWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Affiliate_AdManager.findAllCampaigns (read: retried on failure). */
    findAllCampaigns(params?: { readonly filters?: FilterInput<AdCampaignField>; readonly sort?: SortSpec<AdCampaignField> | readonly SortSpec<AdCampaignField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AdCampaignField[] }, options?: CallOptions): Promise<AdCampaign[]>;
    /** HasOffers Affiliate_AdManager.findAllCreatives (read: retried on failure). */
    findAllCreatives(params?: { readonly filters?: FilterInput<AdCampaignCreativeField> }, options?: CallOptions): Promise<AdCampaignCreative[]>;
    /** HasOffers Affiliate_AdManager.findCampaignById (read: retried on failure). */
    findCampaignById(params: { readonly id: Id; readonly fields?: readonly AdCampaignField[] }, options?: CallOptions): Promise<AdCampaign | null>;
    /** HasOffers Affiliate_AdManager.getCampaignCode (read: retried on failure). */
    getCampaignCode(params: { readonly campaign_id: Id; readonly params?: Params; readonly options?: { readonly format?: "javascript" | "iframe" | "fbiframe" | "url"; readonly eredirect?: string; readonly redirect?: string } }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_AdManager.getCampaignCreatives (read: retried on failure). */
    getCampaignCreatives(params: { readonly id: Id; readonly filters?: FilterInput<AdCampaignCreativeField>; readonly sort?: SortSpec<AdCampaignCreativeField> | readonly SortSpec<AdCampaignCreativeField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AdCampaignCreativeField[] }, options?: CallOptions): Promise<AdCampaignCreative[]>;
    /** HasOffers Affiliate_AdManager.updateCampaign (write: never repeated after an unknown outcome). */
    updateCampaign(params: { readonly id: Id; readonly data: AdCampaignWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_AdManager.updateCreativeField (write: never repeated after an unknown outcome). */
    updateCreativeField(params: { readonly id: Id; readonly field: AdCampaignCreativeField; readonly value: string }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAllCampaigns (its other params given here). */
    query(method: "findAllCampaigns", params?: Record<string, never>): QueryBuilder<AdCampaignField, AdCampaignContain, AdCampaign>;
    /** A typed, immutable query builder over findAllCreatives (its other params given here). */
    query(method: "findAllCreatives", params?: Record<string, never>): QueryBuilder<AdCampaignCreativeField, AdCampaignCreativeContain, AdCampaignCreative>;
    /** A typed, immutable query builder over getCampaignCreatives (its other params given here). */
    query(method: "getCampaignCreatives", params: { readonly id: Id }): QueryBuilder<AdCampaignCreativeField, AdCampaignCreativeContain, AdCampaignCreative>;
}
