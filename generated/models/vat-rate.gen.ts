// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/vat-rate.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** VatRate fields, named and valued as HasOffers sends them. */
export interface VatRateFields {
    /** string, required on create */
    readonly code: string | null;
    /** datetime, read only */
    readonly created: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string, required on create */
    readonly name: string | null;
    /** decimal, required on create */
    readonly rate: NumericString | null;
}

export type VatRateField = keyof VatRateFields & string;
export type VatRateContain = never;
export type VatRateWrite = { readonly [K in "code" | "name" | "rate"]?: FieldInput };

/** A VatRate as HasOffers returns it, with its contained relations and methods. */
export interface VatRate extends Model, VatRateFields {
}

/** The VatRate class (for instanceof), made by the runtime from the table. */
export const VatRate: ModelClass<VatRate> = modelClass<VatRate>(MODEL_CLASSES, "VatRate");
