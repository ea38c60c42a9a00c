// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/dne-list.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** DneList fields, named and valued as HasOffers sends them. */
export interface DneListFields {
    /** integer, read only */
    readonly count: NumericString | null;
    /** string, read only, nullable */
    readonly file_hash: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** boolean, required on create */
    readonly is_external: BooleanFlag | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string, required on create */
    readonly name: string | null;
    /** enum, nullable */
    readonly provider: "UnsubCentral" | null;
    /** string */
    readonly provider_url: string | null;
    /** string, nullable */
    readonly ref_id: string | null;
    /** enum */
    readonly status: "enabled" | "disabled" | null;
    /** string */
    readonly unsubscribe_link: string | null;
    /** string */
    readonly url: string | null;
}

export type DneListField = keyof DneListFields & string;
export type DneListContain = never;
export type DneListWrite = { readonly [K in "is_external" | "name" | "provider_url" | "ref_id" | "unsubscribe_link" | "url"]?: FieldInput } & { readonly provider?: "UnsubCentral"; readonly status?: "enabled" | "disabled" };

/** A DneList as HasOffers returns it, with its contained relations and methods. */
export interface DneList extends Model, DneListFields {
}

/** The DneList class (for instanceof), made by the runtime from the table. */
export const DneList: ModelClass<DneList> = modelClass<DneList>(MODEL_CLASSES, "DneList");
