// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/stats-adjustments.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** StatsAdjustments fields, named and valued as HasOffers sends them. */
export interface StatsAdjustmentsFields {
    /** integer, key */
    readonly id: string;
    /** datetime, required on create */
    readonly date: DateTimeString | null;
    /** string, required on create */
    readonly hour: string | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** integer */
    readonly advertiser_id: NumericString | null;
    /** integer */
    readonly advertiser_manager_id: NumericString | null;
    /** integer */
    readonly goal_id: NumericString | null;
    /** integer */
    readonly affiliate_id: NumericString | null;
    /** integer */
    readonly affiliate_manager_id: NumericString | null;
    /** string */
    readonly payout_type: string | null;
    /** string */
    readonly revenue_type: string | null;
    /** string */
    readonly currency: string | null;
    /** string */
    readonly impressions: string | null;
    /** string */
    readonly unscrubed_impressions: string | null;
    /** string */
    readonly clicks: string | null;
    /** string */
    readonly unique_clicks: string | null;
    /** string */
    readonly unscrubed_clicks: string | null;
    /** string */
    readonly conversions: string | null;
    /** string */
    readonly unscrubed_conversions: string | null;
    /** string */
    readonly payout: string | null;
    /** string */
    readonly unscrubed_payout: string | null;
    /** string */
    readonly revenue: string | null;
    /** string */
    readonly unscrubed_revenue: string | null;
    /** string */
    readonly sale_amount: string | null;
    /** string */
    readonly unscrubed_sale_amount: string | null;
    /** datetime */
    readonly created: DateTimeString | null;
    /** integer */
    readonly creative_url_id: NumericString | null;
    /** integer */
    readonly offer_file_id: NumericString | null;
    /** integer */
    readonly ad_campaign_id: NumericString | null;
    /** integer */
    readonly ad_campaign_creative_id: NumericString | null;
    /** string */
    readonly country_code: string | null;
    /** integer */
    readonly browser_id: NumericString | null;
    /** string */
    readonly sub: string | null;
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
    readonly _hashed_info: string | null;
    /** string */
    readonly imported_stats: string | null;
    /** string */
    readonly imported_stats_detailed: string | null;
    /** string */
    readonly imported_stats_sub_detailed: string | null;
}

export type StatsAdjustmentsField = keyof StatsAdjustmentsFields & string;
export type StatsAdjustmentsContain = never;
export type StatsAdjustmentsWrite = { readonly [K in "date" | "hour" | "offer_id" | "advertiser_id" | "advertiser_manager_id" | "goal_id" | "affiliate_id" | "affiliate_manager_id" | "payout_type" | "revenue_type" | "currency" | "impressions" | "unscrubed_impressions" | "clicks" | "unique_clicks" | "unscrubed_clicks" | "conversions" | "unscrubed_conversions" | "payout" | "unscrubed_payout" | "revenue" | "unscrubed_revenue" | "sale_amount" | "unscrubed_sale_amount" | "created" | "creative_url_id" | "offer_file_id" | "ad_campaign_id" | "ad_campaign_creative_id" | "country_code" | "browser_id" | "sub" | "affiliate_info1" | "affiliate_info2" | "affiliate_info3" | "affiliate_info4" | "affiliate_info5" | "_hashed_info" | "imported_stats" | "imported_stats_detailed" | "imported_stats_sub_detailed"]?: FieldInput };

/** A StatsAdjustments as HasOffers returns it, with its contained relations and methods. */
export interface StatsAdjustments extends Model, StatsAdjustmentsFields {
}

/** The StatsAdjustments class (for instanceof), made by the runtime from the table. */
export const StatsAdjustments: ModelClass<StatsAdjustments> = modelClass<StatsAdjustments>(MODEL_CLASSES, "StatsAdjustments");
