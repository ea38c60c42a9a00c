// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/time-zone.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../../src/runtime/types.js";

/** TimeZone fields, named and valued as HasOffers sends them. */
export interface TimeZoneFields {
    /** integer, key */
    readonly id: string;
    /** string, required on create */
    readonly location: string | null;
    /** string, required on create */
    readonly gmt: string | null;
    /** string, required on create */
    readonly keyword: string | null;
}

export type TimeZoneField = keyof TimeZoneFields & string;
export type TimeZoneContain = never;
export type TimeZoneWrite = { readonly [K in "location" | "gmt" | "keyword"]?: FieldInput };

/** A TimeZone as HasOffers returns it, with its contained relations and methods. */
export interface TimeZone extends Model, TimeZoneFields {
}

/** The TimeZone class (for instanceof), made by the runtime from the table. */
export const TimeZone: ModelClass<TimeZone> = modelClass<TimeZone>(MODEL_CLASSES, "TimeZone");
