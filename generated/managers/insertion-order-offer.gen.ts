// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/insertion-order-offer.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../src/runtime/types.js";

/** The InsertionOrderOffer controller (`api.insertionOrderOffers`, `api.controller('InsertionOrderOffer')`). */
export interface InsertionOrderOfferManager {
    /** A low-level call to any InsertionOrderOffer method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers InsertionOrderOffer.create (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    create(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers InsertionOrderOffer.delete (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    delete(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers InsertionOrderOffer.findAll (read: retried on failure; parameters not documented, sent as given). */
    findAll(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers InsertionOrderOffer.findById (read: retried on failure; parameters not documented, sent as given). */
    findById(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers InsertionOrderOffer.update (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    update(params?: Params, options?: CallOptions): Promise<unknown>;
}
