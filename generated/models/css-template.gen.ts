// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/css-template.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** CssTemplate fields, named and valued as HasOffers sends them. */
export interface CssTemplateFields {
    /** integer, key */
    readonly id: string;
    /** string */
    readonly name: string | null;
    /** string */
    readonly color_schema: string | null;
    /** string */
    readonly custom_css: string | null;
}

export type CssTemplateField = keyof CssTemplateFields & string;
export type CssTemplateContain = never;
export type CssTemplateWrite = { readonly [K in "name" | "color_schema" | "custom_css"]?: FieldInput };

/** A CssTemplate as HasOffers returns it, with its contained relations and methods. */
export interface CssTemplate extends Model, CssTemplateFields {
}

/** The CssTemplate class (for instanceof), made by the runtime from the table. */
export const CssTemplate: ModelClass<CssTemplate> = modelClass<CssTemplate>(MODEL_CLASSES, "CssTemplate");
