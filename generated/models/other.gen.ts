// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/other.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** Other fields, named and valued as HasOffers sends them. */
export interface OtherFields {
    /** integer, key */
    readonly affiliate_id: string;
    /** string */
    readonly other_details: string | null;
}

export type OtherField = keyof OtherFields & string;
export type OtherContain = never;
export type OtherWrite = { readonly [K in "other_details"]?: FieldInput };

/** A Other as HasOffers returns it, with its contained relations and methods. */
export interface Other extends Model, OtherFields {
}

/** The Other class (for instanceof), made by the runtime from the table. */
export const Other: ModelClass<Other> = modelClass<Other>(MODEL_CLASSES, "Other");
