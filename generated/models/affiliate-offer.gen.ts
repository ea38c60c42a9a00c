// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-offer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Affiliate } from "./affiliate.gen.js";
import type { Offer } from "./offer.gen.js";

/** AffiliateOffer fields, named and valued as HasOffers sends them. */
export interface AffiliateOfferFields {
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** date, nullable */
    readonly agreed_terms_and_conditions: DateTimeString | null;
    /** string, nullable */
    readonly approval_notes: string | null;
    /** enum, nullable */
    readonly approval_status: "pending" | "approved" | "rejected" | null;
    /** integer, nullable */
    readonly hostname_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** integer */
    readonly _NETWORK_offer_id: NumericString | null;
}

export type AffiliateOfferField = keyof AffiliateOfferFields & string;
export type AffiliateOfferContain = "Affiliate" | "Offer";
export type AffiliateOfferWrite = { readonly [K in "affiliate_id" | "agreed_terms_and_conditions" | "approval_notes" | "hostname_id" | "offer_id" | "_NETWORK_offer_id"]?: FieldInput } & { readonly approval_status?: "pending" | "approved" | "rejected" };

/** A AffiliateOffer as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateOffer extends Model, AffiliateOfferFields {
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
}

/** The AffiliateOffer class (for instanceof), made by the runtime from the table. */
export const AffiliateOffer: ModelClass<AffiliateOffer> = modelClass<AffiliateOffer>(MODEL_CLASSES, "AffiliateOffer");
