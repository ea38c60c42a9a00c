// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/brand-creator.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** BrandCreator fields, named and valued as HasOffers sends them. */
export interface BrandCreatorFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly brand_id: NumericString | null;
    /** string, required on create */
    readonly creator_first_name: string | null;
    /** string, required on create */
    readonly creator_last_name: string | null;
    /** string, required on create */
    readonly creator_email: string | null;
    /** string, required on create */
    readonly creator_password: string | null;
    /** string */
    readonly creator_salt: string | null;
}

export type BrandCreatorField = keyof BrandCreatorFields & string;
export type BrandCreatorContain = never;
export type BrandCreatorWrite = { readonly [K in "brand_id" | "creator_first_name" | "creator_last_name" | "creator_email" | "creator_password" | "creator_salt"]?: FieldInput };

/** A BrandCreator as HasOffers returns it, with its contained relations and methods. */
export interface BrandCreator extends Model, BrandCreatorFields {
}

/** The BrandCreator class (for instanceof), made by the runtime from the table. */
export const BrandCreator: ModelClass<BrandCreator> = modelClass<BrandCreator>(MODEL_CLASSES, "BrandCreator");
