// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/offer-pixel.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, Id, LowLevelCall, QueryBuilder } from "../../../src/runtime/types.js";
import type { OfferPixel, OfferPixelContain, OfferPixelField, OfferPixelWrite } from "../models/offer-pixel.gen.js";

/** The Affiliate_OfferPixel controller (`api.offerPixels`, `api.controller('Affiliate_OfferPixel')`). */
export interface AffiliateOfferPixelManager {
    /** A low-level call to any Affiliate_OfferPixel method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_OfferPixel.create (write: never repeated after an unknown outcome). */
    create(params: { readonly data: OfferPixelWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_OfferPixel.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferPixelField, OfferPixelContain>, options?: CallOptions): Promise<OfferPixel[]>;
    /** HasOffers Affiliate_OfferPixel.getAllowedTypes (read: retried on failure). */
    getAllowedTypes(params: { readonly offer_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_OfferPixel.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: OfferPixelField; readonly value: string }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferPixelField, OfferPixelContain, OfferPixel>;
}
