// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/alert.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass } from "../../../src/runtime/types.js";

/** Alert fields, named and valued as HasOffers sends them. */
export interface AlertFields {
    /** string, read only, nullable */
    readonly content: string | null;
    /** string, read only, nullable */
    readonly data: string | null;
    /** date, read only */
    readonly date: DateTimeString | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** string, read only, nullable */
    readonly description: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum, read only */
    readonly status: "active" | null;
    /** string, read only */
    readonly title: string | null;
    /** enum, required on create, read only */
    readonly type_code: "100" | "601" | "602" | null;
}

export type AlertField = keyof AlertFields & string;
export type AlertContain = never;
export type AlertWrite = Record<string, never>;

/** A Alert as HasOffers returns it, with its contained relations and methods. */
export interface Alert extends Model, AlertFields {
}

/** The Alert class (for instanceof), made by the runtime from the table. */
export const Alert: ModelClass<Alert> = modelClass<Alert>(MODEL_CLASSES, "Alert");
