// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/region.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** Region fields, named and valued as HasOffers sends them. */
export interface RegionFields {
    /** string, key */
    readonly name: string;
    /** string, required on create */
    readonly country_code: string | null;
    /** string, required on create */
    readonly code: string | null;
    /** string */
    readonly bit_pos: string | null;
    /** string */
    readonly country_code_3c: string | null;
    /** integer */
    readonly id: NumericString | null;
}

export type RegionField = keyof RegionFields & string;
export type RegionContain = never;
export type RegionWrite = { readonly [K in "country_code" | "code" | "bit_pos" | "country_code_3c" | "id"]?: FieldInput };

/** A Region as HasOffers returns it, with its contained relations and methods. */
export interface Region extends Model, RegionFields {
}

/** The Region class (for instanceof), made by the runtime from the table. */
export const Region: ModelClass<Region> = modelClass<Region>(MODEL_CLASSES, "Region");
