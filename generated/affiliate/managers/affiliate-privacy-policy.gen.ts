// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/privacy-policy.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../../src/runtime/types.js";

/** The Affiliate_PrivacyPolicy controller (`api.privacyPolicies`, `api.controller('Affiliate_PrivacyPolicy')`). */
export interface AffiliatePrivacyPolicyManager {
    /** A low-level call to any Affiliate_PrivacyPolicy method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_PrivacyPolicy.getPrivacyPolicy (read: retried on failure; parameters not documented, sent as given). */
    getPrivacyPolicy(params?: Params, options?: CallOptions): Promise<unknown>;
}
