// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payment-method-check.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** PaymentMethodCheck fields, named and valued as HasOffers sends them. */
export interface PaymentMethodCheckFields {
    /** integer, read only */
    readonly affiliate_id: NumericString | null;
    /** string */
    readonly address1: string | null;
    /** string, nullable */
    readonly address2: string | null;
    /** string */
    readonly city: string | null;
    /** string */
    readonly country: string | null;
    /** string */
    readonly payable_to: string | null;
    /** string, nullable */
    readonly region: string | null;
    /** string */
    readonly zipcode: string | null;
    /** boolean */
    readonly is_individual: BooleanFlag | null;
}

export type PaymentMethodCheckField = keyof PaymentMethodCheckFields & string;
export type PaymentMethodCheckContain = never;
export type PaymentMethodCheckWrite = { readonly [K in "address1" | "address2" | "city" | "country" | "payable_to" | "region" | "zipcode" | "is_individual"]?: FieldInput };

/** A PaymentMethodCheck as HasOffers returns it, with its contained relations and methods. */
export interface PaymentMethodCheck extends Model, PaymentMethodCheckFields {
}

/** The PaymentMethodCheck class (for instanceof), made by the runtime from the table. */
export const PaymentMethodCheck: ModelClass<PaymentMethodCheck> = modelClass<PaymentMethodCheck>(MODEL_CLASSES, "PaymentMethodCheck");
