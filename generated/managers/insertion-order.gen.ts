// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/insertion-order.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../src/runtime/types.js";

/** The InsertionOrder controller (`api.insertionOrders`, `api.controller('InsertionOrder')`). */
export interface InsertionOrderManager {
    /** A low-level call to any InsertionOrder method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers InsertionOrder.create (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    create(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers InsertionOrder.findAll (read: retried on failure; parameters not documented, sent as given). */
    findAll(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers InsertionOrder.findById (read: retried on failure; parameters not documented, sent as given). */
    findById(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers InsertionOrder.update (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    update(params?: Params, options?: CallOptions): Promise<unknown>;
}
