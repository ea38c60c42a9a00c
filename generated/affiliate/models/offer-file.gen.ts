// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-file.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";
import type { Offer } from "./offer.gen.js";

/** OfferFile fields, named and valued as HasOffers sends them. */
export interface OfferFileFields {
    /** integer, nullable */
    readonly account_id: NumericString | null;
    /** string, nullable */
    readonly code: string | null;
    /** datetime, read only */
    readonly created: DateTimeString | null;
    /** string, required on create */
    readonly display: string | null;
    /** string */
    readonly filename: string | null;
    /** string, nullable */
    readonly flash_vars: string | null;
    /** integer, nullable */
    readonly height: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum */
    readonly interface: "network" | "affiliate" | "advertiser" | null;
    /** boolean, read only */
    readonly is_private: BooleanFlag | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** integer, read only */
    readonly size: NumericString | null;
    /** enum */
    readonly status: "active" | "pending" | "deleted" | null;
    /** string, read only, nullable */
    readonly thumbnail: string | null;
    /** enum, required on create */
    readonly type: "file" | "image banner" | "flash banner" | "email creative" | "offer thumbnail" | "text ad" | "html ad" | "hidden" | "xml feed" | null;
    /** string, read only, nullable */
    readonly url: string | null;
    /** integer, nullable */
    readonly width: NumericString | null;
    /** string */
    readonly preview_uri: string | null;
}

export type OfferFileField = keyof OfferFileFields & string;
export type OfferFileContain = "Offer";
export type OfferFileWrite = { readonly [K in "account_id" | "code" | "display" | "filename" | "flash_vars" | "height" | "offer_id" | "width" | "preview_uri"]?: FieldInput } & { readonly interface?: "network" | "affiliate" | "advertiser"; readonly status?: "active" | "pending" | "deleted"; readonly type?: "file" | "image banner" | "flash banner" | "email creative" | "offer thumbnail" | "text ad" | "html ad" | "hidden" | "xml feed" };

/** A OfferFile as HasOffers returns it, with its contained relations and methods. */
export interface OfferFile extends Model, OfferFileFields {
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
}

/** The OfferFile class (for instanceof), made by the runtime from the table. */
export const OfferFile: ModelClass<OfferFile> = modelClass<OfferFile>(MODEL_CLASSES, "OfferFile");
