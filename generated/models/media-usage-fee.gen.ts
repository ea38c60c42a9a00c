// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/media-usage-fee.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** MediaUsageFee fields, named and valued as HasOffers sends them. */
export interface MediaUsageFeeFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** integer, required on create */
    readonly offer_file_id: NumericString | null;
    /** datetime, required on create */
    readonly date: DateTimeString | null;
    /** string, required on create */
    readonly impressions: string | null;
    /** string, required on create */
    readonly transfer_bytes: string | null;
    /** string, required on create */
    readonly fee: string | null;
}

export type MediaUsageFeeField = keyof MediaUsageFeeFields & string;
export type MediaUsageFeeContain = never;
export type MediaUsageFeeWrite = { readonly [K in "affiliate_id" | "offer_file_id" | "date" | "impressions" | "transfer_bytes" | "fee"]?: FieldInput };

/** A MediaUsageFee as HasOffers returns it, with its contained relations and methods. */
export interface MediaUsageFee extends Model, MediaUsageFeeFields {
}

/** The MediaUsageFee class (for instanceof), made by the runtime from the table. */
export const MediaUsageFee: ModelClass<MediaUsageFee> = modelClass<MediaUsageFee>(MODEL_CLASSES, "MediaUsageFee");
