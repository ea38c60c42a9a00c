// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/conversion.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { AdCampaignCreative } from "./ad-campaign-creative.gen.js";
import type { AdCampaign } from "./ad-campaign.gen.js";
import type { Advertiser } from "./advertiser.gen.js";
import type { Affiliate } from "./affiliate.gen.js";
import type { Browser } from "./browser.gen.js";
import type { ConversionMeta } from "./conversion-meta.gen.js";
import type { Country } from "./country.gen.js";
import type { CustomerList } from "./customer-list.gen.js";
import type { Employee } from "./employee.gen.js";
import type { Goal } from "./goal.gen.js";
import type { OfferFile } from "./offer-file.gen.js";
import type { OfferUrl } from "./offer-url.gen.js";
import type { Offer } from "./offer.gen.js";
import type { RingRevenue } from "./ring-revenue.gen.js";

/** Conversion fields, named and valued as HasOffers sends them. */
export interface ConversionFields {
    /** integer */
    readonly ad_campaign_creative_id: NumericString | null;
    /** integer */
    readonly ad_campaign_id: NumericString | null;
    /** string, nullable */
    readonly ad_id: string | null;
    /** integer */
    readonly advertiser_id: NumericString | null;
    /** string, nullable */
    readonly advertiser_info: string | null;
    /** integer */
    readonly advertiser_manager_id: NumericString | null;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** string, nullable */
    readonly affiliate_info1: string | null;
    /** string, nullable */
    readonly affiliate_info2: string | null;
    /** string, nullable */
    readonly affiliate_info3: string | null;
    /** string, nullable */
    readonly affiliate_info4: string | null;
    /** string, nullable */
    readonly affiliate_info5: string | null;
    /** integer */
    readonly affiliate_manager_id: NumericString | null;
    /** integer */
    readonly browser_id: NumericString | null;
    /** string, nullable */
    readonly country_code: string | null;
    /** integer */
    readonly creative_url_id: NumericString | null;
    /** string, nullable */
    readonly currency: string | null;
    /** integer */
    readonly customer_id: NumericString | null;
    /** datetime, required on create */
    readonly datetime: DateTimeString | null;
    /** integer */
    readonly goal_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, nullable */
    readonly internal_ad_id: string | null;
    /** string, nullable */
    readonly ip: string | null;
    /** boolean, nullable */
    readonly is_adjustment: BooleanFlag | null;
    /** integer */
    readonly offer_file_id: NumericString | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** decimal, required on create */
    readonly payout: NumericString | null;
    /** enum */
    readonly payout_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** string, nullable */
    readonly pixel_refer: string | null;
    /** string, nullable */
    readonly refer: string | null;
    /** decimal, required on create */
    readonly revenue: NumericString | null;
    /** enum */
    readonly revenue_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** decimal, nullable */
    readonly sale_amount: NumericString | null;
    /** datetime, nullable */
    readonly session_datetime: DateTimeString | null;
    /** string, nullable */
    readonly session_ip: string | null;
    /** string, nullable */
    readonly source: string | null;
    /** enum */
    readonly status: "approved" | "pending" | "rejected" | null;
    /** integer */
    readonly status_code: NumericString | null;
    /** string, nullable */
    readonly user_agent: string | null;
    /** integer, named by the 2013 reference only: may be absent */
    readonly file_upload_id?: NumericString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly preview_status?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly file_row?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly action?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly affected_rows?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly message?: string | null;
    /** integer, named by the 2013 reference only: may be absent */
    readonly conversion_id?: NumericString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly note?: string | null;
    /** boolean */
    readonly is_scrubed: BooleanFlag | null;
}

export type ConversionField = keyof ConversionFields & string;
export type ConversionContain = "Advertiser" | "AdvertiserManager" | "Affiliate" | "AffiliateManager" | "Browser" | "ConversionMeta" | "Country" | "CustomerList" | "Offer" | "Goal" | "OfferFile" | "OfferUrl" | "AdCampaign" | "AdCampaignCreative" | "RingRevenue";
export type ConversionWrite = { readonly [K in "ad_campaign_creative_id" | "ad_campaign_id" | "ad_id" | "advertiser_id" | "advertiser_info" | "advertiser_manager_id" | "affiliate_id" | "affiliate_info1" | "affiliate_info2" | "affiliate_info3" | "affiliate_info4" | "affiliate_info5" | "affiliate_manager_id" | "browser_id" | "country_code" | "creative_url_id" | "currency" | "customer_id" | "datetime" | "goal_id" | "internal_ad_id" | "ip" | "is_adjustment" | "offer_file_id" | "offer_id" | "payout" | "pixel_refer" | "refer" | "revenue" | "sale_amount" | "session_datetime" | "session_ip" | "source" | "status_code" | "user_agent" | "file_upload_id" | "preview_status" | "file_row" | "action" | "affected_rows" | "message" | "conversion_id" | "note" | "is_scrubed"]?: FieldInput } & { readonly payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm"; readonly revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm"; readonly status?: "approved" | "pending" | "rejected" };

/** A Conversion as HasOffers returns it, with its contained relations and methods. */
export interface Conversion extends Model, ConversionFields {
    /** Present when asked for with contain: ['Advertiser']. */
    readonly advertiser?: Advertiser | null;
    /** Present when asked for with contain: ['AdvertiserManager']. */
    readonly advertiserManager?: Employee | null;
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
    /** Present when asked for with contain: ['AffiliateManager']. */
    readonly affiliateManager?: Employee | null;
    /** Present when asked for with contain: ['Browser']. */
    readonly browser?: Browser[];
    /** Present when asked for with contain: ['ConversionMeta']. */
    readonly conversionMeta?: ConversionMeta[];
    /** Present when asked for with contain: ['Country']. */
    readonly country?: Country[];
    /** Present when asked for with contain: ['CustomerList']. */
    readonly customerList?: CustomerList | null;
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['Goal']. */
    readonly goal?: Goal | null;
    /** Present when asked for with contain: ['OfferFile']. */
    readonly offerFile?: OfferFile | null;
    /** Present when asked for with contain: ['OfferUrl']. */
    readonly offerUrl?: OfferUrl | null;
    /** Present when asked for with contain: ['AdCampaign']. */
    readonly adCampaign?: AdCampaign | null;
    /** Present when asked for with contain: ['AdCampaignCreative']. */
    readonly adCampaignCreative?: AdCampaignCreative | null;
    /** Present when asked for with contain: ['RingRevenue']. */
    readonly ringRevenue?: RingRevenue | null;
    /** Conversion.update with this Conversion's id as id. */
    update(data: ConversionWrite, options?: CallOptions): Promise<Conversion>;
}

/** The Conversion class (for instanceof), made by the runtime from the table. */
export const Conversion: ModelClass<Conversion> = modelClass<Conversion>(MODEL_CLASSES, "Conversion");
