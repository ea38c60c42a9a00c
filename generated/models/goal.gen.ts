// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/goal.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, GenericModel, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Advertiser } from "./advertiser.gen.js";
import type { AffiliateTierPayout } from "./affiliate-tier-payout.gen.js";
import type { AffiliateTierRevenue } from "./affiliate-tier-revenue.gen.js";
import type { Offer } from "./offer.gen.js";
import type { PayoutGroupGoal } from "./payout-group-goal.gen.js";
import type { RevenueGroupGoal } from "./revenue-group-goal.gen.js";

/** Goal fields, named and valued as HasOffers sends them. */
export interface GoalFields {
    /** integer, nullable */
    readonly advertiser_id: NumericString | null;
    /** boolean */
    readonly allow_multiple_conversions: BooleanFlag | null;
    /** boolean */
    readonly approve_conversions: BooleanFlag | null;
    /** decimal */
    readonly default_payout: NumericString | null;
    /** string, nullable */
    readonly description: string | null;
    /** boolean */
    readonly display_advertiser: BooleanFlag | null;
    /** boolean */
    readonly enforce_encrypt_tracking_pixels: BooleanFlag | null;
    /** integer, key */
    readonly id: string;
    /** boolean */
    readonly is_end_point: BooleanFlag | null;
    /** boolean */
    readonly is_private: BooleanFlag | null;
    /** decimal */
    readonly max_payout: NumericString | null;
    /** decimal, nullable */
    readonly max_percent_payout: NumericString | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string */
    readonly name: string | null;
    /** integer */
    readonly offer_id: NumericString | null;
    /** enum */
    readonly payout_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | null;
    /** decimal, nullable */
    readonly percent_payout: NumericString | null;
    /** enum */
    readonly protocol: "http" | "https" | "http_img" | "https_img" | "server" | "server_affiliate" | "mobile_app" | "mobile_device" | null;
    /** string, nullable */
    readonly ref_id: string | null;
    /** enum */
    readonly revenue_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
    /** boolean */
    readonly tiered_payout: BooleanFlag | null;
    /** boolean */
    readonly tiered_revenue: BooleanFlag | null;
    /** boolean */
    readonly use_payout_groups: BooleanFlag | null;
    /** boolean */
    readonly use_revenue_groups: BooleanFlag | null;
    /** integer */
    readonly network_brand_id: NumericString | null;
    /** integer */
    readonly network_goal_id: NumericString | null;
}

export type GoalField = keyof GoalFields & string;
export type GoalContain = "Offer" | "Advertiser" | "Stat" | "AffiliateTierPayout" | "AffiliateTierRevenue" | "PayoutGroup" | "RevenueGroup";
export type GoalWrite = { readonly [K in "advertiser_id" | "allow_multiple_conversions" | "approve_conversions" | "default_payout" | "description" | "display_advertiser" | "enforce_encrypt_tracking_pixels" | "is_end_point" | "is_private" | "max_payout" | "max_percent_payout" | "name" | "offer_id" | "percent_payout" | "ref_id" | "tiered_payout" | "tiered_revenue" | "use_payout_groups" | "use_revenue_groups" | "network_brand_id" | "network_goal_id"]?: FieldInput } & { readonly payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both"; readonly protocol?: "http" | "https" | "http_img" | "https_img" | "server" | "server_affiliate" | "mobile_app" | "mobile_device"; readonly revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both"; readonly status?: "active" | "deleted" };

/** A Goal as HasOffers returns it, with its contained relations and methods. */
export interface Goal extends Model, GoalFields {
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['Advertiser']. */
    readonly advertiser?: Advertiser | null;
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: GenericModel | null;
    /** Present when asked for with contain: ['AffiliateTierPayout']. */
    readonly affiliateTierPayout?: AffiliateTierPayout[];
    /** Present when asked for with contain: ['AffiliateTierRevenue']. */
    readonly affiliateTierRevenue?: AffiliateTierRevenue[];
    /** Present when asked for with contain: ['PayoutGroup']. */
    readonly payoutGroup?: PayoutGroupGoal | PayoutGroupGoal[] | null;
    /** Present when asked for with contain: ['RevenueGroup']. */
    readonly revenueGroup?: RevenueGroupGoal | RevenueGroupGoal[] | null;
    /** Goal.update with this Goal's id as id. */
    update(data: GoalWrite, options?: CallOptions): Promise<Goal>;
}

/** The Goal class (for instanceof), made by the runtime from the table. */
export const Goal: ModelClass<Goal> = modelClass<Goal>(MODEL_CLASSES, "Goal");
