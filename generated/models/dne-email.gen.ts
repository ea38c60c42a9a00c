// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/dne-email.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** DneEmail fields, named and valued as HasOffers sends them. */
export interface DneEmailFields {
    /** integer, nullable */
    readonly affiliate_id: NumericString | null;
    /** string */
    readonly email: string | null;
    /** string, nullable */
    readonly ip: string | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
}

export type DneEmailField = keyof DneEmailFields & string;
export type DneEmailContain = never;
export type DneEmailWrite = { readonly [K in "affiliate_id" | "email" | "ip"]?: FieldInput };

/** A DneEmail as HasOffers returns it, with its contained relations and methods. */
export interface DneEmail extends Model, DneEmailFields {
}

/** The DneEmail class (for instanceof), made by the runtime from the table. */
export const DneEmail: ModelClass<DneEmail> = modelClass<DneEmail>(MODEL_CLASSES, "DneEmail");
