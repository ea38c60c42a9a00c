// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/offer-url.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** OfferUrl fields, named and valued as HasOffers sends them. */
export interface OfferUrlFields {
    /** datetime, read only */
    readonly created: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string, required on create, read only */
    readonly name: string | null;
    /** integer, required on create, read only */
    readonly offer_id: NumericString | null;
    /** string, required on create, read only */
    readonly offer_url: string | null;
    /** string, read only */
    readonly preview_url: string | null;
    /** enum, read only */
    readonly status: "active" | null;
}

export type OfferUrlField = keyof OfferUrlFields & string;
export type OfferUrlContain = never;
export type OfferUrlWrite = Record<string, never>;

/** A OfferUrl as HasOffers returns it, with its contained relations and methods. */
export interface OfferUrl extends Model, OfferUrlFields {
}

/** The OfferUrl class (for instanceof), made by the runtime from the table. */
export const OfferUrl: ModelClass<OfferUrl> = modelClass<OfferUrl>(MODEL_CLASSES, "OfferUrl");
