// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/payout-group.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass } from "../../../src/runtime/types.js";

/** PayoutGroup fields, named and valued as HasOffers sends them. */
export interface PayoutGroupFields {
    /** integer, key, read only */
    readonly id: string;
    /** string, read only */
    readonly name: string | null;
    /** string, read only, nullable */
    readonly description: string | null;
    /** array, read only */
    readonly rules: readonly unknown[] | null;
}

export type PayoutGroupField = keyof PayoutGroupFields & string;
export type PayoutGroupContain = never;
export type PayoutGroupWrite = Record<string, never>;

/** A PayoutGroup as HasOffers returns it, with its contained relations and methods. */
export interface PayoutGroup extends Model, PayoutGroupFields {
}

/** The PayoutGroup class (for instanceof), made by the runtime from the table. */
export const PayoutGroup: ModelClass<PayoutGroup> = modelClass<PayoutGroup>(MODEL_CLASSES, "PayoutGroup");
