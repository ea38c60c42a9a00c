// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/dne.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../../src/runtime/types.js";

/** The Affiliate_Dne controller (`api.dnes`, `api.controller('Affiliate_Dne')`). */
export interface AffiliateDneManager {
    /** A low-level call to any Affiliate_Dne method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_Dne.getUrls (read: retried on failure; parameters not documented, sent as given). */
    getUrls(params?: Params, options?: CallOptions): Promise<unknown>;
}
