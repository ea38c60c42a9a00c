// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/subscription-report.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** SubscriptionReport fields, named and valued as HasOffers sends them. */
export interface SubscriptionReportFields {
    /** string, read only */
    readonly "Affiliate.company": string | null;
    /** string, read only, nullable */
    readonly "AffiliateManager.full_name": string | null;
    /** string, read only */
    readonly "CustomerList.name": string | null;
    /** string, read only */
    readonly "Offer.name": string | null;
    /** string, read only, nullable */
    readonly "Stat.advertiser_info": string | null;
    /** integer, read only */
    readonly "Stat.affiliate_id": NumericString | null;
    /** string, read only, nullable */
    readonly "Stat.affiliate_info1": string | null;
    /** string, read only, nullable */
    readonly "Stat.affiliate_info2": string | null;
    /** string, read only, nullable */
    readonly "Stat.affiliate_info3": string | null;
    /** string, read only, nullable */
    readonly "Stat.affiliate_info4": string | null;
    /** string, read only, nullable */
    readonly "Stat.affiliate_info5": string | null;
    /** integer, read only, nullable */
    readonly "Stat.affiliate_manager_id": NumericString | null;
    /** datetime, read only */
    readonly "Stat.created": DateTimeString | null;
    /** integer, read only */
    readonly "Stat.customer_list_id": NumericString | null;
    /** date, read only, nullable */
    readonly "Stat.end_date": DateTimeString | null;
    /** integer, read only */
    readonly "Stat.id": NumericString | null;
    /** integer, read only */
    readonly "Stat.offer_id": NumericString | null;
    /** enum, read only */
    readonly "Stat.payout_type": "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** string, read only, nullable */
    readonly "Stat.pixel_refer": string | null;
    /** string, read only */
    readonly "Stat.provided_id": string | null;
    /** string, read only, nullable */
    readonly "Stat.refer": string | null;
    /** enum, read only */
    readonly "Stat.revenue_type": "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** string, read only, nullable */
    readonly "Stat.source": string | null;
    /** date, read only */
    readonly "Stat.start_date": DateTimeString | null;
    /** enum, read only */
    readonly "Stat.status": "active" | "deleted" | null;
}

export type SubscriptionReportField = keyof SubscriptionReportFields & string;
export type SubscriptionReportContain = never;
export type SubscriptionReportWrite = Record<string, never>;

/** A SubscriptionReport as HasOffers returns it, with its contained relations and methods. */
export interface SubscriptionReport extends Model, SubscriptionReportFields {
}

/** SubscriptionReport fields as a report decodes them: numbers for integer and decimal fields, strings for the rest. */
export interface SubscriptionReportTypes {
    readonly "Affiliate.company": string | null;
    readonly "AffiliateManager.full_name": string | null;
    readonly "CustomerList.name": string | null;
    readonly "Offer.name": string | null;
    readonly "Stat.advertiser_info": string | null;
    readonly "Stat.affiliate_id": number | null;
    readonly "Stat.affiliate_info1": string | null;
    readonly "Stat.affiliate_info2": string | null;
    readonly "Stat.affiliate_info3": string | null;
    readonly "Stat.affiliate_info4": string | null;
    readonly "Stat.affiliate_info5": string | null;
    readonly "Stat.affiliate_manager_id": number | null;
    readonly "Stat.created": string | null;
    readonly "Stat.customer_list_id": number | null;
    readonly "Stat.end_date": string | null;
    readonly "Stat.id": number;
    readonly "Stat.offer_id": number | null;
    readonly "Stat.payout_type": string | null;
    readonly "Stat.pixel_refer": string | null;
    readonly "Stat.provided_id": string | null;
    readonly "Stat.refer": string | null;
    readonly "Stat.revenue_type": string | null;
    readonly "Stat.source": string | null;
    readonly "Stat.start_date": string | null;
    readonly "Stat.status": string | null;
}

/** The SubscriptionReport class (for instanceof), made by the runtime from the table. */
export const SubscriptionReport: ModelClass<SubscriptionReport> = modelClass<SubscriptionReport>(MODEL_CLASSES, "SubscriptionReport");
