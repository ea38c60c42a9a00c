// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-disabled-link.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Affiliate } from "./affiliate.gen.js";
import type { Offer } from "./offer.gen.js";

/** OfferDisabledLink fields, named and valued as HasOffers sends them. */
export interface OfferDisabledLinkFields {
    /** string */
    readonly aff_info1: string | null;
    /** string */
    readonly aff_info2: string | null;
    /** string */
    readonly aff_info3: string | null;
    /** string */
    readonly aff_info4: string | null;
    /** string */
    readonly aff_info5: string | null;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** string, nullable */
    readonly source: string | null;
    /** boolean */
    readonly strict: BooleanFlag | null;
}

export type OfferDisabledLinkField = keyof OfferDisabledLinkFields & string;
export type OfferDisabledLinkContain = "Offer" | "Affiliate";
export type OfferDisabledLinkWrite = { readonly [K in "aff_info1" | "aff_info2" | "aff_info3" | "aff_info4" | "aff_info5" | "affiliate_id" | "offer_id" | "source" | "strict"]?: FieldInput };

/** A OfferDisabledLink as HasOffers returns it, with its contained relations and methods. */
export interface OfferDisabledLink extends Model, OfferDisabledLinkFields {
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
}

/** The OfferDisabledLink class (for instanceof), made by the runtime from the table. */
export const OfferDisabledLink: ModelClass<OfferDisabledLink> = modelClass<OfferDisabledLink>(MODEL_CLASSES, "OfferDisabledLink");
