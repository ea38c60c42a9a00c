// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/wire.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** Wire fields, named and valued as HasOffers sends them. */
export interface WireFields {
    /** integer, key */
    readonly affiliate_id: string;
    /** string */
    readonly wire_beneficiary_name: string | null;
    /** string */
    readonly wire_account_number: string | null;
    /** string */
    readonly wire_bank_name: string | null;
    /** string */
    readonly wire_routing_number: string | null;
    /** string */
    readonly wire_other_details: string | null;
    /** datetime, read only */
    readonly wire_modified: DateTimeString | null;
}

export type WireField = keyof WireFields & string;
export type WireContain = never;
export type WireWrite = { readonly [K in "wire_beneficiary_name" | "wire_account_number" | "wire_bank_name" | "wire_routing_number" | "wire_other_details"]?: FieldInput };

/** A Wire as HasOffers returns it, with its contained relations and methods. */
export interface Wire extends Model, WireFields {
}

/** The Wire class (for instanceof), made by the runtime from the table. */
export const Wire: ModelClass<Wire> = modelClass<Wire>(MODEL_CLASSES, "Wire");
