// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/employee.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** Employee fields, named and valued as HasOffers sends them. */
export interface EmployeeFields {
    /** array, read only */
    readonly access: readonly unknown[] | null;
    /** string, nullable */
    readonly aim: string | null;
    /** boolean */
    readonly billing_user: BooleanFlag | null;
    /** string, nullable */
    readonly cell_phone: string | null;
    /** string, required on create */
    readonly email: string | null;
    /** string, nullable */
    readonly first_name: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, required on create, read only */
    readonly join_date: DateTimeString | null;
    /** datetime, read only, nullable */
    readonly last_login: DateTimeString | null;
    /** string, nullable */
    readonly last_name: string | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** integer, read only */
    readonly permissions: NumericString | null;
    /** string, nullable */
    readonly phone: string | null;
    /** string */
    readonly photo: string | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
    /** string, nullable */
    readonly title: string | null;
    /** boolean, read only */
    readonly wants_alerts: BooleanFlag | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly salt?: string | null;
}

export type EmployeeField = keyof EmployeeFields & string;
export type EmployeeContain = never;
export type EmployeeWrite = { readonly [K in "aim" | "billing_user" | "cell_phone" | "email" | "first_name" | "last_name" | "password" | "password_confirmation" | "phone" | "photo" | "title" | "salt"]?: FieldInput } & { readonly status?: "active" | "deleted" };

/** A Employee as HasOffers returns it, with its contained relations and methods. */
export interface Employee extends Model, EmployeeFields {
}

/** The Employee class (for instanceof), made by the runtime from the table. */
export const Employee: ModelClass<Employee> = modelClass<Employee>(MODEL_CLASSES, "Employee");
