// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-account-balance.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** AffiliateAccountBalance fields, named and valued as HasOffers sends them. */
export interface AffiliateAccountBalanceFields {
    /** integer, key, read only */
    readonly affiliate_id: string;
    /** decimal, required on create, read only */
    readonly balance: NumericString | null;
}

export type AffiliateAccountBalanceField = keyof AffiliateAccountBalanceFields & string;
export type AffiliateAccountBalanceContain = never;
export type AffiliateAccountBalanceWrite = Record<string, never>;

/** A AffiliateAccountBalance as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateAccountBalance extends Model, AffiliateAccountBalanceFields {
}

/** The AffiliateAccountBalance class (for instanceof), made by the runtime from the table. */
export const AffiliateAccountBalance: ModelClass<AffiliateAccountBalance> = modelClass<AffiliateAccountBalance>(MODEL_CLASSES, "AffiliateAccountBalance");
