// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/stat-report.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** StatReport fields, named and valued as HasOffers sends them. */
export interface StatReportFields {
    /** string, read only, nullable */
    readonly "AdCampaign.name": string | null;
    /** string, read only, nullable */
    readonly "Advertiser.company": string | null;
    /** string, read only, nullable */
    readonly "AdvertiserManager.full_name": string | null;
    /** string, read only */
    readonly "Affiliate.company": string | null;
    /** string, read only, nullable */
    readonly "Affiliate.re_id": string | null;
    /** string, read only, nullable */
    readonly "AffiliateManager.full_name": string | null;
    /** string, read only, nullable */
    readonly "Browser.display_name": string | null;
    /** integer, read only, nullable */
    readonly "Category.id": NumericString | null;
    /** string, read only, nullable */
    readonly "Category.name": string | null;
    /** string, read only, nullable */
    readonly "Country.name": string | null;
    /** string, read only */
    readonly "Goal.name": string | null;
    /** string, read only */
    readonly "Offer.display_advertiser": string | null;
    /** string, read only */
    readonly "Offer.name": string | null;
    /** string, read only, nullable */
    readonly "Offer.ref_id": string | null;
    /** string, read only */
    readonly "OfferFile.display": string | null;
    /** string, read only */
    readonly "OfferUrl.name": string | null;
    /** string, read only */
    readonly "OfferUrl.preview_url": string | null;
    /** integer, read only */
    readonly "Stat.ad_campaign_creative_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.ad_campaign_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.advertiser_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.advertiser_manager_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.affiliate_count": NumericString | null;
    /** integer, read only */
    readonly "Stat.affiliate_id": NumericString | null;
    /** string, read only */
    readonly "Stat.affiliate_info1": string | null;
    /** string, read only */
    readonly "Stat.affiliate_info2": string | null;
    /** string, read only */
    readonly "Stat.affiliate_info3": string | null;
    /** string, read only */
    readonly "Stat.affiliate_info4": string | null;
    /** string, read only */
    readonly "Stat.affiliate_info5": string | null;
    /** integer, read only */
    readonly "Stat.affiliate_manager_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.browser_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.clicks": NumericString | null;
    /** integer, read only */
    readonly "Stat.conversions": NumericString | null;
    /** integer, read only */
    readonly "Stat.count": NumericString | null;
    /** string, read only */
    readonly "Stat.country_code": string | null;
    /** decimal, read only */
    readonly "Stat.cpa": NumericString | null;
    /** decimal, read only */
    readonly "Stat.cpc": NumericString | null;
    /** decimal, read only */
    readonly "Stat.cpm": NumericString | null;
    /** integer, read only */
    readonly "Stat.creative_url_id": NumericString | null;
    /** decimal, read only */
    readonly "Stat.ctr": NumericString | null;
    /** date, read only */
    readonly "Stat.date": DateTimeString | null;
    /** decimal, read only */
    readonly "Stat.epc": NumericString | null;
    /** decimal, read only */
    readonly "Stat.erpc": NumericString | null;
    /** integer, read only */
    readonly "Stat.goal_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.gross_clicks": NumericString | null;
    /** decimal, read only */
    readonly "Stat.gross_ctr": NumericString | null;
    /** integer, read only */
    readonly "Stat.hour": NumericString | null;
    /** integer, read only */
    readonly "Stat.impressions": NumericString | null;
    /** decimal, read only */
    readonly "Stat.ltr": NumericString | null;
    /** integer, read only */
    readonly "Stat.month": NumericString | null;
    /** integer, read only */
    readonly "Stat.offer_count": NumericString | null;
    /** integer, read only */
    readonly "Stat.offer_file_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.offer_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.offer_url_id": NumericString | null;
    /** decimal, read only */
    readonly "Stat.payout": NumericString | null;
    /** enum, read only */
    readonly "Stat.payout_type": "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** decimal, read only */
    readonly "Stat.profit": NumericString | null;
    /** decimal, read only */
    readonly "Stat.revenue": NumericString | null;
    /** enum, read only */
    readonly "Stat.revenue_type": "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** decimal, read only */
    readonly "Stat.rpa": NumericString | null;
    /** decimal, read only */
    readonly "Stat.rpc": NumericString | null;
    /** decimal, read only */
    readonly "Stat.rpm": NumericString | null;
    /** decimal, read only */
    readonly "Stat.sale_amount": NumericString | null;
    /** string, read only */
    readonly "Stat.source": string | null;
    /** integer, read only */
    readonly "Stat.unique_clicks": NumericString | null;
    /** decimal, read only */
    readonly "Stat.unique_ctr": NumericString | null;
    /** integer, read only */
    readonly "Stat.week": NumericString | null;
    /** integer, read only */
    readonly "Stat.year": NumericString | null;
}

