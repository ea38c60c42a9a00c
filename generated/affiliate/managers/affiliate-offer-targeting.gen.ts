// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/offer-targeting.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, Id, LowLevelCall } from "../../../src/runtime/types.js";
import type { TargetRuleOffer } from "../models/target-rule-offer.gen.js";

/** The Affiliate_OfferTargeting controller (`api.offerTargetings`, `api.controller('Affiliate_OfferTargeting')`). */
export interface AffiliateOfferTargetingManager {
    /** A low-level call to any Affiliate_OfferTargeting method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_OfferTargeting.getRuleTargetingForOffer (read: retried on failure). */
    getRuleTargetingForOffer(params: { readonly offer_id: Id }, options?: CallOptions): Promise<TargetRuleOffer[]>;
}
