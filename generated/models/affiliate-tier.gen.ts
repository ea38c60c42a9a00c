// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-tier.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AffiliateTier fields, named and valued as HasOffers sends them. */
export interface AffiliateTierFields {
    /** integer, key, read only */
    readonly id: string;
    /** boolean */
    readonly is_default: BooleanFlag | null;
    /** integer */
    readonly level: NumericString | null;
    /** string, required on create */
    readonly name: string | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
}

export type AffiliateTierField = keyof AffiliateTierFields & string;
export type AffiliateTierContain = never;
export type AffiliateTierWrite = { readonly [K in "is_default" | "level" | "name"]?: FieldInput } & { readonly status?: "active" | "deleted" };

/** A AffiliateTier as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateTier extends Model, AffiliateTierFields {
}

/** The AffiliateTier class (for instanceof), made by the runtime from the table. */
export const AffiliateTier: ModelClass<AffiliateTier> = modelClass<AffiliateTier>(MODEL_CLASSES, "AffiliateTier");
