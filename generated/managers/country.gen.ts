// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/country.yaml.
// Change the YAML under schema/ and run the command again.

import type { LowLevelCall } from "../../src/runtime/types.js";

/** The Country controller (`api.countries`, `api.controller('Country')`). */
export interface CountryManager {
    /** A low-level call to any Country method (pyoffers' _call). */
    readonly call: LowLevelCall;
}
