// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-payout.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** OfferPayout fields, named and valued as HasOffers sends them. */
export interface OfferPayoutFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** integer */
    readonly goal_id: NumericString | null;
    /** string */
    readonly payout: string | null;
    /** string */
    readonly percent_payout: string | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
}

export type OfferPayoutField = keyof OfferPayoutFields & string;
export type OfferPayoutContain = never;
export type OfferPayoutWrite = { readonly [K in "affiliate_id" | "offer_id" | "goal_id" | "payout" | "percent_payout"]?: FieldInput };

/** A OfferPayout as HasOffers returns it, with its contained relations and methods. */
export interface OfferPayout extends Model, OfferPayoutFields {
}

/** The OfferPayout class (for instanceof), made by the runtime from the table. */
export const OfferPayout: ModelClass<OfferPayout> = modelClass<OfferPayout>(MODEL_CLASSES, "OfferPayout");
