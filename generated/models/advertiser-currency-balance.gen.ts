// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/advertiser-currency-balance.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { Model, ModelClass } from "../../src/runtime/types.js";

/** AdvertiserCurrencyBalance fields, named and valued as HasOffers sends them. */
export interface AdvertiserCurrencyBalanceFields {
}

export type AdvertiserCurrencyBalanceField = string;
export type AdvertiserCurrencyBalanceContain = never;
export type AdvertiserCurrencyBalanceWrite = Record<string, never>;

/** A AdvertiserCurrencyBalance as HasOffers returns it, with its contained relations and methods. */
export interface AdvertiserCurrencyBalance extends Model, AdvertiserCurrencyBalanceFields {
}

/** The AdvertiserCurrencyBalance class (for instanceof), made by the runtime from the table. */
export const AdvertiserCurrencyBalance: ModelClass<AdvertiserCurrencyBalance> = modelClass<AdvertiserCurrencyBalance>(MODEL_CLASSES, "AdvertiserCurrencyBalance");
