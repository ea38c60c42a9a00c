// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/advertiser-account-balance.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AdvertiserAccountBalance fields, named and valued as HasOffers sends them. */
export interface AdvertiserAccountBalanceFields {
    /** integer, key, read only */
    readonly advertiser_id: string;
    /** decimal, required on create, read only */
    readonly balance: NumericString | null;
}

export type AdvertiserAccountBalanceField = keyof AdvertiserAccountBalanceFields & string;
export type AdvertiserAccountBalanceContain = never;
export type AdvertiserAccountBalanceWrite = Record<string, never>;

/** A AdvertiserAccountBalance as HasOffers returns it, with its contained relations and methods. */
export interface AdvertiserAccountBalance extends Model, AdvertiserAccountBalanceFields {
}

/** The AdvertiserAccountBalance class (for instanceof), made by the runtime from the table. */
export const AdvertiserAccountBalance: ModelClass<AdvertiserAccountBalance> = modelClass<AdvertiserAccountBalance>(MODEL_CLASSES, "AdvertiserAccountBalance");
