// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/offer-pixel.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { OfferPixel, OfferPixelContain, OfferPixelField, OfferPixelWrite } from "../models/offer-pixel.gen.js";

/** The OfferPixel controller (`api.offerPixels`, `api.controller('OfferPixel')`). */
export interface OfferPixelManager {
    /** A low-level call to any OfferPixel method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers OfferPixel.create (write: never repeated after an unknown outcome). */
    create(data: OfferPixelWrite, options?: CallOptions): Promise<OfferPixel | boolean>;
    /** HasOffers OfferPixel.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferPixelField, OfferPixelContain>, options?: CallOptions): Promise<OfferPixel[]>;
    /** HasOffers OfferPixel.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly OfferPixelField[]; readonly contain?: readonly OfferPixelContain[] }, options?: CallOptions): Promise<OfferPixel[]>;
    /** HasOffers OfferPixel.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<OfferPixelField, OfferPixelContain>, options?: CallOptions): Promise<OfferPixel | null>;
    /** HasOffers OfferPixel.getAllowedTypes (read: retried on failure). */
    getAllowedTypes(params: { readonly offer_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers OfferPixel.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: OfferPixelWrite, options?: CallOptions): Promise<OfferPixel | boolean>;
    /** HasOffers OfferPixel.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: OfferPixelField; readonly value: string; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers OfferPixel.updateStatus (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    updateStatus(params: { readonly id: Id; readonly status: string; readonly returnObject?: boolean }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferPixelField, OfferPixelContain, OfferPixel>;
}
