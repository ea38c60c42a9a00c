// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/simple-conversion.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** SimpleConversion fields, named and valued as HasOffers sends them. */
export interface SimpleConversionFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** datetime, required on create */
    readonly datetime: DateTimeString | null;
    /** string, required on create */
    readonly payout: string | null;
    /** string, required on create */
    readonly revenue: string | null;
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
    /** string */
    readonly session_datetime: string | null;
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
    /** string */
    readonly status: string | null;
    /** string */
    readonly status_code: string | null;
    /** string */
    readonly sale_amount: string | null;
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
    /** string */
    readonly payout_type: string | null;
    /** string */
    readonly revenue_type: string | null;
    /** string */
    readonly currency: string | null;
}

export type SimpleConversionField = keyof SimpleConversionFields & string;
export type SimpleConversionContain = never;
export type SimpleConversionWrite = { readonly [K in "affiliate_id" | "offer_id" | "datetime" | "payout" | "revenue" | "ad_id" | "internal_ad_id" | "advertiser_manager_id" | "advertiser_id" | "affiliate_manager_id" | "goal_id" | "creative_url_id" | "customer_id" | "source" | "affiliate_info1" | "affiliate_info2" | "affiliate_info3" | "affiliate_info4" | "affiliate_info5" | "advertiser_info" | "session_datetime" | "is_scrubed" | "refer" | "pixel_refer" | "ip" | "session_ip" | "status" | "status_code" | "sale_amount" | "user_agent" | "country_code" | "browser_id" | "is_adjustment" | "ad_campaign_id" | "ad_campaign_creative_id" | "offer_file_id" | "payout_type" | "revenue_type" | "currency"]?: FieldInput };

/** A SimpleConversion as HasOffers returns it, with its contained relations and methods. */
export interface SimpleConversion extends Model, SimpleConversionFields {
}

/** The SimpleConversion class (for instanceof), made by the runtime from the table. */
export const SimpleConversion: ModelClass<SimpleConversion> = modelClass<SimpleConversion>(MODEL_CLASSES, "SimpleConversion");
