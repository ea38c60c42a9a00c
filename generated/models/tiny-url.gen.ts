// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/tiny-url.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Affiliate } from "./affiliate.gen.js";
import type { Offer } from "./offer.gen.js";

/** TinyUrl fields, named and valued as HasOffers sends them. */
export interface TinyUrlFields {
    /** enum, required on create, read only */
    readonly action: "Goal Impression" | "Goal Click" | "Goal Postback" | "Goal Mobile Postback" | "Goal Pixel" | "Click" | "Offer Pixel" | "Offer Postback" | "Offer Mobile Postback" | null;
    /** integer, read only */
    readonly affiliate_id: NumericString | null;
    /** string, required on create, read only */
    readonly hash: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer, required on create, read only */
    readonly offer_id: NumericString | null;
    /** string, required on create */
    readonly redirect: string | null;
    /** string, read only */
    readonly short_url: string | null;
}

export type TinyUrlField = keyof TinyUrlFields & string;
export type TinyUrlContain = "Offer" | "Affiliate";
export type TinyUrlWrite = { readonly [K in "redirect"]?: FieldInput };

/** A TinyUrl as HasOffers returns it, with its contained relations and methods. */
export interface TinyUrl extends Model, TinyUrlFields {
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
}

/** The TinyUrl class (for instanceof), made by the runtime from the table. */
export const TinyUrl: ModelClass<TinyUrl> = modelClass<TinyUrl>(MODEL_CLASSES, "TinyUrl");
