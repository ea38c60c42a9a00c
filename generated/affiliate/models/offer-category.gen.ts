// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/offer-category.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass } from "../../../src/runtime/types.js";

/** OfferCategory fields, named and valued as HasOffers sends them. */
export interface OfferCategoryFields {
    /** integer, key, read only */
    readonly id: string;
    /** string, required on create, read only */
    readonly name: string | null;
}

export type OfferCategoryField = keyof OfferCategoryFields & string;
export type OfferCategoryContain = never;
export type OfferCategoryWrite = Record<string, never>;

/** A OfferCategory as HasOffers returns it, with its contained relations and methods. */
export interface OfferCategory extends Model, OfferCategoryFields {
}

/** The OfferCategory class (for instanceof), made by the runtime from the table. */
export const OfferCategory: ModelClass<OfferCategory> = modelClass<OfferCategory>(MODEL_CLASSES, "OfferCategory");
