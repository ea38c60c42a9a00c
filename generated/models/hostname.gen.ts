// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/hostname.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** Hostname fields, named and valued as HasOffers sends them. */
export interface HostnameFields {
    /** integer, read only */
    readonly brand_id: NumericString | null;
    /** string, required on create */
    readonly domain: string | null;
    /** boolean */
    readonly has_ssl: BooleanFlag | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, nullable */
    readonly jump_redirect: string | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
    /** enum, required on create */
    readonly type: "jump" | null;
}

export type HostnameField = keyof HostnameFields & string;
export type HostnameContain = never;
export type HostnameWrite = { readonly [K in "domain" | "has_ssl" | "jump_redirect"]?: FieldInput } & { readonly status?: "active" | "deleted"; readonly type?: "jump" };

/** A Hostname as HasOffers returns it, with its contained relations and methods. */
export interface Hostname extends Model, HostnameFields {
}

/** The Hostname class (for instanceof), made by the runtime from the table. */
export const Hostname: ModelClass<Hostname> = modelClass<Hostname>(MODEL_CLASSES, "Hostname");
