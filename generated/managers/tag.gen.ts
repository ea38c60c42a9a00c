// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/tag.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamScalar, Params, QueryBuilder } from "../../src/runtime/types.js";
import type { TagRelation, TagRelationContain, TagRelationField } from "../models/tag-relation.gen.js";
import type { Tag, TagContain, TagField, TagWrite } from "../models/tag.gen.js";

/** The Tag controller (`api.tags`, `api.controller('Tag')`). */
export interface TagManager {
    /** A low-level call to any Tag method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Tag.addToAdvertiser (write: never repeated after an unknown outcome; typed from the supplement reference). */
    addToAdvertiser(tag_id: Id, advertiser_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** HasOffers Tag.addToAffiliate (write: never repeated after an unknown outcome; typed from the supplement reference). */
    addToAffiliate(tag_id: Id, affiliate_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** HasOffers Tag.addToOffer (write: never repeated after an unknown outcome; typed from the supplement reference). */
    addToOffer(tag_id: Id, offer_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** HasOffers Tag.create (write: never repeated after an unknown outcome; typed from the supplement reference). */
    create(data: TagWrite, options?: CallOptions): Promise<Tag>;
    /** HasOffers Tag.update (write: never repeated after an unknown outcome; typed from the supplement reference). */
    delete(id: Id, options?: CallOptions): Promise<Tag>;
    /** HasOffers Tag.findAll (read: retried on failure; typed from the supplement reference). */
    findAll(query?: FindAllOptions<TagField, TagContain>, options?: CallOptions): Promise<Tag[]>;
    /** HasOffers Tag.findAllAdvertiserTagRelations (read: retried on failure; typed from the supplement reference). */
    findAllAdvertiserTagRelations(query?: FindAllOptions<TagRelationField, TagRelationContain>, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.findAllAffiliateTagRelations (read: retried on failure; typed from the supplement reference). */
    findAllAffiliateTagRelations(query?: FindAllOptions<TagRelationField, TagRelationContain>, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.findAllOfferTagRelations (read: retried on failure; typed from the supplement reference). */
    findAllOfferTagRelations(query?: FindAllOptions<TagRelationField, TagRelationContain>, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.findAllOptimizerTags (read: retried on failure; parameters not documented, sent as given). */
    findAllOptimizerTags(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Tag.findById (read: retried on failure; typed from the supplement reference). */
    findById(id: Id, query?: FindByIdOptions<TagField, TagContain>, options?: CallOptions): Promise<Tag | null>;
    /** HasOffers Tag.removeFromAdvertiser (write: never repeated after an unknown outcome; typed from the supplement reference). */
    removeFromAdvertiser(tag_id: Id, advertiser_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.removeFromAdvertiserByRelationalId (write: never repeated after an unknown outcome; typed from the supplement reference). */
    removeFromAdvertiserByRelationalId(id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.removeFromAffiliate (write: never repeated after an unknown outcome; typed from the supplement reference). */
    removeFromAffiliate(tag_id: Id, affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.removeFromAffiliateByRelationalId (write: never repeated after an unknown outcome; typed from the supplement reference). */
    removeFromAffiliateByRelationalId(id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.removeFromOffer (write: never repeated after an unknown outcome; typed from the supplement reference). */
    removeFromOffer(tag_id: Id, offer_id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.removeFromOfferByRelationalId (write: never repeated after an unknown outcome; typed from the supplement reference). */
    removeFromOfferByRelationalId(id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Tag.setForAdvertiser (write: never repeated after an unknown outcome; typed from the supplement reference). */
    setForAdvertiser(tag_ids: readonly ParamScalar[], advertiser_id: Id, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.setForAffiliate (write: never repeated after an unknown outcome; typed from the supplement reference). */
    setForAffiliate(tag_ids: readonly ParamScalar[], affiliate_id: Id, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.setForOffer (write: never repeated after an unknown outcome; typed from the supplement reference). */
    setForOffer(tag_ids: readonly ParamScalar[], offer_id: Id, options?: CallOptions): Promise<TagRelation[]>;
    /** HasOffers Tag.update (write: never repeated after an unknown outcome; typed from the supplement reference). */
    update(id: Id, data: TagWrite, options?: CallOptions): Promise<Tag>;
    /** HasOffers Tag.delete (write: never repeated after an unknown outcome; typed from the supplement reference). */
    deleteRecord(id: Id, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<TagField, TagContain, Tag>;
}
