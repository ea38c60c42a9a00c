// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/preference.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** Preference fields, named and valued as HasOffers sends them. */
export interface PreferenceFields {
    /** string, key */
    readonly name: string;
    /** string, required on create */
    readonly value: string | null;
    /** string, required on create */
    readonly encrypted: string | null;
    /** datetime */
    readonly modified: DateTimeString | null;
}

export type PreferenceField = keyof PreferenceFields & string;
export type PreferenceContain = never;
export type PreferenceWrite = { readonly [K in "value" | "encrypted" | "modified"]?: FieldInput };

/** A Preference as HasOffers returns it, with its contained relations and methods. */
export interface Preference extends Model, PreferenceFields {
}

/** The Preference class (for instanceof), made by the runtime from the table. */
export const Preference: ModelClass<Preference> = modelClass<Preference>(MODEL_CLASSES, "Preference");
