// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/application.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { Model, ModelClass } from "../../src/runtime/types.js";

/** Application fields, named and valued as HasOffers sends them. */
export interface ApplicationFields {
    /** integer, key */
    readonly id: string;
}

export type ApplicationField = keyof ApplicationFields & string;
export type ApplicationContain = never;
export type ApplicationWrite = Record<string, never>;

/** A Application as HasOffers returns it, with its contained relations and methods. */
export interface Application extends Model, ApplicationFields {
}

/** The Application class (for instanceof), made by the runtime from the table. */
export const Application: ModelClass<Application> = modelClass<Application>(MODEL_CLASSES, "Application");
