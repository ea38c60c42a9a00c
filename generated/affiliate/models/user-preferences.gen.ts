// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/user-preferences.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** UserPreferences fields, named and valued as HasOffers sends them. */
export interface UserPreferencesFields {
    /** integer, key, read only */
    readonly id: string;
    /** string, read only */
    readonly name: string | null;
    /** integer, required on create, read only */
    readonly user_id: NumericString | null;
    /** string, nullable */
    readonly value: string | null;
}

export type UserPreferencesField = keyof UserPreferencesFields & string;
export type UserPreferencesContain = never;
export type UserPreferencesWrite = { readonly [K in "value"]?: FieldInput };

/** A UserPreferences as HasOffers returns it, with its contained relations and methods. */
export interface UserPreferences extends Model, UserPreferencesFields {
}

/** The UserPreferences class (for instanceof), made by the runtime from the table. */
export const UserPreferences: ModelClass<UserPreferences> = modelClass<UserPreferences>(MODEL_CLASSES, "UserPreferences");
