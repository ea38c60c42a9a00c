// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/browser.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** Browser fields, named and valued as HasOffers sends them. */
export interface BrowserFields {
    /** integer, required on create, read only */
    readonly bit_pos: NumericString | null;
    /** enum, read only */
    readonly class: "desktop" | "mobile" | null;
    /** enum, read only */
    readonly group: "Desktop" | "Fully Web Capable" | "Partially Web Capable" | "WAP Only" | null;
    /** enum, read only */
    readonly group_id: "1" | "2" | "3" | "4" | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, read only */
    readonly name: string | null;
    /** string, read only, nullable */
    readonly note: string | null;
}

export type BrowserField = keyof BrowserFields & string;
export type BrowserContain = never;
export type BrowserWrite = Record<string, never>;

/** A Browser as HasOffers returns it, with its contained relations and methods. */
export interface Browser extends Model, BrowserFields {
}

/** The Browser class (for instanceof), made by the runtime from the table. */
export const Browser: ModelClass<Browser> = modelClass<Browser>(MODEL_CLASSES, "Browser");
