// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/alert.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** Alert fields, named and valued as HasOffers sends them. */
export interface AlertFields {
    /** string, nullable */
    readonly content: string | null;
    /** string, read only, nullable */
    readonly data: string | null;
    /** date, read only */
    readonly date: DateTimeString | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** string, nullable */
    readonly description: string | null;
    /** integer, nullable */
    readonly employee_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer, read only, nullable */
    readonly ref_affiliate_id: NumericString | null;
    /** string, read only, nullable */
    readonly ref_key: string | null;
    /** integer, read only, nullable */
    readonly ref_id: NumericString | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
    /** string, nullable */
    readonly title: string | null;
    /** enum, required on create */
    readonly type_code: "100" | "201" | "202" | "203" | "301" | "302" | "303" | "401" | "402" | "501" | "502" | "601" | "602" | "603" | null;
}

export type AlertField = keyof AlertFields & string;
export type AlertContain = never;
export type AlertWrite = { readonly [K in "content" | "description" | "employee_id" | "title"]?: FieldInput } & { readonly status?: "active" | "deleted"; readonly type_code?: "100" | "201" | "202" | "203" | "301" | "302" | "303" | "401" | "402" | "501" | "502" | "601" | "602" | "603" };

/** A Alert as HasOffers returns it, with its contained relations and methods. */
export interface Alert extends Model, AlertFields {
}

/** The Alert class (for instanceof), made by the runtime from the table. */
export const Alert: ModelClass<Alert> = modelClass<Alert>(MODEL_CLASSES, "Alert");
