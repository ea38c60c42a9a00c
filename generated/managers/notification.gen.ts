// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/notification.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, Id, LowLevelCall, ParamValue } from "../../src/runtime/types.js";

/** The Notification controller (`api.notification`, `api.controller('Notification')`). */
export interface NotificationManager {
    /** A low-level call to any Notification method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Notification.clearUserSubscriptions (write: never repeated after an unknown outcome). */
    clearUserSubscriptions(params: { readonly user_id: Id }, options?: CallOptions): Promise<void>;
    /** HasOffers Notification.getUserSubscriptions (read: retried on failure). */
    getUserSubscriptions(params: { readonly user_id: Id; readonly filters?: readonly ParamValue[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Notification.replaceUserSubscriptions (write: never repeated after an unknown outcome). */
    replaceUserSubscriptions(params: { readonly user_id: Id; readonly scenario_ids: readonly ParamValue[] }, options?: CallOptions): Promise<void>;
}
