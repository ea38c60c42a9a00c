// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payment-method.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { Model, ModelClass } from "../../src/runtime/types.js";

/** PaymentMethod fields, named and valued as HasOffers sends them. */
export interface PaymentMethodFields {
}

export type PaymentMethodField = string;
export type PaymentMethodContain = never;
export type PaymentMethodWrite = Record<string, never>;

/** A PaymentMethod as HasOffers returns it, with its contained relations and methods. */
export interface PaymentMethod extends Model, PaymentMethodFields {
}

/** The PaymentMethod class (for instanceof), made by the runtime from the table. */
export const PaymentMethod: ModelClass<PaymentMethod> = modelClass<PaymentMethod>(MODEL_CLASSES, "PaymentMethod");
