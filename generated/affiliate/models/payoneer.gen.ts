// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payoneer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../../src/runtime/types.js";

/** Payoneer fields, named and valued as HasOffers sends them. */
export interface PayoneerFields {
    /** integer, key */
    readonly affiliate_id: string;
    /** string */
    readonly payoneer_status: string | null;
}

export type PayoneerField = keyof PayoneerFields & string;
export type PayoneerContain = never;
export type PayoneerWrite = { readonly [K in "payoneer_status"]?: FieldInput };

/** A Payoneer as HasOffers returns it, with its contained relations and methods. */
export interface Payoneer extends Model, PayoneerFields {
}

/** The Payoneer class (for instanceof), made by the runtime from the table. */
export const Payoneer: ModelClass<Payoneer> = modelClass<Payoneer>(MODEL_CLASSES, "Payoneer");
