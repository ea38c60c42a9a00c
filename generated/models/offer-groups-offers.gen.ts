// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-groups-offers.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** OfferGroupsOffers fields, named and valued as HasOffers sends them. */
export interface OfferGroupsOffersFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** integer, required on create */
    readonly offer_group_id: NumericString | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
}

export type OfferGroupsOffersField = keyof OfferGroupsOffersFields & string;
export type OfferGroupsOffersContain = never;
export type OfferGroupsOffersWrite = { readonly [K in "offer_id" | "offer_group_id"]?: FieldInput };

/** A OfferGroupsOffers as HasOffers returns it, with its contained relations and methods. */
export interface OfferGroupsOffers extends Model, OfferGroupsOffersFields {
}

/** The OfferGroupsOffers class (for instanceof), made by the runtime from the table. */
export const OfferGroupsOffers: ModelClass<OfferGroupsOffers> = modelClass<OfferGroupsOffers>(MODEL_CLASSES, "OfferGroupsOffers");
