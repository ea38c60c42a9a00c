// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/ring-revenue.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { RingRevenue, RingRevenueContain, RingRevenueField } from "../models/ring-revenue.gen.js";

/** The RingRevenue controller (`api.ringRevenue`, `api.controller('RingRevenue')`). */
export interface RingRevenueManager {
    /** A low-level call to any RingRevenue method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers RingRevenue.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<RingRevenueField, RingRevenueContain>, options?: CallOptions): Promise<RingRevenue[]>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<RingRevenueField, RingRevenueContain, RingRevenue>;
}
