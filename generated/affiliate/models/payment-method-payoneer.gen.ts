// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payment-method-payoneer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** PaymentMethodPayoneer fields, named and valued as HasOffers sends them. */
export interface PaymentMethodPayoneerFields {
    /** integer, read only */
    readonly affiliate_id: NumericString | null;
    /** enum, nullable */
    readonly status: "pending" | "registered" | "approved" | "declined" | null;
}

export type PaymentMethodPayoneerField = keyof PaymentMethodPayoneerFields & string;
export type PaymentMethodPayoneerContain = never;
export type PaymentMethodPayoneerWrite = { readonly status?: "pending" | "registered" | "approved" | "declined" };

/** A PaymentMethodPayoneer as HasOffers returns it, with its contained relations and methods. */
export interface PaymentMethodPayoneer extends Model, PaymentMethodPayoneerFields {
}

/** The PaymentMethodPayoneer class (for instanceof), made by the runtime from the table. */
export const PaymentMethodPayoneer: ModelClass<PaymentMethodPayoneer> = modelClass<PaymentMethodPayoneer>(MODEL_CLASSES, "PaymentMethodPayoneer");
