// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/affiliate-user.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder } from "../../../src/runtime/types.js";
import type { AffiliateUser, AffiliateUserContain, AffiliateUserField, AffiliateUserWrite } from "../models/affiliate-user.gen.js";

/** The Affiliate_AffiliateUser controller (`api.affiliateUsers`, `api.controller('Affiliate_AffiliateUser')`). */
export interface AffiliateAffiliateUserManager {
    /** A low-level call to any Affiliate_AffiliateUser method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_AffiliateUser.create (write: never repeated after an unknown outcome). */
    create(params: { readonly data: AffiliateUserWrite }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_AffiliateUser.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<AffiliateUserField, AffiliateUserContain>, options?: CallOptions): Promise<AffiliateUser[]>;
    /** HasOffers Affiliate_AffiliateUser.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<AffiliateUserField, AffiliateUserContain>, options?: CallOptions): Promise<AffiliateUser | null>;
    /** HasOffers Affiliate_AffiliateUser.getContext (read: retried on failure). */
    getContext(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_AffiliateUser.setPermissions (write: never repeated after an unknown outcome). */
    setPermissions(params: { readonly affiliate_user_id: Id; readonly permissions: readonly string[] }, options?: CallOptions): Promise<void>;
    /** HasOffers Affiliate_AffiliateUser.update (write: never repeated after an unknown outcome). */
    update(params: { readonly id: Id; readonly data: AffiliateUserWrite }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<AffiliateUserField, AffiliateUserContain, AffiliateUser>;
}
