// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/stats-adjustment-log.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** StatsAdjustmentLog fields, named and valued as HasOffers sends them. */
export interface StatsAdjustmentLogFields {
    /** integer, key */
    readonly id: string;
    /** string, required on create */
    readonly action: string | null;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** datetime, required on create */
    readonly datetime: DateTimeString | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** string, required on create */
    readonly payout_type: string | null;
    /** string, required on create */
    readonly quantity: string | null;
    /** string, required on create */
    readonly revenue_type: string | null;
    /** string, required on create */
    readonly type: string | null;
    /** string */
    readonly status: string | null;
    /** integer */
    readonly advertiser_id: NumericString | null;
    /** integer */
    readonly advertiser_manager_id: NumericString | null;
    /** integer */
    readonly affiliate_manager_id: NumericString | null;
    /** datetime */
    readonly created: DateTimeString | null;
    /** string */
    readonly currency: string | null;
    /** integer */
    readonly goal_id: NumericString | null;
    /** string */
    readonly payout: string | null;
    /** string */
    readonly revenue: string | null;
}

export type StatsAdjustmentLogField = keyof StatsAdjustmentLogFields & string;
export type StatsAdjustmentLogContain = never;
export type StatsAdjustmentLogWrite = { readonly [K in "action" | "affiliate_id" | "datetime" | "offer_id" | "payout_type" | "quantity" | "revenue_type" | "type" | "status" | "advertiser_id" | "advertiser_manager_id" | "affiliate_manager_id" | "created" | "currency" | "goal_id" | "payout" | "revenue"]?: FieldInput };

/** A StatsAdjustmentLog as HasOffers returns it, with its contained relations and methods. */
export interface StatsAdjustmentLog extends Model, StatsAdjustmentLogFields {
}

/** The StatsAdjustmentLog class (for instanceof), made by the runtime from the table. */
export const StatsAdjustmentLog: ModelClass<StatsAdjustmentLog> = modelClass<StatsAdjustmentLog>(MODEL_CLASSES, "StatsAdjustmentLog");
