// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/hostname.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, Model, ModelClass } from "../../../src/runtime/types.js";

/** Hostname fields, named and valued as HasOffers sends them. */
export interface HostnameFields {
    /** string, required on create, read only */
    readonly domain: string | null;
    /** boolean, read only */
    readonly has_ssl: BooleanFlag | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum, required on create, read only */
    readonly type: "jump" | null;
}

export type HostnameField = keyof HostnameFields & string;
export type HostnameContain = never;
export type HostnameWrite = Record<string, never>;

/** A Hostname as HasOffers returns it, with its contained relations and methods. */
export interface Hostname extends Model, HostnameFields {
}

/** The Hostname class (for instanceof), made by the runtime from the table. */
export const Hostname: ModelClass<Hostname> = modelClass<Hostname>(MODEL_CLASSES, "Hostname");
