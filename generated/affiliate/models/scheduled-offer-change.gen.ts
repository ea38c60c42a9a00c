// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/scheduled-offer-change.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** ScheduledOfferChange fields, named and valued as HasOffers sends them. */
export interface ScheduledOfferChangeFields {
    /** datetime, read only */
    readonly created_utc: DateTimeString | null;
    /** integer, read only, nullable */
    readonly goal_id: NumericString | null;
    /** datetime, read only */
    readonly modified_utc: DateTimeString | null;
    /** integer, read only */
    readonly offer_id: NumericString | null;
    /** enum, read only */
    readonly status: "active" | null;
    /** enum, read only */
    readonly type: "status" | "payout" | null;
    /** enum, read only */
    readonly update_field: "status" | "default_payout" | "percent_payout" | "rate" | "percent" | null;
    /** datetime, read only */
    readonly update_time_utc: DateTimeString | null;
    /** string, read only */
    readonly update_value: string | null;
}

export type ScheduledOfferChangeField = keyof ScheduledOfferChangeFields & string;
export type ScheduledOfferChangeContain = never;
export type ScheduledOfferChangeWrite = Record<string, never>;

/** A ScheduledOfferChange as HasOffers returns it, with its contained relations and methods. */
export interface ScheduledOfferChange extends Model, ScheduledOfferChangeFields {
}

/** The ScheduledOfferChange class (for instanceof), made by the runtime from the table. */
export const ScheduledOfferChange: ModelClass<ScheduledOfferChange> = modelClass<ScheduledOfferChange>(MODEL_CLASSES, "ScheduledOfferChange");
