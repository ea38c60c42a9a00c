// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/offer-whitelist.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { OfferWhitelist, OfferWhitelistContain, OfferWhitelistField, OfferWhitelistWrite } from "../models/offer-whitelist.gen.js";

/** The OfferWhitelist controller (`api.offerWhitelist`, `api.controller('OfferWhitelist')`). */
export interface OfferWhitelistManager {
    /** A low-level call to any OfferWhitelist method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers OfferWhitelist.create (write: never repeated after an unknown outcome). */
    create(data: OfferWhitelistWrite, options?: CallOptions): Promise<OfferWhitelist | string>;
    /** HasOffers OfferWhitelist.delete (write: never repeated after an unknown outcome). */
    delete(params: { readonly id: Id | readonly Id[] }, options?: CallOptions): Promise<boolean>;
    /** HasOffers OfferWhitelist.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferWhitelistField, OfferWhitelistContain>, options?: CallOptions): Promise<OfferWhitelist[]>;
    /** HasOffers OfferWhitelist.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<OfferWhitelistField, OfferWhitelistContain>, options?: CallOptions): Promise<OfferWhitelist | null>;
    /** HasOffers OfferWhitelist.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: OfferWhitelistWrite, options?: CallOptions): Promise<OfferWhitelist | boolean>;
    /** HasOffers OfferWhitelist.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: OfferWhitelistField; readonly value: string; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferWhitelistField, OfferWhitelistContain, OfferWhitelist>;
}
