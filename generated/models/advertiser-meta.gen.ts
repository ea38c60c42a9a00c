// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/advertiser-meta.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AdvertiserMeta fields, named and valued as HasOffers sends them. */
export interface AdvertiserMetaFields {
    /** integer, key, read only */
    readonly advertiser_id: string;
    /** integer, nullable */
    readonly default_vat_id: NumericString | null;
    /** string, nullable */
    readonly ssn_tax: string | null;
}

export type AdvertiserMetaField = keyof AdvertiserMetaFields & string;
export type AdvertiserMetaContain = never;
export type AdvertiserMetaWrite = { readonly [K in "default_vat_id" | "ssn_tax"]?: FieldInput };

/** A AdvertiserMeta as HasOffers returns it, with its contained relations and methods. */
export interface AdvertiserMeta extends Model, AdvertiserMetaFields {
}

/** The AdvertiserMeta class (for instanceof), made by the runtime from the table. */
export const AdvertiserMeta: ModelClass<AdvertiserMeta> = modelClass<AdvertiserMeta>(MODEL_CLASSES, "AdvertiserMeta");
