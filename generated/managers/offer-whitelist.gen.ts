// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/offer-whitelist.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, Id, LowLevelCall, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { OfferWhitelist, OfferWhitelistContain, OfferWhitelistField, OfferWhitelistWrite } from "../models/offer-whitelist.gen.js";

/** The OfferWhitelist controller (`api.offerWhitelist`, `api.controller('OfferWhitelist')`). */
export interface OfferWhitelistManager {
    /** A low-level call to any OfferWhitelist method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers OfferWhitelist.create (write: never repeated after an unknown outcome). */
    create(params: { readonly data: OfferWhitelistWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<OfferWhitelist | string>;
    /** HasOffers OfferWhitelist.delete (write: never repeated after an unknown outcome). */
    delete(params: { readonly id: Id | readonly Id[] }, options?: CallOptions): Promise<boolean>;
    /** HasOffers OfferWhitelist.findAll (read: retried on failure). */
    findAll(params?: { readonly filters?: FilterInput<OfferWhitelistField>; readonly sort?: SortSpec<OfferWhitelistField> | readonly SortSpec<OfferWhitelistField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly OfferWhitelistField[] }, options?: CallOptions): Promise<OfferWhitelist[]>;
    /** HasOffers OfferWhitelist.findById (read: retried on failure). */
    findById(params: { readonly id: Id; readonly fields?: readonly OfferWhitelistField[] }, options?: CallOptions): Promise<OfferWhitelist | null>;
    /** HasOffers OfferWhitelist.update (write: never repeated after an unknown outcome). */
    update(params: { readonly id: Id; readonly data: OfferWhitelistWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<OfferWhitelist | null | boolean>;
    /** HasOffers OfferWhitelist.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: OfferWhitelistField; readonly value: string; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAll (its other params given here). */
    query(method: "findAll", params?: Record<string, never>): QueryBuilder<OfferWhitelistField, OfferWhitelistContain, OfferWhitelist>;
}
