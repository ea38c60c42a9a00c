// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/notification.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, ParamValue } from "../../../src/runtime/types.js";

/** The Affiliate_Notification controller (`api.notification`, `api.controller('Affiliate_Notification')`). */
export interface AffiliateNotificationManager {
    /** A low-level call to any Affiliate_Notification method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_Notification.clearUserSubscriptions (write: never repeated after an unknown outcome). */
    clearUserSubscriptions(params?: Record<string, never>, options?: CallOptions): Promise<void>;
    /** HasOffers Affiliate_Notification.getUserSubscriptions (read: retried on failure). */
    getUserSubscriptions(params?: { readonly filters?: readonly ParamValue[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Notification.replaceUserSubscriptions (write: never repeated after an unknown outcome). */
    replaceUserSubscriptions(params: { readonly scenario_ids: readonly ParamValue[] }, options?: CallOptions): Promise<void>;
}
