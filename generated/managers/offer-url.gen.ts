// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/offer-url.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, QueryBuilder } from "../../src/runtime/types.js";
import type { OfferUrl, OfferUrlContain, OfferUrlField, OfferUrlWrite } from "../models/offer-url.gen.js";

/** The OfferUrl controller (`api.offerUrls`, `api.controller('OfferUrl')`). */
export interface OfferUrlManager {
    /** A low-level call to any OfferUrl method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers OfferUrl.create (write: never repeated after an unknown outcome). */
    create(data: OfferUrlWrite, options?: CallOptions): Promise<OfferUrl | string>;
    /** HasOffers OfferUrl.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferUrlField, OfferUrlContain>, options?: CallOptions): Promise<OfferUrl[]>;
    /** HasOffers OfferUrl.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly ParamValue[]; readonly fields?: readonly OfferUrlField[]; readonly contain?: readonly OfferUrlContain[] }, options?: CallOptions): Promise<OfferUrl[]>;
    /** HasOffers OfferUrl.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<OfferUrlField, OfferUrlContain>, options?: CallOptions): Promise<OfferUrl | null>;
    /** HasOffers OfferUrl.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: OfferUrlWrite, options?: CallOptions): Promise<OfferUrl | boolean>;
    /** HasOffers OfferUrl.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: OfferUrlField; readonly value: string; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferUrlField, OfferUrlContain, OfferUrl>;
}
