// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/country.yaml.
// Change the YAML under schema/ and run the command again.

import { Model } from "../../src/runtime/model.js";
import type { BooleanFlag, FieldInput } from "../../src/runtime/types.js";

/** Country fields, named and valued as HasOffers sends them. */
export interface CountryFields {
    /** integer, primary key */
    readonly id: string;
    /** string, required on create */
    readonly code: string | null;
    /** string, required on create */
    readonly name: string | null;
    /** boolean, required on create */
    readonly is_active: BooleanFlag | null;
    /** string, required on create */
    readonly paypal_code: string | null;
    /** string */
    readonly regions: string | null;
}

export type CountryField = keyof CountryFields & string;
export type CountryContain = never;
export type CountryWrite = { readonly [K in "code" | "name" | "is_active" | "paypal_code" | "regions"]?: FieldInput };

/** A Country as HasOffers returns it, with its contained relations and methods. */
export interface Country extends CountryFields {
}

export class Country extends Model {
    static override readonly modelName = "Country";
}
