// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/brand-data-audit.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** BrandDataAudit fields, named and valued as HasOffers sends them. */
export interface BrandDataAuditFields {
    /** integer, key */
    readonly id: string;
    /** string */
    readonly table_name: string | null;
    /** string */
    readonly table_pkey_name: string | null;
    /** string */
    readonly table_row_pkey_val: string | null;
    /** string */
    readonly new_data: string | null;
    /** string */
    readonly old_data: string | null;
    /** string */
    readonly action_time_utc: string | null;
    /** string */
    readonly source: string | null;
    /** string */
    readonly user_type: string | null;
    /** integer */
    readonly user_id: NumericString | null;
    /** string */
    readonly user_ip: string | null;
    /** string */
    readonly detected_ip: string | null;
    /** string */
    readonly operation: string | null;
}

export type BrandDataAuditField = keyof BrandDataAuditFields & string;
export type BrandDataAuditContain = never;
export type BrandDataAuditWrite = { readonly [K in "table_name" | "table_pkey_name" | "table_row_pkey_val" | "new_data" | "old_data" | "action_time_utc" | "source" | "user_type" | "user_id" | "user_ip" | "detected_ip" | "operation"]?: FieldInput };

/** A BrandDataAudit as HasOffers returns it, with its contained relations and methods. */
export interface BrandDataAudit extends Model, BrandDataAuditFields {
}

/** The BrandDataAudit class (for instanceof), made by the runtime from the table. */
export const BrandDataAudit: ModelClass<BrandDataAudit> = modelClass<BrandDataAudit>(MODEL_CLASSES, "BrandDataAudit");
