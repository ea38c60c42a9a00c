// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/report.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, ReportBuilder } from "../../../src/runtime/types.js";
import type { CommissionReportTypes } from "../models/commission-report.gen.js";
import type { ConversionReportTypes } from "../models/conversion-report.gen.js";
import type { StatReportTypes } from "../models/stat-report.gen.js";

/** The Affiliate_Report controller (`api.reports`, `api.controller('Affiliate_Report')`). */
export interface AffiliateReportManager {
    /** A low-level call to any Affiliate_Report method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** A typed, immutable report builder over HasOffers Affiliate_Report.getAffiliateCommissions (read: retried on failure). */
    getAffiliateCommissions(): ReportBuilder<CommissionReportTypes, "ReferredAffiliate.company" | "Stat.date">;
    /** HasOffers Affiliate_Report.getAffiliateReferrals (read: retried on failure). */
    getAffiliateReferrals(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable report builder over HasOffers Affiliate_Report.getConversions (read: retried on failure). */
    getConversions(): ReportBuilder<ConversionReportTypes, "Browser.display_name" | "Country.name" | "Goal.name" | "Offer.name" | "OfferUrl.id" | "OfferUrl.name" | "Stat.affiliate_info1" | "Stat.affiliate_info2" | "Stat.affiliate_info3" | "Stat.affiliate_info4" | "Stat.affiliate_info5" | "Stat.currency" | "Stat.date" | "Stat.goal_id" | "Stat.hour" | "Stat.month" | "Stat.offer_id" | "Stat.offer_url_id" | "Stat.source" | "Stat.week" | "Stat.year">;
    /** A typed, immutable report builder over HasOffers Affiliate_Report.getStats (read: retried on failure). */
    getStats(): ReportBuilder<StatReportTypes, "AdCampaign.name" | "Browser.display_name" | "Category.name" | "Country.name" | "OfferFile.display" | "Offer.name" | "OfferUrl.name" | "Stat.ad_campaign_creative_id" | "Stat.ad_campaign_id" | "Stat.affiliate_info" | "Stat.affiliate_info1" | "Stat.affiliate_info2" | "Stat.affiliate_info3" | "Stat.affiliate_info4" | "Stat.affiliate_info5" | "Stat.currency" | "Stat.date" | "Stat.hour" | "Stat.month" | "Stat.offer_file_id" | "Stat.offer_id" | "Stat.offer_url_id" | "Stat.payout_type" | "Stat.source" | "Stat.week" | "Stat.year">;
}
