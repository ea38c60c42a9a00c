// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/advertiser/report.yaml.
// Change the YAML under schema/ and run the command again.

import type { LowLevelCall, ReportBuilder } from "../../../src/runtime/types.js";
import type { ConversionReportTypes } from "../models/conversion-report.gen.js";
import type { StatReportTypes } from "../models/stat-report.gen.js";

/** The Advertiser_Report controller (`api.reports`, `api.controller('Advertiser_Report')`). */
export interface AdvertiserReportManager {
    /** A low-level call to any Advertiser_Report method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** A typed, immutable report builder over HasOffers Advertiser_Report.getConversions (read: retried on failure). */
    getConversions(): ReportBuilder<ConversionReportTypes, never>;
    /** A typed, immutable report builder over HasOffers Advertiser_Report.getStats (read: retried on failure). */
    getStats(): ReportBuilder<StatReportTypes, "Advertiser.company" | "Country.name" | "Goal.name" | "Offer.name" | "Stat.advertiser_id" | "Stat.country_code" | "Stat.currency" | "Stat.date" | "Stat.goal_id" | "Stat.hour" | "Stat.month" | "Stat.offer_id" | "Stat.week" | "Stat.year">;
}
