// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/goal.yaml.
// Change the YAML under schema/ and run the command again.

import { Model } from "../../src/runtime/model.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, GenericModel, NumericString } from "../../src/runtime/types.js";
import type { Advertiser } from "./advertiser.gen.js";
import type { Offer } from "./offer.gen.js";

/** Goal fields, named and valued as HasOffers sends them. */
export interface GoalFields {
    /** integer, primary key */
    readonly id: string;
    /** string */
    readonly name: string | null;
    /** integer */
    readonly offer_id: NumericString | null;
    /** string */
    readonly description: string | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
    /** boolean */
    readonly is_private: BooleanFlag | null;
    /** enum */
    readonly payout_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** decimal */
    readonly default_payout: NumericString | null;
    /** decimal */
    readonly percent_payout: NumericString | null;
    /** enum */
    readonly revenue_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** decimal */
    readonly max_payout: NumericString | null;
    /** decimal */
    readonly max_percent_payout: NumericString | null;
    /** boolean */
    readonly tiered_payout: BooleanFlag | null;
    /** boolean */
    readonly tiered_revenue: BooleanFlag | null;
    /** integer */
    readonly advertiser_id: NumericString | null;
    /** string */
    readonly display_advertiser: string | null;
    /** string */
    readonly protocol: string | null;
    /** boolean */
    readonly allow_multiple_conversions: BooleanFlag | null;
    /** boolean */
    readonly is_end_point: BooleanFlag | null;
    /** boolean */
    readonly approve_conversions: BooleanFlag | null;
    /** string */
    readonly enforce_encrypt_tracking_pixels: string | null;
    /** integer */
    readonly network_brand_id: NumericString | null;
    /** integer */
    readonly network_goal_id: NumericString | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** boolean */
    readonly use_payout_groups: BooleanFlag | null;
    /** boolean */
    readonly use_revenue_groups: BooleanFlag | null;
    /** integer */
    readonly ref_id: NumericString | null;
}

export type GoalField = keyof GoalFields & string;
export type GoalContain = "Offer" | "Advertiser" | "Stat" | "AffiliateTierPayout" | "AffiliateTierRevenue";
export type GoalWrite = { readonly [K in "name" | "offer_id" | "description" | "is_private" | "default_payout" | "percent_payout" | "max_payout" | "max_percent_payout" | "tiered_payout" | "tiered_revenue" | "advertiser_id" | "display_advertiser" | "protocol" | "allow_multiple_conversions" | "is_end_point" | "approve_conversions" | "enforce_encrypt_tracking_pixels" | "network_brand_id" | "network_goal_id" | "use_payout_groups" | "use_revenue_groups" | "ref_id"]?: FieldInput } & { readonly status?: "active" | "deleted"; readonly payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm"; readonly revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" };

/** A Goal as HasOffers returns it, with its contained relations and methods. */
export interface Goal extends GoalFields {
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['Advertiser']. */
    readonly advertiser?: Advertiser | null;
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: GenericModel | null;
    /** Present when asked for with contain: ['AffiliateTierPayout']. */
    readonly affiliateTierPayout?: GenericModel[];
    /** Present when asked for with contain: ['AffiliateTierRevenue']. */
    readonly affiliateTierRevenue?: GenericModel[];
    /** Goal.update with this Goal's id as id. */
    update(data: GoalWrite, options?: CallOptions): Promise<Goal>;
}

export class Goal extends Model {
    static override readonly modelName = "Goal";
}
