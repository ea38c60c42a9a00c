// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/revenue-group-offer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** RevenueGroupOffer fields, named and valued as HasOffers sends them. */
export interface RevenueGroupOfferFields {
    /** array, read only */
    readonly cashflow_group_id: readonly unknown[] | null;
    /** integer */
    readonly offer_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** decimal, nullable */
    readonly percent: NumericString | null;
    /** decimal, nullable */
    readonly rate: NumericString | null;
}

export type RevenueGroupOfferField = keyof RevenueGroupOfferFields & string;
export type RevenueGroupOfferContain = never;
export type RevenueGroupOfferWrite = { readonly [K in "offer_id" | "percent" | "rate"]?: FieldInput };

/** A RevenueGroupOffer as HasOffers returns it, with its contained relations and methods. */
export interface RevenueGroupOffer extends Model, RevenueGroupOfferFields {
}

/** The RevenueGroupOffer class (for instanceof), made by the runtime from the table. */
export const RevenueGroupOffer: ModelClass<RevenueGroupOffer> = modelClass<RevenueGroupOffer>(MODEL_CLASSES, "RevenueGroupOffer");
