// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/api-key.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall } from "../../../src/runtime/types.js";
import type { StaticApiKey } from "../models/static-api-key.gen.js";

/** The Affiliate_ApiKey controller (`api.apiKeys`, `api.controller('Affiliate_ApiKey')`). */
export interface AffiliateApiKeyManager {
    /** A low-level call to any Affiliate_ApiKey method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_ApiKey.generateApiKey (write: never repeated after an unknown outcome). */
    generateApiKey(params?: Record<string, never>, options?: CallOptions): Promise<StaticApiKey | null>;
    /** HasOffers Affiliate_ApiKey.getUserApiKey (read: retried on failure). */
    getUserApiKey(params?: Record<string, never>, options?: CallOptions): Promise<StaticApiKey | null>;
    /** HasOffers Affiliate_ApiKey.regenerateApiKey (write: never repeated after an unknown outcome). */
    regenerateApiKey(params: { readonly existing_api_key: string }, options?: CallOptions): Promise<StaticApiKey | null>;
}
