// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-group.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** OfferGroup fields, named and valued as HasOffers sends them. */
export interface OfferGroupFields {
    /** datetime, read only */
    readonly date_created: DateTimeString | null;
    /** datetime, read only */
    readonly date_updated: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, required on create */
    readonly name: string | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
}

export type OfferGroupField = keyof OfferGroupFields & string;
export type OfferGroupContain = never;
export type OfferGroupWrite = { readonly [K in "name"]?: FieldInput } & { readonly status?: "active" | "deleted" };

/** A OfferGroup as HasOffers returns it, with its contained relations and methods. */
export interface OfferGroup extends Model, OfferGroupFields {
}

/** The OfferGroup class (for instanceof), made by the runtime from the table. */
export const OfferGroup: ModelClass<OfferGroup> = modelClass<OfferGroup>(MODEL_CLASSES, "OfferGroup");
