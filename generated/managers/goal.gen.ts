// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/goal.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { Goal, GoalContain, GoalField, GoalWrite } from "../models/goal.gen.js";

/** The Goal controller (`api.goals`). */
export interface GoalManager {
    /** A low-level call to any Goal method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Goal.create (write: never repeated after an unknown outcome). */
    create(data: GoalWrite, options?: CallOptions): Promise<Goal>;
    /** HasOffers Goal.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: GoalWrite, options?: CallOptions): Promise<Goal>;
    /** HasOffers Goal.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<GoalField, GoalContain>, options?: CallOptions): Promise<Goal | null>;
    /** HasOffers Goal.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<GoalField, GoalContain>, options?: CallOptions): Promise<Goal[]>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<GoalField, GoalContain, Goal>;
}
