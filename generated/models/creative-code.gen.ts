// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/creative-code.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { Model, ModelClass } from "../../src/runtime/types.js";

/** CreativeCode fields, named and valued as HasOffers sends them. */
export interface CreativeCodeFields {
}

export type CreativeCodeField = string;
export type CreativeCodeContain = never;
export type CreativeCodeWrite = Record<string, never>;

/** A CreativeCode as HasOffers returns it, with its contained relations and methods. */
export interface CreativeCode extends Model, CreativeCodeFields {
}

/** The CreativeCode class (for instanceof), made by the runtime from the table. */
export const CreativeCode: ModelClass<CreativeCode> = modelClass<CreativeCode>(MODEL_CLASSES, "CreativeCode");
