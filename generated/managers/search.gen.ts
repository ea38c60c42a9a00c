// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/search.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, ParamValue } from "../../src/runtime/types.js";

/** The Search controller (`api.search`, `api.controller('Search')`). */
export interface SearchManager {
    /** A low-level call to any Search method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Search.findAll (read: retried on failure; typed from the 2013 reference). */
    findAll(params?: { readonly query?: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Search.findSelect (read: retried on failure; typed from the 2013 reference). */
    findSelect(params: { readonly query: string; readonly params: readonly ParamValue[]; readonly return_fields?: readonly ParamValue[] }, options?: CallOptions): Promise<unknown>;
}
