// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/custom-page.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../../src/runtime/types.js";

/** CustomPage fields, named and valued as HasOffers sends them. */
export interface CustomPageFields {
    /** string, required on create, nullable */
    readonly html: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum, required on create */
    readonly status: "active" | "inactive" | "deleted" | null;
    /** string, required on create, nullable */
    readonly title: string | null;
}

export type CustomPageField = keyof CustomPageFields & string;
export type CustomPageContain = never;
export type CustomPageWrite = { readonly [K in "html" | "title"]?: FieldInput } & { readonly status?: "active" | "inactive" | "deleted" };

/** A CustomPage as HasOffers returns it, with its contained relations and methods. */
export interface CustomPage extends Model, CustomPageFields {
}

/** The CustomPage class (for instanceof), made by the runtime from the table. */
export const CustomPage: ModelClass<CustomPage> = modelClass<CustomPage>(MODEL_CLASSES, "CustomPage");
