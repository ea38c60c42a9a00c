// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/advertiser.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass } from "../../../src/runtime/types.js";

/** Advertiser fields, named and valued as HasOffers sends them. */
export interface AdvertiserFields {
    /** string, read only */
    readonly company: string | null;
    /** integer, key, read only */
    readonly id: string;
}

export type AdvertiserField = keyof AdvertiserFields & string;
export type AdvertiserContain = never;
export type AdvertiserWrite = Record<string, never>;

/** A Advertiser as HasOffers returns it, with its contained relations and methods. */
export interface Advertiser extends Model, AdvertiserFields {
}

/** The Advertiser class (for instanceof), made by the runtime from the table. */
export const Advertiser: ModelClass<Advertiser> = modelClass<Advertiser>(MODEL_CLASSES, "Advertiser");
