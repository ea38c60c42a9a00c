// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/goal.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, LowLevelCall, QueryBuilder } from "../../../src/runtime/types.js";
import type { Goal, GoalContain, GoalField } from "../models/goal.gen.js";

/** The Affiliate_Goal controller (`api.goals`, `api.controller('Affiliate_Goal')`). */
export interface AffiliateGoalManager {
    /** A low-level call to any Affiliate_Goal method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_Goal.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<GoalField, GoalContain>, options?: CallOptions): Promise<Goal[]>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<GoalField, GoalContain, Goal>;
}
