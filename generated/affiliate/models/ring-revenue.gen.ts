// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/ring-revenue.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** RingRevenue fields, named and valued as HasOffers sends them. */
export interface RingRevenueFields {
    /** boolean, required on create, read only */
    readonly added_to_conversions: BooleanFlag | null;
    /** decimal, read only, nullable */
    readonly advertiser_call_fee_localized: NumericString | null;
    /** integer, required on create, read only */
    readonly advertiser_campaign_id: NumericString | null;
    /** integer, required on create, read only */
    readonly advertiser_campaign_id_from_network: NumericString | null;
    /** integer, required on create, read only */
    readonly advertiser_id: NumericString | null;
    /** integer, required on create, read only */
    readonly advertiser_id_from_network: NumericString | null;
    /** decimal, read only, nullable */
    readonly advertiser_payin_localized: NumericString | null;
    /** integer, required on create, read only */
    readonly affiliate_call_volume_ranking: NumericString | null;
    /** integer, required on create, read only */
    readonly affiliate_commissions_ranking: NumericString | null;
    /** integer, required on create, read only */
    readonly affiliate_conversion_rate_ranking: NumericString | null;
    /** integer, required on create, read only */
    readonly affiliate_id: NumericString | null;
    /** integer, required on create, read only */
    readonly affiliate_id_from_network: NumericString | null;
    /** decimal, read only, nullable */
    readonly affiliate_payout_localized: NumericString | null;
    /** decimal, read only, nullable */
    readonly call_fee_localized: NumericString | null;
    /** string, required on create, read only */
    readonly call_result_description_detail: string | null;
    /** string, required on create, read only */
    readonly call_source_description: string | null;
    /** string, required on create, read only */
    readonly calling_phone_number: string | null;
    /** string, required on create, read only */
    readonly city: string | null;
    /** integer, required on create, read only */
    readonly connect_duration: NumericString | null;
    /** datetime, read only, nullable */
    readonly corrected_at: DateTimeString | null;
    /** string, read only, nullable */
    readonly corrects_transaction_id: string | null;
    /** integer, required on create, read only */
    readonly duration: NumericString | null;
    /** integer, required on create, read only */
    readonly ivr_duration: NumericString | null;
    /** string, read only, nullable */
    readonly keypress_1: string | null;
    /** string, read only, nullable */
    readonly keypress_2: string | null;
    /** string, read only, nullable */
    readonly keypress_3: string | null;
    /** string, read only, nullable */
    readonly keypress_4: string | null;
    /** string, read only, nullable */
    readonly keypresses: string | null;
    /** decimal, read only, nullable */
    readonly margin_localized: NumericString | null;
    /** string, read only, nullable */
    readonly matching_advertiser_payin_policies: string | null;
    /** string, read only, nullable */
    readonly matching_affiliate_payout_policies: string | null;
    /** string, required on create, read only */
    readonly media_type: string | null;
    /** string, required on create, read only */
    readonly mobile: string | null;
    /** boolean, required on create, read only */
    readonly opt_in_sms: BooleanFlag | null;
    /** string, required on create, read only */
    readonly original_order_id: string | null;
    /** string, read only, nullable */
    readonly recording: string | null;
    /** string, required on create, read only */
    readonly region: string | null;
    /** string, read only, nullable */
    readonly start_after_transaction_id: string | null;
    /** datetime, required on create, read only */
    readonly start_time_local: DateTimeString | null;
    /** string, key, read only */
    readonly transaction_id: string;
    /** enum, required on create, read only */
    readonly transaction_type: "Call" | "Sale" | "WebSale" | null;
}

export type RingRevenueField = keyof RingRevenueFields & string;
export type RingRevenueContain = never;
export type RingRevenueWrite = Record<string, never>;

/** A RingRevenue as HasOffers returns it, with its contained relations and methods. */
export interface RingRevenue extends Model, RingRevenueFields {
}

/** The RingRevenue class (for instanceof), made by the runtime from the table. */
export const RingRevenue: ModelClass<RingRevenue> = modelClass<RingRevenue>(MODEL_CLASSES, "RingRevenue");
