// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/affiliate-offer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** AffiliateOffer fields, named and valued as HasOffers sends them. */
export interface AffiliateOfferFields {
    /** integer, required on create, read only */
    readonly affiliate_id: NumericString | null;
    /** date, read only, nullable */
    readonly agreed_terms_and_conditions: DateTimeString | null;
    /** enum, read only */
    readonly approval_status: "pending" | "approved" | "rejected" | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer, required on create, read only */
    readonly offer_id: NumericString | null;
}

export type AffiliateOfferField = keyof AffiliateOfferFields & string;
export type AffiliateOfferContain = never;
export type AffiliateOfferWrite = Record<string, never>;

/** A AffiliateOffer as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateOffer extends Model, AffiliateOfferFields {
}

/** The AffiliateOffer class (for instanceof), made by the runtime from the table. */
export const AffiliateOffer: ModelClass<AffiliateOffer> = modelClass<AffiliateOffer>(MODEL_CLASSES, "AffiliateOffer");
