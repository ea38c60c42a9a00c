// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-currency-balance.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { Model, ModelClass } from "../../src/runtime/types.js";

/** AffiliateCurrencyBalance fields, named and valued as HasOffers sends them. */
export interface AffiliateCurrencyBalanceFields {
}

export type AffiliateCurrencyBalanceField = string;
export type AffiliateCurrencyBalanceContain = never;
export type AffiliateCurrencyBalanceWrite = Record<string, never>;

/** A AffiliateCurrencyBalance as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateCurrencyBalance extends Model, AffiliateCurrencyBalanceFields {
}

/** The AffiliateCurrencyBalance class (for instanceof), made by the runtime from the table. */
export const AffiliateCurrencyBalance: ModelClass<AffiliateCurrencyBalance> = modelClass<AffiliateCurrencyBalance>(MODEL_CLASSES, "AffiliateCurrencyBalance");
