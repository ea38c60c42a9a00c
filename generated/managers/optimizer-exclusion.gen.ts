// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/optimizer-exclusion.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../src/runtime/types.js";

/** The OptimizerExclusion controller (`api.optimizerExclusions`, `api.controller('OptimizerExclusion')`). */
export interface OptimizerExclusionManager {
    /** A low-level call to any OptimizerExclusion method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers OptimizerExclusion.findAllAdvertiserExclusionTagRelations (read: retried on failure; parameters not documented, sent as given). */
    findAllAdvertiserExclusionTagRelations(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers OptimizerExclusion.findAllAffiliateExclusionTagRelations (read: retried on failure; parameters not documented, sent as given). */
    findAllAffiliateExclusionTagRelations(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers OptimizerExclusion.findAllOfferExclusionTagRelations (read: retried on failure; parameters not documented, sent as given). */
    findAllOfferExclusionTagRelations(params?: Params, options?: CallOptions): Promise<unknown>;
}
