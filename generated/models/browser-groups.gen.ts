// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/browser-groups.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** BrowserGroups fields, named and valued as HasOffers sends them. */
export interface BrowserGroupsFields {
    /** integer, key */
    readonly id: string;
    /** string */
    readonly group: string | null;
    /** string */
    readonly note: string | null;
    /** string */
    readonly class: string | null;
}

export type BrowserGroupsField = keyof BrowserGroupsFields & string;
export type BrowserGroupsContain = never;
export type BrowserGroupsWrite = { readonly [K in "group" | "note" | "class"]?: FieldInput };

/** A BrowserGroups as HasOffers returns it, with its contained relations and methods. */
export interface BrowserGroups extends Model, BrowserGroupsFields {
}

/** The BrowserGroups class (for instanceof), made by the runtime from the table. */
export const BrowserGroups: ModelClass<BrowserGroups> = modelClass<BrowserGroups>(MODEL_CLASSES, "BrowserGroups");
