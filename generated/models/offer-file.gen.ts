// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/offer-file.yaml.
// Change the YAML under schema/ and run the command again.

import { Model } from "../../src/runtime/model.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, GenericModel, NumericString } from "../../src/runtime/types.js";
import type { Offer } from "./offer.gen.js";

/** OfferFile fields, named and valued as HasOffers sends them. */
export interface OfferFileFields {
    /** integer, primary key */
    readonly id: string;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** string, required on create */
    readonly display: string | null;
    /** enum, required on create */
    readonly type: "file" | "image banner" | "flash banner" | "email creative" | "offer thumbnail" | "text ad" | "html ad" | "xml feed" | "hidden" | null;
    /** string */
    readonly filename: string | null;
    /** integer */
    readonly size: NumericString | null;
    /** enum */
    readonly status: "active" | "pending" | "deleted" | null;
    /** integer */
    readonly width: NumericString | null;
    /** integer */
    readonly height: NumericString | null;
    /** string */
    readonly code: string | null;
    /** string */
    readonly flash_vars: string | null;
    /** string */
    readonly interface: string | null;
    /** integer */
    readonly account_id: NumericString | null;
    /** boolean */
    readonly is_private: BooleanFlag | null;
    /** datetime */
    readonly created: DateTimeString | null;
    /** datetime */
    readonly modified: DateTimeString | null;
    /** string */
    readonly url: string | null;
    /** string */
    readonly preview_uri: string | null;
    /** string */
    readonly thumbnail: string | null;
}

export type OfferFileField = keyof OfferFileFields & string;
export type OfferFileContain = "Offer" | "CreativeCode" | "Stat";
export type OfferFileWrite = { readonly [K in "offer_id" | "display" | "filename" | "size" | "width" | "height" | "code" | "flash_vars" | "interface" | "account_id" | "is_private" | "created" | "modified" | "url" | "preview_uri" | "thumbnail"]?: FieldInput } & { readonly type?: "file" | "image banner" | "flash banner" | "email creative" | "offer thumbnail" | "text ad" | "html ad" | "xml feed" | "hidden"; readonly status?: "active" | "pending" | "deleted" };

/** A OfferFile as HasOffers returns it, with its contained relations and methods. */
export interface OfferFile extends OfferFileFields {
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['CreativeCode']. */
    readonly creativeCode?: string | null;
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: GenericModel | null;
    /** OfferFile.update with this OfferFile's id as id. */
    update(data: OfferFileWrite, options?: CallOptions): Promise<OfferFile>;
    /** OfferFile.update with this OfferFile's id as id. */
    delete(options?: CallOptions): Promise<OfferFile>;
}

export class OfferFile extends Model {
    static override readonly modelName = "OfferFile";
}
