// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/environment.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** Environment fields, named and valued as HasOffers sends them. */
export interface EnvironmentFields {
    /** string, key */
    readonly name: string;
    /** string, required on create */
    readonly value: string | null;
}

export type EnvironmentField = keyof EnvironmentFields & string;
export type EnvironmentContain = never;
export type EnvironmentWrite = { readonly [K in "value"]?: FieldInput };

/** A Environment as HasOffers returns it, with its contained relations and methods. */
export interface Environment extends Model, EnvironmentFields {
}

/** The Environment class (for instanceof), made by the runtime from the table. */
export const Environment: ModelClass<Environment> = modelClass<Environment>(MODEL_CLASSES, "Environment");
