// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payment-method-paypal.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** PaymentMethodPaypal fields, named and valued as HasOffers sends them. */
export interface PaymentMethodPaypalFields {
    /** integer, read only */
    readonly affiliate_id: NumericString | null;
    /** string */
    readonly email: string | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
}

export type PaymentMethodPaypalField = keyof PaymentMethodPaypalFields & string;
export type PaymentMethodPaypalContain = never;
export type PaymentMethodPaypalWrite = { readonly [K in "email"]?: FieldInput };

/** A PaymentMethodPaypal as HasOffers returns it, with its contained relations and methods. */
export interface PaymentMethodPaypal extends Model, PaymentMethodPaypalFields {
}

/** The PaymentMethodPaypal class (for instanceof), made by the runtime from the table. */
export const PaymentMethodPaypal: ModelClass<PaymentMethodPaypal> = modelClass<PaymentMethodPaypal>(MODEL_CLASSES, "PaymentMethodPaypal");
