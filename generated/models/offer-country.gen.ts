// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-country.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** OfferCountry fields, named and valued as HasOffers sends them. */
export interface OfferCountryFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** string, required on create */
    readonly country_code: string | null;
    /** string */
    readonly country_regions: string | null;
    /** string */
    readonly regions: string | null;
    /** datetime */
    readonly modified: DateTimeString | null;
}

export type OfferCountryField = keyof OfferCountryFields & string;
export type OfferCountryContain = never;
export type OfferCountryWrite = { readonly [K in "offer_id" | "country_code" | "country_regions" | "regions" | "modified"]?: FieldInput };

/** A OfferCountry as HasOffers returns it, with its contained relations and methods. */
export interface OfferCountry extends Model, OfferCountryFields {
}

/** The OfferCountry class (for instanceof), made by the runtime from the table. */
export const OfferCountry: ModelClass<OfferCountry> = modelClass<OfferCountry>(MODEL_CLASSES, "OfferCountry");
