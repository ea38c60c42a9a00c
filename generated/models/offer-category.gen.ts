// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-category.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { CallOptions, DateTimeString, FieldInput, Model, ModelClass, Params } from "../../src/runtime/types.js";

/** OfferCategory fields, named and valued as HasOffers sends them. */
export interface OfferCategoryFields {
    /** datetime, read only */
    readonly date_created: DateTimeString | null;
    /** datetime, read only */
    readonly date_updated: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, required on create */
    readonly name: string | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
    /** string */
    readonly offer_count: string | null;
}

export type OfferCategoryField = keyof OfferCategoryFields & string;
export type OfferCategoryContain = never;
export type OfferCategoryWrite = { readonly [K in "name" | "offer_count"]?: FieldInput } & { readonly status?: "active" | "deleted" };

/** A OfferCategory as HasOffers returns it, with its contained relations and methods. */
export interface OfferCategory extends Model, OfferCategoryFields {
    /** Application.updateOfferCategory with this OfferCategory's id as id. */
    update(data: Params, options?: CallOptions): Promise<boolean>;
}

/** The OfferCategory class (for instanceof), made by the runtime from the table. */
export const OfferCategory: ModelClass<OfferCategory> = modelClass<OfferCategory>(MODEL_CLASSES, "OfferCategory");
