// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/preference.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass } from "../../../src/runtime/types.js";

/** Preference fields, named and valued as HasOffers sends them. */
export interface PreferenceFields {
    /** string, key, read only */
    readonly name: string;
    /** string, required on create, read only, nullable */
    readonly value: string | null;
}

export type PreferenceField = keyof PreferenceFields & string;
export type PreferenceContain = never;
export type PreferenceWrite = Record<string, never>;

/** A Preference as HasOffers returns it, with its contained relations and methods. */
export interface Preference extends Model, PreferenceFields {
}

/** The Preference class (for instanceof), made by the runtime from the table. */
export const Preference: ModelClass<Preference> = modelClass<Preference>(MODEL_CLASSES, "Preference");
