// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/employee-history.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** EmployeeHistory fields, named and valued as HasOffers sends them. */
export interface EmployeeHistoryFields {
    /** integer, key */
    readonly id: string;
    /** datetime, required on create */
    readonly join_date: DateTimeString | null;
    /** string, required on create */
    readonly password: string | null;
    /** string, required on create */
    readonly salt: string | null;
    /** integer */
    readonly employee_id: NumericString | null;
    /** string */
    readonly email: string | null;
    /** string */
    readonly status: string | null;
    /** string */
    readonly wants_alerts: string | null;
    /** string */
    readonly first_name: string | null;
    /** string */
    readonly last_name: string | null;
    /** string */
    readonly phone: string | null;
    /** string */
    readonly cell_phone: string | null;
    /** string */
    readonly title: string | null;
    /** string */
    readonly last_login: string | null;
    /** string */
    readonly permissions: string | null;
    /** string */
    readonly aim: string | null;
    /** string */
    readonly photo: string | null;
    /** string */
    readonly billing_user: string | null;
    /** datetime */
    readonly modified: DateTimeString | null;
    /** string */
    readonly operation: string | null;
    /** string */
    readonly user_ip: string | null;
    /** string */
    readonly operation_time: string | null;
    /** integer */
    readonly user_id: NumericString | null;
}

export type EmployeeHistoryField = keyof EmployeeHistoryFields & string;
export type EmployeeHistoryContain = never;
export type EmployeeHistoryWrite = { readonly [K in "join_date" | "password" | "salt" | "employee_id" | "email" | "status" | "wants_alerts" | "first_name" | "last_name" | "phone" | "cell_phone" | "title" | "last_login" | "permissions" | "aim" | "photo" | "billing_user" | "modified" | "operation" | "user_ip" | "operation_time" | "user_id"]?: FieldInput };

/** A EmployeeHistory as HasOffers returns it, with its contained relations and methods. */
export interface EmployeeHistory extends Model, EmployeeHistoryFields {
}

/** The EmployeeHistory class (for instanceof), made by the runtime from the table. */
export const EmployeeHistory: ModelClass<EmployeeHistory> = modelClass<EmployeeHistory>(MODEL_CLASSES, "EmployeeHistory");
