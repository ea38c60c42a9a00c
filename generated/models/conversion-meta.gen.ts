// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/conversion-meta.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** ConversionMeta fields, named and valued as HasOffers sends them. */
export interface ConversionMetaFields {
    /** integer, key */
    readonly conversion_id: string;
    /** string, required on create */
    readonly note: string | null;
}

export type ConversionMetaField = keyof ConversionMetaFields & string;
export type ConversionMetaContain = never;
export type ConversionMetaWrite = { readonly [K in "note"]?: FieldInput };

/** A ConversionMeta as HasOffers returns it, with its contained relations and methods. */
export interface ConversionMeta extends Model, ConversionMetaFields {
}

/** The ConversionMeta class (for instanceof), made by the runtime from the table. */
export const ConversionMeta: ModelClass<ConversionMeta> = modelClass<ConversionMeta>(MODEL_CLASSES, "ConversionMeta");
