// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/account-note.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AccountNote fields, named and valued as HasOffers sends them. */
export interface AccountNoteFields {
    /** integer, key, read only */
    readonly id: string;
    /** enum, required on create */
    readonly type: "affiliate" | "advertiser" | null;
    /** integer, required on create */
    readonly account_id: NumericString | null;
    /** string, required on create */
    readonly note: string | null;
    /** datetime, read only */
    readonly created: DateTimeString | null;
}

export type AccountNoteField = keyof AccountNoteFields & string;
export type AccountNoteContain = never;
export type AccountNoteWrite = { readonly [K in "account_id" | "note"]?: FieldInput } & { readonly type?: "affiliate" | "advertiser" };

/** A AccountNote as HasOffers returns it, with its contained relations and methods. */
export interface AccountNote extends Model, AccountNoteFields {
}

/** The AccountNote class (for instanceof), made by the runtime from the table. */
export const AccountNote: ModelClass<AccountNote> = modelClass<AccountNote>(MODEL_CLASSES, "AccountNote");