export type StatReportField = keyof StatReportFields & string;
export type StatReportContain = never;
export type StatReportWrite = Record<string, never>;

/** A StatReport as HasOffers returns it, with its contained relations and methods. */
export interface StatReport extends Model, StatReportFields {
}

/** StatReport fields as a report decodes them: numbers for integer and decimal fields, strings for the rest. */
export interface StatReportTypes {
    readonly "AdCampaign.name": string | null;
    readonly "Advertiser.company": string | null;
    readonly "AdvertiserManager.full_name": string | null;
    readonly "Affiliate.company": string | null;
    readonly "Affiliate.re_id": string | null;
    readonly "AffiliateManager.full_name": string | null;
    readonly "Browser.display_name": string | null;
    readonly "Category.id": number;
    readonly "Category.name": string | null;
    readonly "Country.name": string | null;
    readonly "Goal.name": string | null;
    readonly "Offer.display_advertiser": string | null;
    readonly "Offer.name": string | null;
    readonly "Offer.ref_id": string | null;
    readonly "OfferFile.display": string | null;
    readonly "OfferUrl.name": string | null;
    readonly "OfferUrl.preview_url": string | null;
    readonly "Stat.ad_campaign_creative_id": number | null;
    readonly "Stat.ad_campaign_id": number | null;
    readonly "Stat.advertiser_id": number | null;
    readonly "Stat.advertiser_manager_id": number | null;
    readonly "Stat.affiliate_count": number;
    readonly "Stat.affiliate_id": number | null;
    readonly "Stat.affiliate_info1": string | null;
    readonly "Stat.affiliate_info2": string | null;
    readonly "Stat.affiliate_info3": string | null;
    readonly "Stat.affiliate_info4": string | null;
    readonly "Stat.affiliate_info5": string | null;
    readonly "Stat.affiliate_manager_id": number | null;
    readonly "Stat.browser_id": number | null;
    readonly "Stat.clicks": number;
    readonly "Stat.conversions": number;
    readonly "Stat.count": number;
    readonly "Stat.country_code": string | null;
    readonly "Stat.cpa": number;
    readonly "Stat.cpc": number;
    readonly "Stat.cpm": number;
    readonly "Stat.creative_url_id": number | null;
    readonly "Stat.ctr": number;
    readonly "Stat.date": string | null;
    readonly "Stat.epc": number;
    readonly "Stat.erpc": number;
    readonly "Stat.goal_id": number | null;
    readonly "Stat.gross_clicks": number;
    readonly "Stat.gross_ctr": number;
    readonly "Stat.hour": number;
    readonly "Stat.impressions": number;
    readonly "Stat.ltr": number;
    readonly "Stat.month": number;
    readonly "Stat.offer_count": number;
    readonly "Stat.offer_file_id": number | null;
    readonly "Stat.offer_id": number | null;
    readonly "Stat.offer_url_id": number | null;
    readonly "Stat.payout": number;
    readonly "Stat.payout_type": string | null;
    readonly "Stat.profit": number;
    readonly "Stat.revenue": number;
    readonly "Stat.revenue_type": string | null;
    readonly "Stat.rpa": number;
    readonly "Stat.rpc": number;
    readonly "Stat.rpm": number;
    readonly "Stat.sale_amount": number;
    readonly "Stat.source": string | null;
    readonly "Stat.unique_clicks": number;
    readonly "Stat.unique_ctr": number;
    readonly "Stat.week": number;
    readonly "Stat.year": number;
}

/** The StatReport class (for instanceof), made by the runtime from the table. */
export const StatReport: ModelClass<StatReport> = modelClass<StatReport>(MODEL_CLASSES, "StatReport");
