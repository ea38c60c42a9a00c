// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/saved-reports.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** SavedReports fields, named and valued as HasOffers sends them. */
export interface SavedReportsFields {
    /** object, required on create */
    readonly data: { readonly [key: string]: unknown } | null;
    /** string, required on create */
    readonly hash: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum, required on create */
    readonly interface: "affiliate" | "network" | "advertiser" | null;
    /** string, required on create */
    readonly name: string | null;
    /** enum, required on create */
    readonly type: "stats" | "conversions" | null;
    /** integer, required on create */
    readonly user_id: NumericString | null;
}

export type SavedReportsField = keyof SavedReportsFields & string;
export type SavedReportsContain = never;
export type SavedReportsWrite = { readonly [K in "data" | "hash" | "name" | "user_id"]?: FieldInput } & { readonly interface?: "affiliate" | "network" | "advertiser"; readonly type?: "stats" | "conversions" };

/** A SavedReports as HasOffers returns it, with its contained relations and methods. */
export interface SavedReports extends Model, SavedReportsFields {
}

/** The SavedReports class (for instanceof), made by the runtime from the table. */
export const SavedReports: ModelClass<SavedReports> = modelClass<SavedReports>(MODEL_CLASSES, "SavedReports");
