// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/employee-alert.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** EmployeeAlert fields, named and valued as HasOffers sends them. */
export interface EmployeeAlertFields {
    /** boolean, required on create */
    readonly alert_id: BooleanFlag | null;
    /** integer, required on create */
    readonly employee_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** boolean */
    readonly is_dismissed: BooleanFlag | null;
}

export type EmployeeAlertField = keyof EmployeeAlertFields & string;
export type EmployeeAlertContain = never;
export type EmployeeAlertWrite = { readonly [K in "alert_id" | "employee_id" | "is_dismissed"]?: FieldInput };

/** A EmployeeAlert as HasOffers returns it, with its contained relations and methods. */
export interface EmployeeAlert extends Model, EmployeeAlertFields {
}

/** The EmployeeAlert class (for instanceof), made by the runtime from the table. */
export const EmployeeAlert: ModelClass<EmployeeAlert> = modelClass<EmployeeAlert>(MODEL_CLASSES, "EmployeeAlert");
