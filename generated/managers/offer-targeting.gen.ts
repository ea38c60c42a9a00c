// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/offer-targeting.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, Id, LowLevelCall, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { TargetRuleOffer } from "../models/target-rule-offer.gen.js";
import type { TargetRule, TargetRuleContain, TargetRuleField } from "../models/target-rule.gen.js";

/** The OfferTargeting controller (`api.offerTargetings`, `api.controller('OfferTargeting')`). */
export interface OfferTargetingManager {
    /** A low-level call to any OfferTargeting method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers OfferTargeting.addTargetRuleToOffer (write: never repeated after an unknown outcome). */
    addTargetRuleToOffer(params: { readonly rule_id: Id; readonly offer_id: Id; readonly action: string }, options?: CallOptions): Promise<TargetRuleOffer | null>;
    /** HasOffers OfferTargeting.createTargetRule (write: never repeated after an unknown outcome). */
    createTargetRule(params: { readonly json_data: string }, options?: CallOptions): Promise<TargetRule | null>;
    /** HasOffers OfferTargeting.deleteTargetRule (write: never repeated after an unknown outcome). */
    deleteTargetRule(params: { readonly rule_id: Id }, options?: CallOptions): Promise<void>;
    /** HasOffers OfferTargeting.findTargetRules (read: retried on failure). */
    findTargetRules(params?: { readonly filters?: FilterInput<TargetRuleField>; readonly limit?: number; readonly page?: number; readonly sort?: SortSpec<TargetRuleField> | readonly SortSpec<TargetRuleField>[] }, options?: CallOptions): Promise<TargetRule[]>;
    /** HasOffers OfferTargeting.getActiveOfferIdsUsingRule (read: retried on failure). */
    getActiveOfferIdsUsingRule(params: { readonly rule_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers OfferTargeting.getActiveUsesOfRule (read: retried on failure). */
    getActiveUsesOfRule(params: { readonly rule_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers OfferTargeting.getRuleTargetingForOffer (read: retried on failure). */
    getRuleTargetingForOffer(params: { readonly offer_id: Id }, options?: CallOptions): Promise<TargetRuleOffer[]>;
    /** HasOffers OfferTargeting.removeTargetRuleFromOffer (write: never repeated after an unknown outcome). */
    removeTargetRuleFromOffer(params: { readonly rule_offer_id: Id }, options?: CallOptions): Promise<void>;
    /** HasOffers OfferTargeting.updateTargetRule (write: never repeated after an unknown outcome). */
    updateTargetRule(params: { readonly rule_id: Id; readonly json_data: string }, options?: CallOptions): Promise<TargetRule | null>;
    /** HasOffers OfferTargeting.updateTargetRuleOfferAction (write: never repeated after an unknown outcome). */
    updateTargetRuleOfferAction(params: { readonly rule_offer_id: Id; readonly action: string }, options?: CallOptions): Promise<void>;
    /** A typed, immutable query builder over findTargetRules (its other params given here). */
    query(method: "findTargetRules", params?: Record<string, never>): QueryBuilder<TargetRuleField, TargetRuleContain, TargetRule>;
}
