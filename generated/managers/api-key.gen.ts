// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/api-key.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { StaticApiKey, StaticApiKeyContain, StaticApiKeyField } from "../models/static-api-key.gen.js";

/** The ApiKey controller (`api.apiKeys`, `api.controller('ApiKey')`). */
export interface ApiKeyManager {
    /** A low-level call to any ApiKey method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers ApiKey.findApiKeys (read: retried on failure). */
    findApiKeys(params?: { readonly filters?: FilterInput<StaticApiKeyField> }, options?: CallOptions): Promise<StaticApiKey[]>;
    /** HasOffers ApiKey.generateApiKey (write: never repeated after an unknown outcome). */
    generateApiKey(params: { readonly user_type: "affiliate"; readonly user_id: Id }, options?: CallOptions): Promise<StaticApiKey | null>;
    /** HasOffers ApiKey.getUserApiKey (read: retried on failure). */
    getUserApiKey(params: { readonly user_type: "affiliate"; readonly user_id: Id }, options?: CallOptions): Promise<StaticApiKey | null>;
    /** HasOffers ApiKey.regenerateApiKey (write: never repeated after an unknown outcome). */
    regenerateApiKey(params: { readonly user_type: "affiliate"; readonly user_id: Id; readonly existing_api_key: string }, options?: CallOptions): Promise<StaticApiKey | null>;
    /** HasOffers ApiKey.updateApiKeyStatus (write: never repeated after an unknown outcome). */
    updateApiKeyStatus(params: { readonly key_id: Id; readonly status: "pending" | "rejected" | "active" }, options?: CallOptions): Promise<void>;
    /** A typed, immutable query builder over findApiKeys (its other params given here). */
    query(method: "findApiKeys", params?: Record<string, never>): QueryBuilder<StaticApiKeyField, StaticApiKeyContain, StaticApiKey>;
}
