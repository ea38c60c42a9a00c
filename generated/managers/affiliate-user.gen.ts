// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/affiliate-user.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllIdsOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, QueryBuilder } from "../../src/runtime/types.js";
import type { AffiliateUser, AffiliateUserContain, AffiliateUserField, AffiliateUserWrite } from "../models/affiliate-user.gen.js";

/** The AffiliateUser controller (`api.affiliateUsers`, `api.controller('AffiliateUser')`). */
export interface AffiliateUserManager {
    /** A low-level call to any AffiliateUser method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers AffiliateUser.checkPassword (read: retried on failure). */
    checkPassword(params: { readonly id: Id; readonly password: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AffiliateUser.create (write: never repeated after an unknown outcome). */
    create(data: AffiliateUserWrite, options?: CallOptions): Promise<AffiliateUser>;
    /** HasOffers AffiliateUser.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<AffiliateUserField, AffiliateUserContain>, options?: CallOptions): Promise<AffiliateUser[]>;
    /** HasOffers AffiliateUser.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly AffiliateUserField[]; readonly contain?: readonly AffiliateUserContain[] }, options?: CallOptions): Promise<AffiliateUser[]>;
    /** HasOffers AffiliateUser.findAllIds (read: retried on failure). */
    findAllIds(query?: FindAllIdsOptions<AffiliateUserField>, options?: CallOptions): Promise<string[]>;
    /** HasOffers AffiliateUser.findAllIdsByAffiliateId (read: retried on failure). */
    findAllIdsByAffiliateId(params: { readonly affiliate_id: Id }, options?: CallOptions): Promise<string[]>;
    /** HasOffers AffiliateUser.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<AffiliateUserField, AffiliateUserContain>, options?: CallOptions): Promise<AffiliateUser | null>;
    /** HasOffers AffiliateUser.grantAccess (write: never repeated after an unknown outcome). */
    grantAccess(params: { readonly id: Id; readonly permission: "Affiliate.account_management" | "Affiliate.API" | "Affiliate.offer_management" | "Affiliate.stats" | "Affiliate.user_management" }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AffiliateUser.removeAccess (write: never repeated after an unknown outcome). */
    removeAccess(params: { readonly id: Id; readonly permission: "Affiliate.account_management" | "Affiliate.API" | "Affiliate.offer_management" | "Affiliate.stats" | "Affiliate.user_management" }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AffiliateUser.resetPassword (write: never repeated after an unknown outcome). */
    resetPassword(params: { readonly id: Id; readonly length?: number }, options?: CallOptions): Promise<string>;
    /** HasOffers AffiliateUser.uniqueEmail (read: retried on failure). */
    uniqueEmail(params: { readonly email: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers AffiliateUser.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: AffiliateUserWrite, options?: CallOptions): Promise<AffiliateUser>;
    /** HasOffers AffiliateUser.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: AffiliateUserField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers AffiliateUser.update (write: never repeated after an unknown outcome). */
    delete(id: Id, options?: CallOptions): Promise<AffiliateUser>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<AffiliateUserField, AffiliateUserContain, AffiliateUser>;
}
