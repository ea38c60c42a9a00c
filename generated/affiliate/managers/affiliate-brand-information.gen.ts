// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/brand-information.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall } from "../../../src/runtime/types.js";
import type { BrandInformation } from "../models/brand-information.gen.js";

/** The Affiliate_BrandInformation controller (`api.brandInformation`, `api.controller('Affiliate_BrandInformation')`). */
export interface AffiliateBrandInformationManager {
    /** A low-level call to any Affiliate_BrandInformation method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_BrandInformation.getBrandInformation (read: retried on failure). */
    getBrandInformation(params?: Record<string, never>, options?: CallOptions): Promise<BrandInformation[]>;
}
