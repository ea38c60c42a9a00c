// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/offer-url.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, LowLevelCall, QueryBuilder } from "../../../src/runtime/types.js";
import type { OfferUrl, OfferUrlContain, OfferUrlField } from "../models/offer-url.gen.js";

/** The Affiliate_OfferUrl controller (`api.offerUrls`, `api.controller('Affiliate_OfferUrl')`). */
export interface AffiliateOfferUrlManager {
    /** A low-level call to any Affiliate_OfferUrl method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_OfferUrl.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferUrlField, OfferUrlContain>, options?: CallOptions): Promise<OfferUrl[]>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferUrlField, OfferUrlContain, OfferUrl>;
}
