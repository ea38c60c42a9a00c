// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/permission.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** Permission fields, named and valued as HasOffers sends them. */
export interface PermissionFields {
    /** integer, key */
    readonly id: string;
    /** string, required on create */
    readonly name: string | null;
    /** string, required on create */
    readonly description: string | null;
}

export type PermissionField = keyof PermissionFields & string;
export type PermissionContain = never;
export type PermissionWrite = { readonly [K in "name" | "description"]?: FieldInput };

/** A Permission as HasOffers returns it, with its contained relations and methods. */
export interface Permission extends Model, PermissionFields {
}

/** The Permission class (for instanceof), made by the runtime from the table. */
export const Permission: ModelClass<Permission> = modelClass<Permission>(MODEL_CLASSES, "Permission");
