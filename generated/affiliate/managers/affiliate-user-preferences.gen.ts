// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/user-preferences.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall } from "../../../src/runtime/types.js";

/** The Affiliate_UserPreferences controller (`api.userPreferences`, `api.controller('Affiliate_UserPreferences')`). */
export interface AffiliateUserPreferencesManager {
    /** A low-level call to any Affiliate_UserPreferences method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_UserPreferences.setValue (write: never repeated after an unknown outcome). */
    setValue(params: { readonly name: "disable_mail_room_email" | "enforce_session_ip" | "language" | "timezone_id"; readonly value: string }, options?: CallOptions): Promise<boolean>;
}
