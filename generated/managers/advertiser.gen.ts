// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/advertiser.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllIdsOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { Advertiser, AdvertiserContain, AdvertiserField, AdvertiserWrite } from "../models/advertiser.gen.js";

/** The Advertiser controller (`api.advertisers`). */
export interface AdvertiserManager {
    /** A low-level call to any Advertiser method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Advertiser.create (write: never repeated after an unknown outcome). */
    create(data: AdvertiserWrite, options?: CallOptions): Promise<Advertiser>;
    /** HasOffers Advertiser.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: AdvertiserWrite, options?: CallOptions): Promise<Advertiser>;
    /** HasOffers Advertiser.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<AdvertiserField, AdvertiserContain>, options?: CallOptions): Promise<Advertiser | null>;
    /** HasOffers Advertiser.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<AdvertiserField, AdvertiserContain>, options?: CallOptions): Promise<Advertiser[]>;
    /** HasOffers Advertiser.findAllIds (read: retried on failure). */
    findAllIds(query?: FindAllIdsOptions<AdvertiserField>, options?: CallOptions): Promise<string[]>;
    /** HasOffers Advertiser.block (write: never repeated after an unknown outcome). */
    block(id: Id, reason?: string, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<AdvertiserField, AdvertiserContain, Advertiser>;
}
