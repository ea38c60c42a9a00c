// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/affiliate-meta.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../../src/runtime/types.js";

/** AffiliateMeta fields, named and valued as HasOffers sends them. */
export interface AffiliateMetaFields {
    /** integer, key, read only */
    readonly affiliate_id: string;
    /** string, nullable */
    readonly ssn_tax: string | null;
}

export type AffiliateMetaField = keyof AffiliateMetaFields & string;
export type AffiliateMetaContain = never;
export type AffiliateMetaWrite = { readonly [K in "ssn_tax"]?: FieldInput };

/** A AffiliateMeta as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateMeta extends Model, AffiliateMetaFields {
}

/** The AffiliateMeta class (for instanceof), made by the runtime from the table. */
export const AffiliateMeta: ModelClass<AffiliateMeta> = modelClass<AffiliateMeta>(MODEL_CLASSES, "AffiliateMeta");
