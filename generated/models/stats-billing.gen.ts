// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/stats-billing.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** StatsBilling fields, named and valued as HasOffers sends them. */
export interface StatsBillingFields {
    /** integer, key */
    readonly id: string;
    /** string, read only */
    readonly utc_datetime: string | null;
    /** integer, read only */
    readonly affiliate_id: NumericString | null;
    /** integer, read only */
    readonly offer_file_id: NumericString | null;
    /** string, read only */
    readonly impressions: string | null;
    /** string, read only */
    readonly clicks: string | null;
    /** string, read only */
    readonly conversions: string | null;
    /** string, read only */
    readonly cdn_xfer_bytes: string | null;
}

export type StatsBillingField = keyof StatsBillingFields & string;
export type StatsBillingContain = never;
export type StatsBillingWrite = Record<string, never>;

/** A StatsBilling as HasOffers returns it, with its contained relations and methods. */
export interface StatsBilling extends Model, StatsBillingFields {
}

/** The StatsBilling class (for instanceof), made by the runtime from the table. */
export const StatsBilling: ModelClass<StatsBilling> = modelClass<StatsBilling>(MODEL_CLASSES, "StatsBilling");
