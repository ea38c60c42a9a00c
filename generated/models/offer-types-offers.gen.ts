// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-types-offers.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** OfferTypesOffers fields, named and valued as HasOffers sends them. */
export interface OfferTypesOffersFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** integer, required on create */
    readonly offer_type_id: NumericString | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
}

export type OfferTypesOffersField = keyof OfferTypesOffersFields & string;
export type OfferTypesOffersContain = never;
export type OfferTypesOffersWrite = { readonly [K in "offer_id" | "offer_type_id"]?: FieldInput };

/** A OfferTypesOffers as HasOffers returns it, with its contained relations and methods. */
export interface OfferTypesOffers extends Model, OfferTypesOffersFields {
}

/** The OfferTypesOffers class (for instanceof), made by the runtime from the table. */
export const OfferTypesOffers: ModelClass<OfferTypesOffers> = modelClass<OfferTypesOffers>(MODEL_CLASSES, "OfferTypesOffers");
