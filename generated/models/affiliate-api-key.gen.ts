// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-api-key.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Affiliate } from "./affiliate.gen.js";

/** AffiliateApiKey fields, named and valued as HasOffers sends them. */
export interface AffiliateApiKeyFields {
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** string, required on create, read only */
    readonly api_key: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum */
    readonly status: "active" | "paused" | "pending" | "deleted" | "rejected" | null;
}

export type AffiliateApiKeyField = keyof AffiliateApiKeyFields & string;
export type AffiliateApiKeyContain = "Affiliate";
export type AffiliateApiKeyWrite = { readonly [K in "affiliate_id"]?: FieldInput } & { readonly status?: "active" | "paused" | "pending" | "deleted" | "rejected" };

/** A AffiliateApiKey as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateApiKey extends Model, AffiliateApiKeyFields {
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
}

/** The AffiliateApiKey class (for instanceof), made by the runtime from the table. */
export const AffiliateApiKey: ModelClass<AffiliateApiKey> = modelClass<AffiliateApiKey>(MODEL_CLASSES, "AffiliateApiKey");
