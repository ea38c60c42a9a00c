// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/cashflow-group.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** CashflowGroup fields, named and valued as HasOffers sends them. */
export interface CashflowGroupFields {
    /** array, read only */
    readonly affiliates: readonly unknown[] | null;
    /** integer, key, read only */
    readonly id: string;
    /** string */
    readonly name: string | null;
    /** string, nullable */
    readonly description: string | null;
    /** array, read only */
    readonly rules: readonly unknown[] | null;
}

export type CashflowGroupField = keyof CashflowGroupFields & string;
export type CashflowGroupContain = never;
export type CashflowGroupWrite = { readonly [K in "name" | "description"]?: FieldInput };

/** A CashflowGroup as HasOffers returns it, with its contained relations and methods. */
export interface CashflowGroup extends Model, CashflowGroupFields {
}

/** The CashflowGroup class (for instanceof), made by the runtime from the table. */
export const CashflowGroup: ModelClass<CashflowGroup> = modelClass<CashflowGroup>(MODEL_CLASSES, "CashflowGroup");
