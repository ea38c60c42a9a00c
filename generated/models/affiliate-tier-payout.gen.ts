// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-tier-payout.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AffiliateTierPayout fields, named and valued as HasOffers sends them. */
export interface AffiliateTierPayoutFields {
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
    readonly payout: NumericString | null;
    /** decimal */
    readonly percent_payout: NumericString | null;
}

export type AffiliateTierPayoutField = keyof AffiliateTierPayoutFields & string;
export type AffiliateTierPayoutContain = never;
export type AffiliateTierPayoutWrite = { readonly [K in "affiliate_tier_id" | "goal_id" | "offer_id" | "payout" | "percent_payout"]?: FieldInput };

/** A AffiliateTierPayout as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateTierPayout extends Model, AffiliateTierPayoutFields {
}

/** The AffiliateTierPayout class (for instanceof), made by the runtime from the table. */
export const AffiliateTierPayout: ModelClass<AffiliateTierPayout> = modelClass<AffiliateTierPayout>(MODEL_CLASSES, "AffiliateTierPayout");
