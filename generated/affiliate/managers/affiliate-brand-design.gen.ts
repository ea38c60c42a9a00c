// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/brand-design.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall } from "../../../src/runtime/types.js";

/** The Affiliate_BrandDesign controller (`api.brandDesigns`, `api.controller('Affiliate_BrandDesign')`). */
export interface AffiliateBrandDesignManager {
    /** A low-level call to any Affiliate_BrandDesign method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_BrandDesign.getTermsAndConditions (read: retried on failure). */
    getTermsAndConditions(params?: Record<string, never>, options?: CallOptions): Promise<string>;
}
