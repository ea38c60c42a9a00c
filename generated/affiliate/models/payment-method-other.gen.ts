// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payment-method-other.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** PaymentMethodOther fields, named and valued as HasOffers sends them. */
export interface PaymentMethodOtherFields {
    /** integer, read only */
    readonly affiliate_id: NumericString | null;
    /** string */
    readonly details: string | null;
}

export type PaymentMethodOtherField = keyof PaymentMethodOtherFields & string;
export type PaymentMethodOtherContain = never;
export type PaymentMethodOtherWrite = { readonly [K in "details"]?: FieldInput };

/** A PaymentMethodOther as HasOffers returns it, with its contained relations and methods. */
export interface PaymentMethodOther extends Model, PaymentMethodOtherFields {
}

/** The PaymentMethodOther class (for instanceof), made by the runtime from the table. */
export const PaymentMethodOther: ModelClass<PaymentMethodOther> = modelClass<PaymentMethodOther>(MODEL_CLASSES, "PaymentMethodOther");
