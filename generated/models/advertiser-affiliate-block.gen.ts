// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/advertiser-affiliate-block.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AdvertiserAffiliateBlock fields, named and valued as HasOffers sends them. */
export interface AdvertiserAffiliateBlockFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly advertiser_id: NumericString | null;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
}

export type AdvertiserAffiliateBlockField = keyof AdvertiserAffiliateBlockFields & string;
export type AdvertiserAffiliateBlockContain = never;
export type AdvertiserAffiliateBlockWrite = { readonly [K in "advertiser_id" | "affiliate_id"]?: FieldInput };

/** A AdvertiserAffiliateBlock as HasOffers returns it, with its contained relations and methods. */
export interface AdvertiserAffiliateBlock extends Model, AdvertiserAffiliateBlockFields {
}

/** The AdvertiserAffiliateBlock class (for instanceof), made by the runtime from the table. */
export const AdvertiserAffiliateBlock: ModelClass<AdvertiserAffiliateBlock> = modelClass<AdvertiserAffiliateBlock>(MODEL_CLASSES, "AdvertiserAffiliateBlock");
