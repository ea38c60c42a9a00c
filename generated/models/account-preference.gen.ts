// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/account-preference.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AccountPreference fields, named and valued as HasOffers sends them. */
export interface AccountPreferenceFields {
    /** integer, key, read only */
    readonly id: string;
    /** integer, read only */
    readonly account_id: NumericString | null;
    /** string, read only */
    readonly name: string | null;
    /** string, nullable */
    readonly value: string | null;
    /** enum, read only */
    readonly type: "affiliate" | "advertiser" | "employee" | null;
}

export type AccountPreferenceField = keyof AccountPreferenceFields & string;
export type AccountPreferenceContain = never;
export type AccountPreferenceWrite = { readonly [K in "value"]?: FieldInput };

/** A AccountPreference as HasOffers returns it, with its contained relations and methods. */
export interface AccountPreference extends Model, AccountPreferenceFields {
}

/** The AccountPreference class (for instanceof), made by the runtime from the table. */
export const AccountPreference: ModelClass<AccountPreference> = modelClass<AccountPreference>(MODEL_CLASSES, "AccountPreference");
