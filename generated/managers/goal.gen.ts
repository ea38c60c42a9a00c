// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/goal.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { Goal, GoalContain, GoalField, GoalWrite } from "../models/goal.gen.js";

/** The Goal controller (`api.goals`, `api.controller('Goal')`). */
export interface GoalManager {
    /** A low-level call to any Goal method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Goal.create (write: never repeated after an unknown outcome). */
    create(data: GoalWrite, options?: CallOptions): Promise<Goal>;
    /** HasOffers Goal.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<GoalField, GoalContain>, options?: CallOptions): Promise<Goal[]>;
    /** HasOffers Goal.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly GoalField[]; readonly contain?: readonly GoalContain[] }, options?: CallOptions): Promise<Goal[]>;
    /** HasOffers Goal.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<GoalField, GoalContain>, options?: CallOptions): Promise<Goal | null>;
    /** HasOffers Goal.generateTracking (read: retried on failure). */
    generateTracking(params: { readonly goal_id: Id; readonly params?: { readonly adv_sub?: string; readonly affiliate_id?: string; readonly amount?: string; readonly click_redirect?: string; readonly device_id?: string; readonly mobile_ip?: string; readonly provided_id?: string; readonly test?: string; readonly transaction_id?: string }; readonly options?: { readonly tiny_url?: boolean } }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Goal.getPayouts (read: retried on failure). */
    getPayouts(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Goal.getRevenues (read: retried on failure). */
    getRevenues(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Goal.getTierPayouts (read: retried on failure). */
    getTierPayouts(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Goal.getTierRevenues (read: retried on failure). */
    getTierRevenues(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Goal.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: GoalWrite, options?: CallOptions): Promise<Goal>;
    /** HasOffers Goal.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: GoalField; readonly value: string; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<GoalField, GoalContain, Goal>;
}
