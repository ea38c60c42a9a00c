// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/ring-revenue.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, Id, LowLevelCall } from "../../../src/runtime/types.js";

/** The Affiliate_RingRevenue controller (`api.ringRevenue`, `api.controller('Affiliate_RingRevenue')`). */
export interface AffiliateRingRevenueManager {
    /** A low-level call to any Affiliate_RingRevenue method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_RingRevenue.createAffiliateLoginUrl (read: retried on failure). */
    createAffiliateLoginUrl(params: { readonly offer_id: Id; readonly url_path: string }, options?: CallOptions): Promise<string>;
}
