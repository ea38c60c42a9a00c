// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-url.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Offer } from "./offer.gen.js";
import type { StatReport } from "./stat-report.gen.js";

/** OfferUrl fields, named and valued as HasOffers sends them. */
export interface OfferUrlFields {
    /** datetime, read only */
    readonly created: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string, required on create */
    readonly name: string | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** string, required on create */
    readonly offer_url: string | null;
    /** string, nullable */
    readonly preview_url: string | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
    /** integer, named by the 2013 reference only: may be absent */
    readonly AFFILIATE_NETWORK_Brands_id?: NumericString | null;
    /** integer, named by the 2013 reference only: may be absent */
    readonly _NETWORK_offer_creative_urls_id?: NumericString | null;
    /** integer, named by the 2013 reference only: may be absent */
    readonly SHARED_Offer_Urls_id?: NumericString | null;
}

export type OfferUrlField = keyof OfferUrlFields & string;
export type OfferUrlContain = "Offer" | "Stat";
export type OfferUrlWrite = { readonly [K in "name" | "offer_id" | "offer_url" | "preview_url" | "AFFILIATE_NETWORK_Brands_id" | "_NETWORK_offer_creative_urls_id" | "SHARED_Offer_Urls_id"]?: FieldInput } & { readonly status?: "active" | "deleted" };

/** A OfferUrl as HasOffers returns it, with its contained relations and methods. */
export interface OfferUrl extends Model, OfferUrlFields {
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: StatReport | StatReport[] | null;
}

/** The OfferUrl class (for instanceof), made by the runtime from the table. */
export const OfferUrl: ModelClass<OfferUrl> = modelClass<OfferUrl>(MODEL_CLASSES, "OfferUrl");
