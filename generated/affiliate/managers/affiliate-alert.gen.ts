// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/alert.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, Id, LowLevelCall } from "../../../src/runtime/types.js";

/** The Affiliate_Alert controller (`api.alert`, `api.controller('Affiliate_Alert')`). */
export interface AffiliateAlertManager {
    /** A low-level call to any Affiliate_Alert method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_Alert.dismissAffiliateUserAlert (write: never repeated after an unknown outcome). */
    dismissAffiliateUserAlert(params: { readonly alert_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_Alert.findById (read: retried on failure). */
    findById(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Alert.getAffiliateUserAlerts (read: retried on failure). */
    getAffiliateUserAlerts(params: { readonly affiliate_user_id: Id; readonly limit?: number; readonly is_dismissed?: number; readonly page?: number }, options?: CallOptions): Promise<unknown>;
}
