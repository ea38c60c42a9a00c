// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/custom-menu-link.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, ParamValue } from "../../../src/runtime/types.js";

/** The Affiliate_CustomMenuLink controller (`api.customMenuLinks`, `api.controller('Affiliate_CustomMenuLink')`). */
export interface AffiliateCustomMenuLinkManager {
    /** A low-level call to any Affiliate_CustomMenuLink method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_CustomMenuLink.find (read: retried on failure; typed from the 2013 reference). */
    find(params?: { readonly fields?: readonly string[]; readonly filters?: readonly string[]; readonly sorts?: readonly ParamValue[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_CustomMenuLink.findActive (read: retried on failure; typed from the 2013 reference). */
    findActive(params?: { readonly fields?: readonly string[]; readonly filters?: readonly string[]; readonly sorts?: readonly ParamValue[] }, options?: CallOptions): Promise<unknown>;
}
