// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/check.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** Check fields, named and valued as HasOffers sends them. */
export interface CheckFields {
    /** integer, key */
    readonly affiliate_id: string;
    /** string */
    readonly check_payable_to: string | null;
    /** string */
    readonly check_address1: string | null;
    /** string */
    readonly check_address2: string | null;
    /** string */
    readonly check_city: string | null;
    /** string */
    readonly check_region: string | null;
    /** string */
    readonly check_country: string | null;
    /** string */
    readonly check_zipcode: string | null;
    /** boolean */
    readonly is_individual: BooleanFlag | null;
}

export type CheckField = keyof CheckFields & string;
export type CheckContain = never;
export type CheckWrite = { readonly [K in "check_payable_to" | "check_address1" | "check_address2" | "check_city" | "check_region" | "check_country" | "check_zipcode" | "is_individual"]?: FieldInput };

/** A Check as HasOffers returns it, with its contained relations and methods. */
export interface Check extends Model, CheckFields {
}

/** The Check class (for instanceof), made by the runtime from the table. */
export const Check: ModelClass<Check> = modelClass<Check>(MODEL_CLASSES, "Check");
