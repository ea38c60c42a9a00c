// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/goal.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** Goal fields, named and valued as HasOffers sends them. */
export interface GoalFields {
    /** decimal, read only */
    readonly default_payout: NumericString | null;
    /** string, read only, nullable */
    readonly description: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, read only */
    readonly name: string | null;
    /** integer, read only */
    readonly offer_id: NumericString | null;
    /** enum, read only */
    readonly payout_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | null;
    /** decimal, read only */
    readonly percent_payout: NumericString | null;
}

export type GoalField = keyof GoalFields & string;
export type GoalContain = never;
export type GoalWrite = Record<string, never>;

/** A Goal as HasOffers returns it, with its contained relations and methods. */
export interface Goal extends Model, GoalFields {
}

/** The Goal class (for instanceof), made by the runtime from the table. */
export const Goal: ModelClass<Goal> = modelClass<Goal>(MODEL_CLASSES, "Goal");
