// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/group.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** Group fields, named and valued as HasOffers sends them. */
export interface GroupFields {
    /** integer, key */
    readonly id: string;
    /** string, required on create */
    readonly name: string | null;
    /** string, required on create */
    readonly jurisdiction: string | null;
}

export type GroupField = keyof GroupFields & string;
export type GroupContain = never;
export type GroupWrite = { readonly [K in "name" | "jurisdiction"]?: FieldInput };

/** A Group as HasOffers returns it, with its contained relations and methods. */
export interface Group extends Model, GroupFields {
}

/** The Group class (for instanceof), made by the runtime from the table. */
export const Group: ModelClass<Group> = modelClass<Group>(MODEL_CLASSES, "Group");
