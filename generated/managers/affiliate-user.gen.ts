// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate-user.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllIdsOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { AffiliateUser, AffiliateUserContain, AffiliateUserField, AffiliateUserWrite } from "../models/affiliate-user.gen.js";

/** The AffiliateUser controller (`api.affiliateUsers`). */
export interface AffiliateUserManager {
    /** A low-level call to any AffiliateUser method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers AffiliateUser.create (write: never repeated after an unknown outcome). */
    create(data: AffiliateUserWrite, options?: CallOptions): Promise<AffiliateUser>;
    /** HasOffers AffiliateUser.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: AffiliateUserWrite, options?: CallOptions): Promise<AffiliateUser>;
    /** HasOffers AffiliateUser.update (write: never repeated after an unknown outcome). */
    delete(id: Id, options?: CallOptions): Promise<AffiliateUser>;
    /** HasOffers AffiliateUser.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<AffiliateUserField, AffiliateUserContain>, options?: CallOptions): Promise<AffiliateUser | null>;
    /** HasOffers AffiliateUser.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<AffiliateUserField, AffiliateUserContain>, options?: CallOptions): Promise<AffiliateUser[]>;
    /** HasOffers AffiliateUser.findAllIds (read: retried on failure). */
    findAllIds(query?: FindAllIdsOptions<AffiliateUserField>, options?: CallOptions): Promise<string[]>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<AffiliateUserField, AffiliateUserContain, AffiliateUser>;
}
