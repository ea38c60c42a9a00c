// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payment-method-wire.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** PaymentMethodWire fields, named and valued as HasOffers sends them. */
export interface PaymentMethodWireFields {
    /** integer, read only */
    readonly affiliate_id: NumericString | null;
    /** string */
    readonly account_number: string | null;
    /** string */
    readonly bank_name: string | null;
    /** string */
    readonly beneficiary_name: string | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string, nullable */
    readonly other_details: string | null;
    /** string */
    readonly routing_number: string | null;
}

export type PaymentMethodWireField = keyof PaymentMethodWireFields & string;
export type PaymentMethodWireContain = never;
export type PaymentMethodWireWrite = { readonly [K in "account_number" | "bank_name" | "beneficiary_name" | "other_details" | "routing_number"]?: FieldInput };

/** A PaymentMethodWire as HasOffers returns it, with its contained relations and methods. */
export interface PaymentMethodWire extends Model, PaymentMethodWireFields {
}

/** The PaymentMethodWire class (for instanceof), made by the runtime from the table. */
export const PaymentMethodWire: ModelClass<PaymentMethodWire> = modelClass<PaymentMethodWire>(MODEL_CLASSES, "PaymentMethodWire");
