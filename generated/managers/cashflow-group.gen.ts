// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/cashflow-group.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, Id, LowLevelCall, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { CashflowGroup, CashflowGroupContain, CashflowGroupField } from "../models/cashflow-group.gen.js";

/** The CashflowGroup controller (`api.cashflowGroups`, `api.controller('CashflowGroup')`). */
export interface CashflowGroupManager {
    /** A low-level call to any CashflowGroup method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers CashflowGroup.createCashflowGroup (write: never repeated after an unknown outcome). */
    createCashflowGroup(params: { readonly name: string; readonly description?: string; readonly affiliate_ids_json: string; readonly rules_json: string }, options?: CallOptions): Promise<number>;
    /** HasOffers CashflowGroup.findCashflowGroupById (read: retried on failure). */
    findCashflowGroupById(params: { readonly cashflow_group_id: Id }, options?: CallOptions): Promise<CashflowGroup | null>;
    /** HasOffers CashflowGroup.findCashflowGroupUsage (read: retried on failure). */
    findCashflowGroupUsage(params: { readonly cashflow_group_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers CashflowGroup.findCashflowGroups (read: retried on failure). */
    findCashflowGroups(params?: { readonly filters?: FilterInput<CashflowGroupField>; readonly limit?: number; readonly page?: number; readonly sort?: SortSpec<CashflowGroupField> | readonly SortSpec<CashflowGroupField>[]; readonly attach_rules?: boolean; readonly attach_affiliate_ids?: boolean }, options?: CallOptions): Promise<CashflowGroup[]>;
    /** HasOffers CashflowGroup.getCashflowRuleFieldDefinitions (read: retried on failure). */
    getCashflowRuleFieldDefinitions(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers CashflowGroup.getGoalPayoutGroupsForGoal (read: retried on failure). */
    getGoalPayoutGroupsForGoal(params: { readonly goal_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers CashflowGroup.getGoalRevenueGroupsForGoal (read: retried on failure). */
    getGoalRevenueGroupsForGoal(params: { readonly goal_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers CashflowGroup.getOfferPayoutGroupsForOffer (read: retried on failure). */
    getOfferPayoutGroupsForOffer(params: { readonly offer_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers CashflowGroup.getOfferRevenueGroupsForOffer (read: retried on failure). */
    getOfferRevenueGroupsForOffer(params: { readonly offer_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers CashflowGroup.replaceGoalPayoutGroupsForGoal (write: never repeated after an unknown outcome). */
    replaceGoalPayoutGroupsForGoal(params: { readonly goal_id: Id; readonly goal_payout_groups_json: string }, options?: CallOptions): Promise<void>;
    /** HasOffers CashflowGroup.replaceGoalRevenueGroupsForGoal (write: never repeated after an unknown outcome). */
    replaceGoalRevenueGroupsForGoal(params: { readonly goal_id: Id; readonly goal_revenue_groups_json: string }, options?: CallOptions): Promise<void>;
    /** HasOffers CashflowGroup.replaceOfferPayoutGroupsForOffer (write: never repeated after an unknown outcome). */
    replaceOfferPayoutGroupsForOffer(params: { readonly offer_id: Id; readonly offer_payout_groups_json: string }, options?: CallOptions): Promise<void>;
    /** HasOffers CashflowGroup.replaceOfferRevenueGroupsForOffer (write: never repeated after an unknown outcome). */
    replaceOfferRevenueGroupsForOffer(params: { readonly offer_id: Id; readonly offer_revenue_groups_json: string }, options?: CallOptions): Promise<void>;
    /** HasOffers CashflowGroup.updateCashflowGroup (write: never repeated after an unknown outcome). */
    updateCashflowGroup(params: { readonly id: Id; readonly name?: string; readonly description?: string; readonly affiliate_ids_json: string; readonly rules_json: string }, options?: CallOptions): Promise<void>;
    /** A typed, immutable query builder over findCashflowGroups (its other params given here). */
    query(method: "findCashflowGroups", params?: { readonly attach_rules?: boolean; readonly attach_affiliate_ids?: boolean }): QueryBuilder<CashflowGroupField, CashflowGroupContain, CashflowGroup>;
}
