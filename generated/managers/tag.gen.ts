// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/tag.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamScalar, QueryBuilder } from "../../src/runtime/types.js";
import type { Tag, TagContain, TagField, TagRelation, TagRelationContain, TagRelationField, TagWrite } from "../models/tag.gen.js";

/** The Tag controller (`api.tags`). */
export interface TagManager {
    /** A low-level call to any Tag method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Tag.create (write: never repeated after an unknown outcome). */
    create(data: TagWrite, options?: CallOptions): Promise<Tag>;
    /** HasOffers Tag.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: TagWrite, options?: CallOptions): Promise<Tag>;
    /** HasOffers Tag.update (write: never repeated after an unknown outcome). */
    delete(id: Id, options?: CallOptions): Promise<Tag>;
    /** HasOffers Tag.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<TagField, TagContain>, options?: CallOptions): Promise<Tag | null>;
    /** HasOffers Tag.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<TagField, TagContain>, options?: CallOptions): Promise<Tag[]>;
    /** HasOffers Tag.findAllOfferTagRelations (read: retried on failure). */
    findAllOfferTagRelations(query?: FindAllOptions<TagRelationField, TagRelationContain>, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.findAllAffiliateTagRelations (read: retried on failure). */
    findAllAffiliateTagRelations(query?: FindAllOptions<TagRelationField, TagRelationContain>, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.findAllAdvertiserTagRelations (read: retried on failure). */
    findAllAdvertiserTagRelations(query?: FindAllOptions<TagRelationField, TagRelationContain>, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.addToOffer (write: never repeated after an unknown outcome). */
    addToOffer(tag_id: Id, offer_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** HasOffers Tag.addToAffiliate (write: never repeated after an unknown outcome). */
    addToAffiliate(tag_id: Id, affiliate_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** HasOffers Tag.addToAdvertiser (write: never repeated after an unknown outcome). */
    addToAdvertiser(tag_id: Id, advertiser_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** HasOffers Tag.removeFromOffer (write: never repeated after an unknown outcome). */
    removeFromOffer(tag_id: Id, offer_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.removeFromAffiliate (write: never repeated after an unknown outcome). */
    removeFromAffiliate(tag_id: Id, affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.removeFromAdvertiser (write: never repeated after an unknown outcome). */
    removeFromAdvertiser(tag_id: Id, advertiser_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.setForOffer (write: never repeated after an unknown outcome). */
    setForOffer(tag_ids: readonly ParamScalar[], offer_id: Id, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.setForAffiliate (write: never repeated after an unknown outcome). */
    setForAffiliate(tag_ids: readonly ParamScalar[], affiliate_id: Id, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.setForAdvertiser (write: never repeated after an unknown outcome). */
    setForAdvertiser(tag_ids: readonly ParamScalar[], advertiser_id: Id, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.removeFromOfferByRelationalId (write: never repeated after an unknown outcome). */
    removeFromOfferByRelationalId(id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.removeFromAffiliateByRelationalId (write: never repeated after an unknown outcome). */
    removeFromAffiliateByRelationalId(id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.removeFromAdvertiserByRelationalId (write: never repeated after an unknown outcome). */
    removeFromAdvertiserByRelationalId(id: Id, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<TagField, TagContain, Tag>;
}
