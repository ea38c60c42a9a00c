// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/exchange-rate.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** ExchangeRate fields, named and valued as HasOffers sends them. */
export interface ExchangeRateFields {
    /** string, key */
    readonly currency: string;
    /** string, required on create */
    readonly rate: string | null;
}

export type ExchangeRateField = keyof ExchangeRateFields & string;
export type ExchangeRateContain = never;
export type ExchangeRateWrite = { readonly [K in "rate"]?: FieldInput };

/** A ExchangeRate as HasOffers returns it, with its contained relations and methods. */
export interface ExchangeRate extends Model, ExchangeRateFields {
}

/** The ExchangeRate class (for instanceof), made by the runtime from the table. */
export const ExchangeRate: ModelClass<ExchangeRate> = modelClass<ExchangeRate>(MODEL_CLASSES, "ExchangeRate");
