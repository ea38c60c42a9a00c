// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/tag.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../../src/runtime/types.js";

/** The Affiliate_Tag controller (`api.tags`, `api.controller('Affiliate_Tag')`). */
export interface AffiliateTagManager {
    /** A low-level call to any Affiliate_Tag method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_Tag.findAll (read: retried on failure; parameters not documented, sent as given). */
    findAll(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Tag.findById (read: retried on failure; parameters not documented, sent as given). */
    findById(params?: Params, options?: CallOptions): Promise<unknown>;
}
