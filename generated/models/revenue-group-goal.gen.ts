// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/revenue-group-goal.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** RevenueGroupGoal fields, named and valued as HasOffers sends them. */
export interface RevenueGroupGoalFields {
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

export type RevenueGroupGoalField = keyof RevenueGroupGoalFields & string;
export type RevenueGroupGoalContain = never;
export type RevenueGroupGoalWrite = { readonly [K in "goal_id" | "percent" | "rate"]?: FieldInput };

/** A RevenueGroupGoal as HasOffers returns it, with its contained relations and methods. */
export interface RevenueGroupGoal extends Model, RevenueGroupGoalFields {
}

/** The RevenueGroupGoal class (for instanceof), made by the runtime from the table. */
export const RevenueGroupGoal: ModelClass<RevenueGroupGoal> = modelClass<RevenueGroupGoal>(MODEL_CLASSES, "RevenueGroupGoal");
