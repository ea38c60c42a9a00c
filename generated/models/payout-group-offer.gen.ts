// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payout-group-offer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** PayoutGroupOffer fields, named and valued as HasOffers sends them. */
export interface PayoutGroupOfferFields {
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

export type PayoutGroupOfferField = keyof PayoutGroupOfferFields & string;
export type PayoutGroupOfferContain = never;
export type PayoutGroupOfferWrite = { readonly [K in "offer_id" | "percent" | "rate"]?: FieldInput };

/** A PayoutGroupOffer as HasOffers returns it, with its contained relations and methods. */
export interface PayoutGroupOffer extends Model, PayoutGroupOfferFields {
}

/** The PayoutGroupOffer class (for instanceof), made by the runtime from the table. */
export const PayoutGroupOffer: ModelClass<PayoutGroupOffer> = modelClass<PayoutGroupOffer>(MODEL_CLASSES, "PayoutGroupOffer");
