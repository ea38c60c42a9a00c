// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/tag.yaml.
// Change the YAML under schema/ and run the command again.

import { Model } from "../../src/runtime/model.js";
import type { CallOptions, FieldInput, Id, NumericString } from "../../src/runtime/types.js";

/** Tag fields, named and valued as HasOffers sends them. */
export interface TagFields {
    /** integer, primary key */
    readonly id: string;
    /** string, required on create */
    readonly name: string | null;
}

export type TagField = keyof TagFields & string;
export type TagContain = never;
export type TagWrite = { readonly [K in "name"]?: FieldInput };

/** A Tag as HasOffers returns it, with its contained relations and methods. */
export interface Tag extends TagFields {
    /** Tag.update with this Tag's id as id. */
    update(data: TagWrite, options?: CallOptions): Promise<Tag>;
    /** Tag.update with this Tag's id as id. */
    delete(options?: CallOptions): Promise<Tag>;
    /** Tag.addToOffer with this Tag's id as tag_id. */
    addToOffer(offer_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** Tag.addToAffiliate with this Tag's id as tag_id. */
    addToAffiliate(affiliate_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** Tag.addToAdvertiser with this Tag's id as tag_id. */
    addToAdvertiser(advertiser_id: Id, options?: CallOptions): Promise<TagRelation>;
    /** Tag.removeFromOffer with this Tag's id as tag_id. */
    removeFromOffer(offer_id: Id, options?: CallOptions): Promise<boolean>;
    /** Tag.removeFromAffiliate with this Tag's id as tag_id. */
    removeFromAffiliate(affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** Tag.removeFromAdvertiser with this Tag's id as tag_id. */
    removeFromAdvertiser(advertiser_id: Id, options?: CallOptions): Promise<boolean>;
}

export class Tag extends Model {
    static override readonly modelName = "Tag";
}

/** TagRelation fields, named and valued as HasOffers sends them. */
export interface TagRelationFields {
    /** integer, primary key */
    readonly id: string;
    /** integer */
    readonly tag_id: NumericString | null;
    /** integer */
    readonly offer_id: NumericString | null;
    /** integer */
    readonly affiliate_id: NumericString | null;
    /** integer */
    readonly advertiser_id: NumericString | null;
}

export type TagRelationField = keyof TagRelationFields & string;
export type TagRelationContain = never;
export type TagRelationWrite = { readonly [K in "tag_id" | "offer_id" | "affiliate_id" | "advertiser_id"]?: FieldInput };

/** A TagRelation as HasOffers returns it, with its contained relations and methods. */
export interface TagRelation extends TagRelationFields {
}

export class TagRelation extends Model {
    static override readonly modelName = "TagRelation";
}
