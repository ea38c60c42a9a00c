// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/conversion.yaml.
// Change the YAML under schema/ and run the command again.

import { Model } from "../../src/runtime/model.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, GenericModel, NumericString } from "../../src/runtime/types.js";
import type { Advertiser } from "./advertiser.gen.js";
import type { Affiliate } from "./affiliate.gen.js";
import type { Country } from "./country.gen.js";
import type { OfferFile } from "./offer-file.gen.js";
import type { Offer } from "./offer.gen.js";

/** Conversion fields, named and valued as HasOffers sends them. */
export interface ConversionFields {
    /** integer, primary key */
    readonly id: string;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** datetime, required on create */
    readonly datetime: DateTimeString | null;
    /** decimal, required on create */
    readonly payout: NumericString | null;
    /** decimal, required on create */
    readonly revenue: NumericString | null;
    /** integer */
    readonly ad_id: NumericString | null;
    /** integer */
    readonly internal_ad_id: NumericString | null;
    /** integer */
    readonly advertiser_manager_id: NumericString | null;
    /** integer */
    readonly advertiser_id: NumericString | null;
    /** integer */
    readonly affiliate_manager_id: NumericString | null;
    /** integer */
    readonly goal_id: NumericString | null;
    /** integer */
    readonly creative_url_id: NumericString | null;
    /** integer */
    readonly customer_id: NumericString | null;
    /** string */
    readonly source: string | null;
    /** string */
    readonly affiliate_info1: string | null;
    /** string */
    readonly affiliate_info2: string | null;
    /** string */
    readonly affiliate_info3: string | null;
    /** string */
    readonly affiliate_info4: string | null;
    /** string */
    readonly affiliate_info5: string | null;
    /** string */
    readonly advertiser_info: string | null;
    /** datetime */
    readonly session_datetime: DateTimeString | null;
    /** boolean */
    readonly is_scrubed: BooleanFlag | null;
    /** string */
    readonly refer: string | null;
    /** string */
    readonly pixel_refer: string | null;
    /** string */
    readonly ip: string | null;
    /** string */
    readonly session_ip: string | null;
    /** enum */
    readonly status: "approved" | "pending" | "rejected" | null;
    /** integer */
    readonly status_code: NumericString | null;
    /** decimal */
    readonly sale_amount: NumericString | null;
    /** string */
    readonly user_agent: string | null;
    /** string */
    readonly country_code: string | null;
    /** integer */
    readonly browser_id: NumericString | null;
    /** boolean */
    readonly is_adjustment: BooleanFlag | null;
    /** integer */
    readonly ad_campaign_id: NumericString | null;
    /** integer */
    readonly ad_campaign_creative_id: NumericString | null;
    /** integer */
    readonly offer_file_id: NumericString | null;
    /** enum */
    readonly payout_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** enum */
    readonly revenue_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** string */
    readonly currency: string | null;
}

export type ConversionField = keyof ConversionFields & string;
export type ConversionContain = "Advertiser" | "AdvertiserManager" | "Affiliate" | "AffiliateManager" | "Browser" | "ConversionMeta" | "Country" | "CustomerList" | "Offer" | "OfferFile" | "OfferUrl" | "AdCampaign" | "AdCampaignCreative" | "RingRevenue";
export type ConversionWrite = { readonly [K in "affiliate_id" | "offer_id" | "datetime" | "payout" | "revenue" | "ad_id" | "internal_ad_id" | "advertiser_manager_id" | "advertiser_id" | "affiliate_manager_id" | "goal_id" | "creative_url_id" | "customer_id" | "source" | "affiliate_info1" | "affiliate_info2" | "affiliate_info3" | "affiliate_info4" | "affiliate_info5" | "advertiser_info" | "session_datetime" | "is_scrubed" | "refer" | "pixel_refer" | "ip" | "session_ip" | "status_code" | "sale_amount" | "user_agent" | "country_code" | "browser_id" | "is_adjustment" | "ad_campaign_id" | "ad_campaign_creative_id" | "offer_file_id" | "currency"]?: FieldInput } & { readonly status?: "approved" | "pending" | "rejected"; readonly payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm"; readonly revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" };

/** A Conversion as HasOffers returns it, with its contained relations and methods. */
export interface Conversion extends ConversionFields {
    /** Present when asked for with contain: ['Advertiser']. */
    readonly advertiser?: Advertiser | null;
    /** Present when asked for with contain: ['AdvertiserManager']. */
    readonly advertiserManager?: GenericModel | null;
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
    /** Present when asked for with contain: ['AffiliateManager']. */
    readonly affiliateManager?: GenericModel | null;
    /** Present when asked for with contain: ['Browser']. */
    readonly browser?: GenericModel[];
    /** Present when asked for with contain: ['ConversionMeta']. */
    readonly conversionMeta?: GenericModel[];
    /** Present when asked for with contain: ['Country']. */
    readonly country?: Country[];
    /** Present when asked for with contain: ['CustomerList']. */
    readonly customerList?: GenericModel | null;
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['OfferFile']. */
    readonly offerFile?: OfferFile | null;
    /** Present when asked for with contain: ['OfferUrl']. */
    readonly offerUrl?: GenericModel | null;
    /** Present when asked for with contain: ['AdCampaign']. */
    readonly adCampaign?: GenericModel | null;
    /** Present when asked for with contain: ['AdCampaignCreative']. */
    readonly adCampaignCreative?: GenericModel | null;
    /** Present when asked for with contain: ['RingRevenue']. */
    readonly ringRevenue?: GenericModel | null;
    /** Conversion.update with this Conversion's id as id. */
    update(data: ConversionWrite, options?: CallOptions): Promise<Conversion>;
}

export class Conversion extends Model {
    static override readonly modelName = "Conversion";
}
