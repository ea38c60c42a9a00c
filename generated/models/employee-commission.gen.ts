// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/employee-commission.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** EmployeeCommission fields, named and valued as HasOffers sends them. */
export interface EmployeeCommissionFields {
    /** integer, key */
    readonly employee_id: string;
    /** enum, required on create */
    readonly field: "leads" | "payout" | "revenue" | "profit" | null;
    /** decimal */
    readonly min_commission: NumericString | null;
    /** decimal */
    readonly rate: NumericString | null;
    /** enum, required on create */
    readonly rate_type: "flat" | "percentage" | null;
}

export type EmployeeCommissionField = keyof EmployeeCommissionFields & string;
export type EmployeeCommissionContain = never;
export type EmployeeCommissionWrite = { readonly [K in "min_commission" | "rate"]?: FieldInput } & { readonly field?: "leads" | "payout" | "revenue" | "profit"; readonly rate_type?: "flat" | "percentage" };

/** A EmployeeCommission as HasOffers returns it, with its contained relations and methods. */
export interface EmployeeCommission extends Model, EmployeeCommissionFields {
}

/** The EmployeeCommission class (for instanceof), made by the runtime from the table. */
export const EmployeeCommission: ModelClass<EmployeeCommission> = modelClass<EmployeeCommission>(MODEL_CLASSES, "EmployeeCommission");
