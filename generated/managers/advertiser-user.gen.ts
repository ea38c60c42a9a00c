// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/advertiser-user.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, QueryBuilder } from "../../src/runtime/types.js";
import type { AdvertiserUser, AdvertiserUserContain, AdvertiserUserField, AdvertiserUserWrite } from "../models/advertiser-user.gen.js";

/** The AdvertiserUser controller (`api.advertiserUsers`, `api.controller('AdvertiserUser')`). */
export interface AdvertiserUserManager {
    /** A low-level call to any AdvertiserUser method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers AdvertiserUser.checkPassword (read: retried on failure). */
    checkPassword(params: { readonly id: Id; readonly password: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AdvertiserUser.create (write: never repeated after an unknown outcome). */
    create(data: AdvertiserUserWrite, options?: CallOptions): Promise<AdvertiserUser | string>;
    /** HasOffers AdvertiserUser.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<AdvertiserUserField, AdvertiserUserContain>, options?: CallOptions): Promise<AdvertiserUser[]>;
    /** HasOffers AdvertiserUser.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly AdvertiserUserField[]; readonly contain?: readonly AdvertiserUserContain[] }, options?: CallOptions): Promise<AdvertiserUser[]>;
    /** HasOffers AdvertiserUser.findAllIds (read: retried on failure). */
    findAllIds(params?: Record<string, never>, options?: CallOptions): Promise<string[]>;
    /** HasOffers AdvertiserUser.findAllIdsByAdvertiserId (read: retried on failure). */
    findAllIdsByAdvertiserId(params: { readonly advertiser_id: Id }, options?: CallOptions): Promise<string[]>;
    /** HasOffers AdvertiserUser.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<AdvertiserUserField, AdvertiserUserContain>, options?: CallOptions): Promise<AdvertiserUser | null>;
    /** HasOffers AdvertiserUser.grantAccess (write: never repeated after an unknown outcome). */
    grantAccess(params: { readonly id: Id; readonly permission: "Advertiser.account_management" | "Advertiser.offer_management" | "Advertiser.stats" | "Advertiser.user_management" }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AdvertiserUser.removeAccess (write: never repeated after an unknown outcome). */
    removeAccess(params: { readonly id: Id; readonly permission: "Advertiser.account_management" | "Advertiser.offer_management" | "Advertiser.stats" | "Advertiser.user_management" }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AdvertiserUser.resetPassword (write: never repeated after an unknown outcome). */
    resetPassword(params: { readonly id: Id; readonly length?: number }, options?: CallOptions): Promise<string>;
    /** HasOffers AdvertiserUser.uniqueEmail (read: retried on failure). */
    uniqueEmail(params: { readonly email: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AdvertiserUser.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: AdvertiserUserWrite, options?: CallOptions): Promise<AdvertiserUser | string>;
    /** HasOffers AdvertiserUser.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: AdvertiserUserField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<AdvertiserUser | string>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<AdvertiserUserField, AdvertiserUserContain, AdvertiserUser>;
}
