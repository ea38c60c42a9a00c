// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/report.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, Id, LowLevelCall, ReportBuilder } from "../../src/runtime/types.js";
import type { AffiliateCommissionReportTypes } from "../models/affiliate-commission-report.gen.js";
import type { ConversionReportTypes } from "../models/conversion-report.gen.js";
import type { ManagerCommissionReportTypes } from "../models/manager-commission-report.gen.js";
import type { ReferralReportTypes } from "../models/referral-report.gen.js";
import type { ServerLogsReportTypes } from "../models/server-logs-report.gen.js";
import type { StatReportTypes } from "../models/stat-report.gen.js";
import type { SubscriptionReportTypes } from "../models/subscription-report.gen.js";

/** The Report controller (`api.reports`, `api.controller('Report')`). */
export interface ReportManager {
    /** A low-level call to any Report method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Report.getActiveCurrencies (read: retried on failure). */
    getActiveCurrencies(params?: { readonly advertiser_id?: Id; readonly affiliate_id?: Id }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable report builder over HasOffers Report.getAffiliateCommissions (read: retried on failure). */
    getAffiliateCommissions(): ReportBuilder<AffiliateCommissionReportTypes, "Affiliate.company" | "AffiliateManager.full_name" | "ReferredAffiliate.company" | "Stat.affiliate_id" | "Stat.date" | "Stat.rate" | "Stat.rate_type" | "Stat.referral_id">;
    /** A typed, immutable report builder over HasOffers Report.getConversions (read: retried on failure). */
    getConversions(): ReportBuilder<ConversionReportTypes, "Advertiser.company" | "AdvertiserManager.full_name" | "Affiliate.company" | "AffiliateManager.full_name" | "Browser.display_name" | "Country.name" | "Customer.provided_id" | "Goal.name" | "OfferCreativeUrl.name" | "Offer.name" | "OfferUrl.name" | "Stat.advertiser_id" | "Stat.advertiser_manager_id" | "Stat.affiliate_id" | "Stat.affiliate_info" | "Stat.affiliate_info1" | "Stat.affiliate_info2" | "Stat.affiliate_info3" | "Stat.affiliate_info4" | "Stat.affiliate_info5" | "Stat.affiliate_manager_id" | "Stat.browser_id" | "Stat.country_code" | "Stat.creative_url_id" | "Stat.currency" | "Stat.date" | "Stat.goal_id" | "Stat.hour" | "Stat.month" | "Stat.offer_id" | "Stat.offer_url_id" | "Stat.payout_type" | "Stat.revenue_type" | "Stat.source" | "Stat.week" | "Stat.year">;
    /** A typed, immutable report builder over HasOffers Report.getManagerCommissions (read: retried on failure). */
    getManagerCommissions(): ReportBuilder<ManagerCommissionReportTypes, "AffiliateManager.full_name" | "Stat.affiliate_manager_id" | "Stat.commission_type" | "Stat.date">;
    /** A typed, immutable report builder over HasOffers Report.getModSummaryLogs (read: retried on failure). */
    getModSummaryLogs(): ReportBuilder<ServerLogsReportTypes, "Affiliate.company" | "ModSummaryLog.action" | "ModSummaryLog.affiliate_id" | "ModSummaryLog.date" | "ModSummaryLog.message" | "ModSummaryLog.offer_id" | "ModSummaryLog.type" | "Offer.name">;
    /** HasOffers Report.getOverview (read: retried on failure; typed from the 2013 reference). */
    getOverview(params?: { readonly filters?: readonly string[] }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable report builder over HasOffers Report.getReferrals (read: retried on failure). */
    getReferrals(): ReportBuilder<ReferralReportTypes, "Advertiser.company" | "AdvertiserManager.full_name" | "Affiliate.company" | "AffiliateManager.full_name" | "Offer.name" | "Stat.advertiser_id" | "Stat.advertiser_manager_id" | "Stat.affiliate_id" | "Stat.affiliate_info1" | "Stat.affiliate_info2" | "Stat.affiliate_info3" | "Stat.affiliate_info4" | "Stat.affiliate_info5" | "Stat.affiliate_manager_id" | "Stat.date" | "Stat.offer_id" | "Stat.source" | "Stat.url">;
    /** A typed, immutable report builder over HasOffers Report.getStats (read: retried on failure). */
    getStats(): ReportBuilder<StatReportTypes, "AdCampaign.name" | "Advertiser.company" | "AdvertiserManager.full_name" | "Affiliate.company" | "AffiliateManager.full_name" | "Browser.display_name" | "Category.name" | "Country.name" | "Goal.name" | "OfferCreativeUrl.name" | "OfferFile.display" | "Offer.name" | "OfferUrl.name" | "Stat.ad_campaign_creative_id" | "Stat.ad_campaign_id" | "Stat.advertiser_id" | "Stat.advertiser_manager_id" | "Stat.affiliate_id" | "Stat.affiliate_info" | "Stat.affiliate_info1" | "Stat.affiliate_info2" | "Stat.affiliate_info3" | "Stat.affiliate_info4" | "Stat.affiliate_info5" | "Stat.affiliate_manager_id" | "Stat.browser_id" | "Stat.country_code" | "Stat.creative_url_id" | "Stat.currency" | "Stat.date" | "Stat.goal_id" | "Stat.hour" | "Stat.month" | "Stat.offer_file_id" | "Stat.offer_id" | "Stat.offer_url_id" | "Stat.payout_type" | "Stat.revenue_type" | "Stat.source" | "Stat.week" | "Stat.year">;
    /** A typed, immutable report builder over HasOffers Report.getSubscriptions (read: retried on failure). */
    getSubscriptions(): ReportBuilder<SubscriptionReportTypes, "CustomerList.name" | "Stat.customer_list_id" | "Stat.id" | "Stat.subscription_id">;
}
