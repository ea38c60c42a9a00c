// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/custom-page.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, Id, LowLevelCall, ParamValue } from "../../../src/runtime/types.js";

/** The Affiliate_CustomPage controller (`api.customPages`, `api.controller('Affiliate_CustomPage')`). */
export interface AffiliateCustomPageManager {
    /** A low-level call to any Affiliate_CustomPage method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_CustomPage.find (read: retried on failure; typed from the 2013 reference). */
    find(params?: { readonly fields?: readonly string[]; readonly filters?: readonly string[]; readonly sorts?: readonly ParamValue[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_CustomPage.findById (read: retried on failure; typed from the 2013 reference). */
    findById(params: { readonly id: Id; readonly fields?: readonly string[] }, options?: CallOptions): Promise<unknown>;
}
