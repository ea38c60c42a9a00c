// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-affiliate-block.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** OfferAffiliateBlock fields, named and valued as HasOffers sends them. */
export interface OfferAffiliateBlockFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** datetime */
    readonly modified: DateTimeString | null;
}

export type OfferAffiliateBlockField = keyof OfferAffiliateBlockFields & string;
export type OfferAffiliateBlockContain = never;
export type OfferAffiliateBlockWrite = { readonly [K in "offer_id" | "affiliate_id" | "modified"]?: FieldInput };

/** A OfferAffiliateBlock as HasOffers returns it, with its contained relations and methods. */
export interface OfferAffiliateBlock extends Model, OfferAffiliateBlockFields {
}

/** The OfferAffiliateBlock class (for instanceof), made by the runtime from the table. */
export const OfferAffiliateBlock: ModelClass<OfferAffiliateBlock> = modelClass<OfferAffiliateBlock>(MODEL_CLASSES, "OfferAffiliateBlock");
