// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/paypal.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** Paypal fields, named and valued as HasOffers sends them. */
export interface PaypalFields {
    /** integer, key */
    readonly affiliate_id: string;
    /** string */
    readonly paypal_email: string | null;
    /** datetime */
    readonly modified: DateTimeString | null;
}

export type PaypalField = keyof PaypalFields & string;
export type PaypalContain = never;
export type PaypalWrite = { readonly [K in "paypal_email" | "modified"]?: FieldInput };

/** A Paypal as HasOffers returns it, with its contained relations and methods. */
export interface Paypal extends Model, PaypalFields {
}

/** The Paypal class (for instanceof), made by the runtime from the table. */
export const Paypal: ModelClass<Paypal> = modelClass<Paypal>(MODEL_CLASSES, "Paypal");
