// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/offer-disabled-link.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, QueryBuilder } from "../../src/runtime/types.js";
import type { OfferDisabledLink, OfferDisabledLinkContain, OfferDisabledLinkField, OfferDisabledLinkWrite } from "../models/offer-disabled-link.gen.js";

/** The OfferDisabledLink controller (`api.offerDisabledLinks`, `api.controller('OfferDisabledLink')`). */
export interface OfferDisabledLinkManager {
    /** A low-level call to any OfferDisabledLink method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers OfferDisabledLink.delete (write: never repeated after an unknown outcome). */
    delete(id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers OfferDisabledLink.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferDisabledLinkField, OfferDisabledLinkContain>, options?: CallOptions): Promise<OfferDisabledLink[]>;
    /** HasOffers OfferDisabledLink.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly ParamValue[]; readonly fields?: readonly OfferDisabledLinkField[]; readonly contain?: readonly OfferDisabledLinkContain[] }, options?: CallOptions): Promise<OfferDisabledLink[]>;
    /** HasOffers OfferDisabledLink.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<OfferDisabledLinkField, OfferDisabledLinkContain>, options?: CallOptions): Promise<OfferDisabledLink | null>;
    /** HasOffers OfferDisabledLink.save (write: never repeated after an unknown outcome). */
    save(params: { readonly data: OfferDisabledLinkWrite }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferDisabledLinkField, OfferDisabledLinkContain, OfferDisabledLink>;
}
