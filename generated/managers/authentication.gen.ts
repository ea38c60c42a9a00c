// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/authentication.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall } from "../../src/runtime/types.js";

/** The Authentication controller (`api.authentication`, `api.controller('Authentication')`). */
export interface AuthenticationManager {
    /** A low-level call to any Authentication method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Authentication.findUserByCredentials (read: retried on failure). */
    findUserByCredentials(params: { readonly email: string; readonly password: string; readonly type?: "employee" | "affiliate_user" | "advertiser_user"; readonly set_token?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Authentication.findUserByToken (read: retried on failure). */
    findUserByToken(params: { readonly token: string }, options?: CallOptions): Promise<unknown>;
}
