// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-tier-revenue.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AffiliateTierRevenue fields, named and valued as HasOffers sends them. */
export interface AffiliateTierRevenueFields {
    /** integer, required on create */
    readonly affiliate_tier_id: NumericString | null;
    /** integer, nullable */
    readonly goal_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** decimal */
    readonly revenue: NumericString | null;
    /** decimal */
    readonly percent_revenue: NumericString | null;
}

export type AffiliateTierRevenueField = keyof AffiliateTierRevenueFields & string;
export type AffiliateTierRevenueContain = never;
export type AffiliateTierRevenueWrite = { readonly [K in "affiliate_tier_id" | "goal_id" | "offer_id" | "revenue" | "percent_revenue"]?: FieldInput };

/** A AffiliateTierRevenue as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateTierRevenue extends Model, AffiliateTierRevenueFields {
}

/** The AffiliateTierRevenue class (for instanceof), made by the runtime from the table. */
export const AffiliateTierRevenue: ModelClass<AffiliateTierRevenue> = modelClass<AffiliateTierRevenue>(MODEL_CLASSES, "AffiliateTierRevenue");
