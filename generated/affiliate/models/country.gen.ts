// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/country.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, Model, ModelClass } from "../../../src/runtime/types.js";

/** Country fields, named and valued as HasOffers sends them. */
export interface CountryFields {
    /** string, required on create, read only */
    readonly code: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** boolean, required on create, read only, nullable */
    readonly is_active: BooleanFlag | null;
    /** string, required on create, read only */
    readonly name: string | null;
    /** array, read only, nullable */
    readonly regions: readonly unknown[] | null;
}

export type CountryField = keyof CountryFields & string;
export type CountryContain = never;
export type CountryWrite = Record<string, never>;

/** A Country as HasOffers returns it, with its contained relations and methods. */
export interface Country extends Model, CountryFields {
}

/** The Country class (for instanceof), made by the runtime from the table. */
export const Country: ModelClass<Country> = modelClass<Country>(MODEL_CLASSES, "Country");
