// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/simple-brand.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** SimpleBrand fields, named and valued as HasOffers sends them. */
export interface SimpleBrandFields {
    /** integer, key */
    readonly id: string;
    /** integer */
    readonly network_id: NumericString | null;
    /** string */
    readonly network_name: string | null;
    /** string */
    readonly hostname: string | null;
    /** string */
    readonly jump_hostname: string | null;
    /** string */
    readonly dev_hostname: string | null;
    /** string */
    readonly email: string | null;
    /** boolean */
    readonly has_verified_email: BooleanFlag | null;
    /** boolean */
    readonly has_database: BooleanFlag | null;
    /** boolean */
    readonly has_user: BooleanFlag | null;
    /** boolean */
    readonly is_current: BooleanFlag | null;
    /** string */
    readonly schema_version: string | null;
    /** string */
    readonly code_version: string | null;
    /** string */
    readonly shared_server: string | null;
    /** string */
    readonly activated: string | null;
    /** string */
    readonly network_type: string | null;
    /** string */
    readonly edition: string | null;
    /** string */
    readonly payment_cycle: string | null;
    /** string */
    readonly payment_price: string | null;
    /** string */
    readonly status: string | null;
    /** boolean */
    readonly has_offer: BooleanFlag | null;
    /** string */
    readonly jump_hostname_has_ssl: string | null;
    /** string */
    readonly volume_index: string | null;
    /** string */
    readonly under_maintenance: string | null;
    /** datetime */
    readonly created: DateTimeString | null;
    /** string */
    readonly disable_tracking_monitor: string | null;
    /** string */
    readonly exchange_enabled: string | null;
    /** datetime */
    readonly reactivated_date: DateTimeString | null;
    /** string */
    readonly referral_type: string | null;
    /** string */
    readonly stats_version: string | null;
    /** string */
    readonly referral_details: string | null;
    /** integer */
    readonly db_stat_pool_id: NumericString | null;
    /** string */
    readonly signup_code: string | null;
    /** boolean */
    readonly is_archived: BooleanFlag | null;
    /** integer */
    readonly db_pool_id: NumericString | null;
    /** string */
    readonly data_on_db_pool: string | null;
    /** integer */
    readonly app_pool_id: NumericString | null;
    /** datetime */
    readonly max_partition_date: DateTimeString | null;
    /** string */
    readonly memcache_cluster: string | null;
    /** string */
    readonly ssh_port_start: string | null;
    /** datetime */
    readonly modified: DateTimeString | null;
    /** string */
    readonly qproc_stats_target: string | null;
}

export type SimpleBrandField = keyof SimpleBrandFields & string;
export type SimpleBrandContain = never;
export type SimpleBrandWrite = { readonly [K in "network_id" | "network_name" | "hostname" | "jump_hostname" | "dev_hostname" | "email" | "has_verified_email" | "has_database" | "has_user" | "is_current" | "schema_version" | "code_version" | "shared_server" | "activated" | "network_type" | "edition" | "payment_cycle" | "payment_price" | "status" | "has_offer" | "jump_hostname_has_ssl" | "volume_index" | "under_maintenance" | "created" | "disable_tracking_monitor" | "exchange_enabled" | "reactivated_date" | "referral_type" | "stats_version" | "referral_details" | "db_stat_pool_id" | "signup_code" | "is_archived" | "db_pool_id" | "data_on_db_pool" | "app_pool_id" | "max_partition_date" | "memcache_cluster" | "ssh_port_start" | "modified" | "qproc_stats_target"]?: FieldInput };

/** A SimpleBrand as HasOffers returns it, with its contained relations and methods. */
export interface SimpleBrand extends Model, SimpleBrandFields {
}

/** The SimpleBrand class (for instanceof), made by the runtime from the table. */
export const SimpleBrand: ModelClass<SimpleBrand> = modelClass<SimpleBrand>(MODEL_CLASSES, "SimpleBrand");
