// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/employee.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass } from "../../../src/runtime/types.js";

/** Employee fields, named and valued as HasOffers sends them. */
export interface EmployeeFields {
    /** string, read only, nullable */
    readonly aim: string | null;
    /** string, read only, nullable */
    readonly cell_phone: string | null;
    /** string, required on create, read only */
    readonly email: string | null;
    /** string, read only, nullable */
    readonly first_name: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, read only, nullable */
    readonly last_name: string | null;
    /** string, read only, nullable */
    readonly phone: string | null;
    /** string, read only, nullable */
    readonly photo: string | null;
    /** string, read only, nullable */
    readonly title: string | null;
}

export type EmployeeField = keyof EmployeeFields & string;
export type EmployeeContain = never;
export type EmployeeWrite = Record<string, never>;

/** A Employee as HasOffers returns it, with its contained relations and methods. */
export interface Employee extends Model, EmployeeFields {
}

/** The Employee class (for instanceof), made by the runtime from the table. */
export const Employee: ModelClass<Employee> = modelClass<Employee>(MODEL_CLASSES, "Employee");
