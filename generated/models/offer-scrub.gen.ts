// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-scrub.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** OfferScrub fields, named and valued as HasOffers sends them. */
export interface OfferScrubFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** string, required on create */
    readonly rate: string | null;
    /** datetime, required on create */
    readonly modified: DateTimeString | null;
    /** string */
    readonly click_rate: string | null;
    /** string */
    readonly conversion_rate: string | null;
}

export type OfferScrubField = keyof OfferScrubFields & string;
export type OfferScrubContain = never;
export type OfferScrubWrite = { readonly [K in "affiliate_id" | "offer_id" | "rate" | "modified" | "click_rate" | "conversion_rate"]?: FieldInput };

/** A OfferScrub as HasOffers returns it, with its contained relations and methods. */
export interface OfferScrub extends Model, OfferScrubFields {
}

/** The OfferScrub class (for instanceof), made by the runtime from the table. */
export const OfferScrub: ModelClass<OfferScrub> = modelClass<OfferScrub>(MODEL_CLASSES, "OfferScrub");
