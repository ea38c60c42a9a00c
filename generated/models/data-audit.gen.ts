// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/data-audit.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** DataAudit fields, named and valued as HasOffers sends them. */
export interface DataAuditFields {
    /** datetime, read only */
    readonly action_time_utc: DateTimeString | null;
    /** string, read only */
    readonly detected_ip: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** object, read only, nullable */
    readonly new_data: { readonly [key: string]: unknown } | null;
    /** object, read only, nullable */
    readonly old_data: { readonly [key: string]: unknown } | null;
    /** enum, read only */
    readonly operation: "insert" | "update" | "delete" | null;
    /** string, read only, nullable */
    readonly source: string | null;
    /** string, read only */
    readonly table_name: string | null;
    /** string, read only */
    readonly table_pkey_name: string | null;
    /** string, read only */
    readonly table_row_pkey_val: string | null;
    /** integer, read only, nullable */
    readonly user_id: NumericString | null;
    /** string, read only, nullable */
    readonly user_ip: string | null;
    /** enum, read only, nullable */
    readonly user_type: "AdvertiserUser" | "AffiliateUser" | "Employee" | null;
}

export type DataAuditField = keyof DataAuditFields & string;
export type DataAuditContain = never;
export type DataAuditWrite = Record<string, never>;

/** A DataAudit as HasOffers returns it, with its contained relations and methods. */
export interface DataAudit extends Model, DataAuditFields {
}

/** The DataAudit class (for instanceof), made by the runtime from the table. */
export const DataAudit: ModelClass<DataAudit> = modelClass<DataAudit>(MODEL_CLASSES, "DataAudit");
