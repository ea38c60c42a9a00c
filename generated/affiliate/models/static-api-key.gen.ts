// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/static-api-key.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass } from "../../../src/runtime/types.js";

/** StaticApiKey fields, named and valued as HasOffers sends them. */
export interface StaticApiKeyFields {
    /** string, required on create, read only */
    readonly api_key: string | null;
    /** enum, required on create, read only */
    readonly status: "pending" | "rejected" | "active" | null;
}

export type StaticApiKeyField = keyof StaticApiKeyFields & string;
export type StaticApiKeyContain = never;
export type StaticApiKeyWrite = Record<string, never>;

/** A StaticApiKey as HasOffers returns it, with its contained relations and methods. */
export interface StaticApiKey extends Model, StaticApiKeyFields {
}

/** The StaticApiKey class (for instanceof), made by the runtime from the table. */
export const StaticApiKey: ModelClass<StaticApiKey> = modelClass<StaticApiKey>(MODEL_CLASSES, "StaticApiKey");
