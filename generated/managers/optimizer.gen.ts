// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/optimizer.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../src/runtime/types.js";

/** The Optimizer controller (`api.optimizer`, `api.controller('Optimizer')`). */
export interface OptimizerManager {
    /** A low-level call to any Optimizer method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Optimizer.findAllEvents (read: retried on failure; parameters not documented, sent as given). */
    findAllEvents(params?: Params, options?: CallOptions): Promise<unknown>;
}
