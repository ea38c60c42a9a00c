// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/scheduled-offer-change.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** ScheduledOfferChange fields, named and valued as HasOffers sends them. */
export interface ScheduledOfferChangeFields {
    /** integer, nullable */
    readonly affiliate_id: NumericString | null;
    /** integer, nullable */
    readonly affiliate_tier_id: NumericString | null;
    /** datetime, read only */
    readonly created_utc: DateTimeString | null;
    /** integer, nullable */
    readonly employee_id: NumericString | null;
    /** integer, nullable */
    readonly goal_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum */
    readonly model: "Offer" | "Goal" | "OfferPayout" | "OfferRevenue" | "AffiliateTierPayout" | "AffiliateTierRevenue" | null;
    /** datetime, read only */
    readonly modified_utc: DateTimeString | null;
    /** integer */
    readonly offer_id: NumericString | null;
    /** integer, read only, nullable */
    readonly scheduled_job_id: NumericString | null;
    /** enum */
    readonly status: "active" | "deleted" | "completed" | "failed" | null;
    /** enum, read only */
    readonly type: "status" | "payout" | "revenue" | null;
    /** enum */
    readonly update_field: "status" | "default_payout" | "max_payout" | "percent_payout" | "max_percent_payout" | "rate" | "percent" | null;
    /** datetime */
    readonly update_time_utc: DateTimeString | null;
    /** string */
    readonly update_value: string | null;
}

export type ScheduledOfferChangeField = keyof ScheduledOfferChangeFields & string;
export type ScheduledOfferChangeContain = never;
export type ScheduledOfferChangeWrite = { readonly [K in "affiliate_id" | "affiliate_tier_id" | "employee_id" | "goal_id" | "offer_id" | "update_time_utc" | "update_value"]?: FieldInput } & { readonly model?: "Offer" | "Goal" | "OfferPayout" | "OfferRevenue" | "AffiliateTierPayout" | "AffiliateTierRevenue"; readonly status?: "active" | "deleted" | "completed" | "failed"; readonly update_field?: "status" | "default_payout" | "max_payout" | "percent_payout" | "max_percent_payout" | "rate" | "percent" };

/** A ScheduledOfferChange as HasOffers returns it, with its contained relations and methods. */
export interface ScheduledOfferChange extends Model, ScheduledOfferChangeFields {
}

/** The ScheduledOfferChange class (for instanceof), made by the runtime from the table. */
export const ScheduledOfferChange: ModelClass<ScheduledOfferChange> = modelClass<ScheduledOfferChange>(MODEL_CLASSES, "ScheduledOfferChange");
