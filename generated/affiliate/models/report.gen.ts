// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/report.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** Report fields, named and valued as HasOffers sends them. */
export interface ReportFields {
    /** integer, key */
    readonly "Stat.affiliate_id": string;
    /** integer, key */
    readonly "Stat.offer_id": string;
    /** integer, key */
    readonly "Stat.goal_id": string;
    /** integer, key */
    readonly "Stat.offer_url_id": string;
    /** string, key */
    readonly "Stat.date": string;
    /** string, key */
    readonly "Stat.hour": string;
    /** string, key */
    readonly "Stat.country_code": string;
    /** integer, key */
    readonly "Stat.browser_id": string;
    /** string */
    readonly "Stat.clicks": string | null;
    /** string */
    readonly "Stat.unique_clicks": string | null;
    /** string */
    readonly "Stat.conversions": string | null;
    /** string */
    readonly currency: string | null;
    /** string */
    readonly payout_type: string | null;
    /** string */
    readonly revenue_type: string | null;
    /** string */
    readonly "Stat.payout": string | null;
    /** string */
    readonly "Stat.impressions": string | null;
    /** string */
    readonly "Stat.revenue": string | null;
    /** string */
    readonly "Stat.sale_amount": string | null;
    /** integer */
    readonly "Stat.affiliate_manager_id": NumericString | null;
    /** integer */
    readonly "Stat.advertiser_id": NumericString | null;
    /** integer */
    readonly "Stat.advertiser_manager_id": NumericString | null;
    /** string */
    readonly "Stat.ad_campaign.id": string | null;
    /** string */
    readonly "Stat.affiliate_info": string | null;
    /** string */
    readonly "Stat.affiliate_info2": string | null;
    /** string */
    readonly "Stat.affiliate_info3": string | null;
    /** string */
    readonly "Stat.affiliate_info4": string | null;
    /** string */
    readonly "Stat.affiliate_info5": string | null;
}

export type ReportField = keyof ReportFields & string;
export type ReportContain = never;
export type ReportWrite = { readonly [K in "Stat.clicks" | "Stat.unique_clicks" | "Stat.conversions" | "currency" | "payout_type" | "revenue_type" | "Stat.payout" | "Stat.impressions" | "Stat.revenue" | "Stat.sale_amount" | "Stat.affiliate_manager_id" | "Stat.advertiser_id" | "Stat.advertiser_manager_id" | "Stat.ad_campaign.id" | "Stat.affiliate_info" | "Stat.affiliate_info2" | "Stat.affiliate_info3" | "Stat.affiliate_info4" | "Stat.affiliate_info5"]?: FieldInput };

/** A Report as HasOffers returns it, with its contained relations and methods. */
export interface Report extends Model, ReportFields {
}

/** The Report class (for instanceof), made by the runtime from the table. */
export const Report: ModelClass<Report> = modelClass<Report>(MODEL_CLASSES, "Report");
