// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/advertiser-api-key.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Advertiser } from "./advertiser.gen.js";

/** AdvertiserApiKey fields, named and valued as HasOffers sends them. */
export interface AdvertiserApiKeyFields {
    /** integer, required on create */
    readonly advertiser_id: NumericString | null;
    /** string, required on create, read only */
    readonly api_key: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum */
    readonly status: "active" | "paused" | "pending" | "deleted" | "rejected" | null;
}

export type AdvertiserApiKeyField = keyof AdvertiserApiKeyFields & string;
export type AdvertiserApiKeyContain = "Advertiser";
export type AdvertiserApiKeyWrite = { readonly [K in "advertiser_id"]?: FieldInput } & { readonly status?: "active" | "paused" | "pending" | "deleted" | "rejected" };

/** A AdvertiserApiKey as HasOffers returns it, with its contained relations and methods. */
export interface AdvertiserApiKey extends Model, AdvertiserApiKeyFields {
    /** Present when asked for with contain: ['Advertiser']. */
    readonly advertiser?: Advertiser | null;
}

/** The AdvertiserApiKey class (for instanceof), made by the runtime from the table. */
export const AdvertiserApiKey: ModelClass<AdvertiserApiKey> = modelClass<AdvertiserApiKey>(MODEL_CLASSES, "AdvertiserApiKey");
