// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/tag-relation.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** TagRelation fields, named and valued as HasOffers sends them. */
export interface TagRelationFields {
    /** integer, key */
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
export interface TagRelation extends Model, TagRelationFields {
}

/** The TagRelation class (for instanceof), made by the runtime from the table. */
export const TagRelation: ModelClass<TagRelation> = modelClass<TagRelation>(MODEL_CLASSES, "TagRelation");
