// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payout-group-goal.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** PayoutGroupGoal fields, named and valued as HasOffers sends them. */
export interface PayoutGroupGoalFields {
    /** array, read only */
    readonly cashflow_group_id: readonly unknown[] | null;
    /** integer */
    readonly goal_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** decimal, nullable */
    readonly percent: NumericString | null;
    /** decimal, nullable */
    readonly rate: NumericString | null;
}

export type PayoutGroupGoalField = keyof PayoutGroupGoalFields & string;
export type PayoutGroupGoalContain = never;
export type PayoutGroupGoalWrite = { readonly [K in "goal_id" | "percent" | "rate"]?: FieldInput };

/** A PayoutGroupGoal as HasOffers returns it, with its contained relations and methods. */
export interface PayoutGroupGoal extends Model, PayoutGroupGoalFields {
}

/** The PayoutGroupGoal class (for instanceof), made by the runtime from the table. */
export const PayoutGroupGoal: ModelClass<PayoutGroupGoal> = modelClass<PayoutGroupGoal>(MODEL_CLASSES, "PayoutGroupGoal");
