// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-whitelist.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** OfferWhitelist fields, named and valued as HasOffers sends them. */
export interface OfferWhitelistFields {
    /** string, required on create */
    readonly content: string | null;
    /** enum, required on create */
    readonly content_type: "domain" | "ip_address" | "ip_range" | "ip_subnet" | null;
    /** datetime, read only */
    readonly datetime: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** enum, required on create */
    readonly type: "postback" | "refer" | null;
}

export type OfferWhitelistField = keyof OfferWhitelistFields & string;
export type OfferWhitelistContain = never;
export type OfferWhitelistWrite = { readonly [K in "content" | "offer_id"]?: FieldInput } & { readonly content_type?: "domain" | "ip_address" | "ip_range" | "ip_subnet"; readonly type?: "postback" | "refer" };

/** A OfferWhitelist as HasOffers returns it, with its contained relations and methods. */
export interface OfferWhitelist extends Model, OfferWhitelistFields {
}

/** The OfferWhitelist class (for instanceof), made by the runtime from the table. */
export const OfferWhitelist: ModelClass<OfferWhitelist> = modelClass<OfferWhitelist>(MODEL_CLASSES, "OfferWhitelist");
