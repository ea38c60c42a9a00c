// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/blocked-account-reason.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** BlockedAccountReason fields, named and valued as HasOffers sends them. */
export interface BlockedAccountReasonFields {
    /** integer, key */
    readonly id: string;
    /** datetime */
    readonly created: DateTimeString | null;
    /** integer */
    readonly affiliate_id: NumericString | null;
    /** integer */
    readonly advertiser_id: NumericString | null;
    /** integer */
    readonly employee_id: NumericString | null;
    /** string */
    readonly reason: string | null;
}

export type BlockedAccountReasonField = keyof BlockedAccountReasonFields & string;
export type BlockedAccountReasonContain = never;
export type BlockedAccountReasonWrite = { readonly [K in "created" | "affiliate_id" | "advertiser_id" | "employee_id" | "reason"]?: FieldInput };

/** A BlockedAccountReason as HasOffers returns it, with its contained relations and methods. */
export interface BlockedAccountReason extends Model, BlockedAccountReasonFields {
}

/** The BlockedAccountReason class (for instanceof), made by the runtime from the table. */
export const BlockedAccountReason: ModelClass<BlockedAccountReason> = modelClass<BlockedAccountReason>(MODEL_CLASSES, "BlockedAccountReason");
