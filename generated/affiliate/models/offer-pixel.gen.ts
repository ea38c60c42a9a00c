// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-pixel.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";
import type { Affiliate } from "./affiliate.gen.js";
import type { Goal } from "./goal.gen.js";
import type { Offer } from "./offer.gen.js";

/** OfferPixel fields, named and valued as HasOffers sends them. */
export interface OfferPixelFields {
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** string, required on create */
    readonly code: string | null;
    /** integer, nullable */
    readonly goal_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** integer */
    readonly offer_id: NumericString | null;
    /** enum */
    readonly status: "active" | "pending" | "rejected" | "deleted" | null;
    /** enum, required on create */
    readonly type: "url" | "code" | "image" | null;
}

export type OfferPixelField = keyof OfferPixelFields & string;
export type OfferPixelContain = "Offer" | "Goal" | "Affiliate";
export type OfferPixelWrite = { readonly [K in "affiliate_id" | "code" | "goal_id" | "offer_id"]?: FieldInput } & { readonly status?: "active" | "pending" | "rejected" | "deleted"; readonly type?: "url" | "code" | "image" };

/** A OfferPixel as HasOffers returns it, with its contained relations and methods. */
export interface OfferPixel extends Model, OfferPixelFields {
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['Goal']. */
    readonly goal?: Goal | null;
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
}

/** The OfferPixel class (for instanceof), made by the runtime from the table. */
export const OfferPixel: ModelClass<OfferPixel> = modelClass<OfferPixel>(MODEL_CLASSES, "OfferPixel");
