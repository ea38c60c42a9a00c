// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/ad-manager.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, Id, LowLevelCall, ParamValue, Params, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { AdCampaignCreative, AdCampaignCreativeContain, AdCampaignCreativeField, AdCampaignCreativeWrite } from "../models/ad-campaign-creative.gen.js";
import type { AdCampaign, AdCampaignContain, AdCampaignField, AdCampaignWrite } from "../models/ad-campaign.gen.js";

/** The AdManager controller (`api.adManager`, `api.controller('AdManager')`). */
export interface AdManagerManager {
    /** A low-level call to any AdManager method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers AdManager.addCreative (write: never repeated after an unknown outcome). */
    addCreative(params: { readonly campaign_id: Id; readonly data: AdCampaignCreativeWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers AdManager.createCampaign (write: never repeated after an unknown outcome). */
    createCampaign(params: { readonly data: AdCampaignWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<AdCampaign | string>;
    /** HasOffers AdManager.findAllCampaigns (read: retried on failure). */
    findAllCampaigns(params?: { readonly filters?: FilterInput<AdCampaignField>; readonly sort?: SortSpec<AdCampaignField> | readonly SortSpec<AdCampaignField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AdCampaignField[]; readonly contain?: readonly AdCampaignContain[] }, options?: CallOptions): Promise<AdCampaign[]>;
    /** HasOffers AdManager.findAllCreatives (read: retried on failure). */
    findAllCreatives(params?: { readonly filters?: FilterInput<AdCampaignCreativeField>; readonly sort?: SortSpec<AdCampaignCreativeField> | readonly SortSpec<AdCampaignCreativeField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AdCampaignCreativeField[]; readonly contain?: readonly AdCampaignCreativeContain[] }, options?: CallOptions): Promise<AdCampaignCreative[]>;
    /** HasOffers AdManager.findCampaignById (read: retried on failure). */
    findCampaignById(params: { readonly id: Id; readonly fields?: readonly AdCampaignField[]; readonly contain?: readonly AdCampaignContain[] }, options?: CallOptions): Promise<AdCampaign | null>;
    /** HasOffers AdManager.findCreativeById (read: retried on failure). */
    findCreativeById(params: { readonly id: Id; readonly fields?: readonly AdCampaignCreativeField[]; readonly contain?: readonly AdCampaignCreativeContain[] }, options?: CallOptions): Promise<AdCampaignCreative | null>;
    /** HasOffers AdManager.getActiveNetworkCampaignCount (read: retried on failure). */
    getActiveNetworkCampaignCount(params?: { readonly affiliate_access?: number }, options?: CallOptions): Promise<number>;
    /** HasOffers AdManager.getCampaignCode (read: retried on failure). */
    getCampaignCode(params: { readonly campaign_id: Id; readonly affiliate_id: Id; readonly params?: Params; readonly options?: { readonly format?: "javascript" | "iframe" | "fbiframe" | "url"; readonly eredirect?: string; readonly redirect?: string } }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AdManager.getCampaignCreatives (read: retried on failure). */
    getCampaignCreatives(params: { readonly id: Id; readonly filters?: FilterInput<AdCampaignCreativeField>; readonly sort?: SortSpec<AdCampaignCreativeField> | readonly SortSpec<AdCampaignCreativeField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AdCampaignCreativeField[]; readonly contain?: readonly AdCampaignCreativeContain[] }, options?: CallOptions): Promise<AdCampaignCreative[]>;
    /** HasOffers AdManager.getUsage (read: retried on failure). */
    getUsage(params?: { readonly start_date?: string; readonly end_date?: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AdManager.setCreativeCustomWeights (write: never repeated after an unknown outcome). */
    setCreativeCustomWeights(params: { readonly data: Params }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AdManager.setCreativeWeights (write: never repeated after an unknown outcome). */
    setCreativeWeights(params: { readonly data: Params }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AdManager.updateCampaign (write: never repeated after an unknown outcome). */
    updateCampaign(params: { readonly id: Id; readonly data: AdCampaignWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<AdCampaign | null | boolean>;
    /** HasOffers AdManager.updateCampaignField (write: never repeated after an unknown outcome). */
    updateCampaignField(params: { readonly id: Id; readonly field: AdCampaignField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AdManager.updateCreative (write: never repeated after an unknown outcome). */
    updateCreative(params: { readonly creative_id: Id; readonly data: AdCampaignCreativeWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<AdCampaignCreative | null | boolean>;
    /** HasOffers AdManager.updateCreativeField (write: never repeated after an unknown outcome). */
    updateCreativeField(params: { readonly id: Id; readonly field: AdCampaignCreativeField; readonly value: string; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAllCampaigns (its other params given here). */
    query(method: "findAllCampaigns", params?: Record<string, never>): QueryBuilder<AdCampaignField, AdCampaignContain, AdCampaign>;
    /** A typed, immutable query builder over findAllCreatives (its other params given here). */
    query(method: "findAllCreatives", params?: Record<string, never>): QueryBuilder<AdCampaignCreativeField, AdCampaignCreativeContain, AdCampaignCreative>;
    /** A typed, immutable query builder over getCampaignCreatives (its other params given here). */
    query(method: "getCampaignCreatives", params: { readonly id: Id }): QueryBuilder<AdCampaignCreativeField, AdCampaignCreativeContain, AdCampaignCreative>;
}
