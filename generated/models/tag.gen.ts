// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/tag.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { CallOptions, FieldInput, Id, Model, ModelClass } from "../../src/runtime/types.js";
import type { TagRelation } from "./tag-relation.gen.js";

/** Tag fields, named and valued as HasOffers sends them. */
export interface TagFields {
    /** integer, key */
    readonly id: string;
    /** string, required on create */
    readonly name: string | null;
}

export type TagField = keyof TagFields & string;
export type TagContain = never;
export type TagWrite = { readonly [K in "name"]?: FieldInput };

/** A Tag as HasOffers returns it, with its contained relations and methods. */
export interface Tag extends Model, TagFields {
    /** Tag.addToAdvertiser with this Tag's id as tag_id. */
    addToAdvertiser(advertiser_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** Tag.addToAffiliate with this Tag's id as tag_id. */
    addToAffiliate(affiliate_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** Tag.addToOffer with this Tag's id as tag_id. */
    addToOffer(offer_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** Tag.update with this Tag's id as id. */
    delete(options?: CallOptions): Promise<Tag>;
    /** Tag.removeFromAdvertiser with this Tag's id as tag_id. */
    removeFromAdvertiser(advertiser_id: Id, options?: CallOptions): Promise<boolean>;
    /** Tag.removeFromAffiliate with this Tag's id as tag_id. */
    removeFromAffiliate(affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** Tag.removeFromOffer with this Tag's id as tag_id. */
    removeFromOffer(offer_id: Id, options?: CallOptions): Promise<boolean>;
    /** Tag.update with this Tag's id as id. */
    update(data: TagWrite, options?: CallOptions): Promise<Tag>;
}

/** The Tag class (for instanceof), made by the runtime from the table. */
export const Tag: ModelClass<Tag> = modelClass<Tag>(MODEL_CLASSES, "Tag");
