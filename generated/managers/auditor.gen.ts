// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/auditor.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, LowLevelCall, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { DataAudit, DataAuditContain, DataAuditField } from "../models/data-audit.gen.js";

/** The Auditor controller (`api.auditor`, `api.controller('Auditor')`). */
export interface AuditorManager {
    /** A low-level call to any Auditor method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Auditor.findBrandDataAudits (read: retried on failure). */
    findBrandDataAudits(params?: { readonly filters?: FilterInput<DataAuditField>; readonly fields?: readonly DataAuditField[]; readonly sort?: SortSpec<DataAuditField> | readonly SortSpec<DataAuditField>[]; readonly limit?: number; readonly page?: number }, options?: CallOptions): Promise<DataAudit[]>;
    /** A typed, immutable query builder over findBrandDataAudits (its other params given here). */
    query(method: "findBrandDataAudits", params?: Record<string, never>): QueryBuilder<DataAuditField, DataAuditContain, DataAudit>;
}
