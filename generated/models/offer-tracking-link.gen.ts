// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer-tracking-link.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { Model, ModelClass } from "../../src/runtime/types.js";

/** OfferTrackingLink fields, named and valued as HasOffers sends them. */
export interface OfferTrackingLinkFields {
}

export type OfferTrackingLinkField = string;
export type OfferTrackingLinkContain = never;
export type OfferTrackingLinkWrite = Record<string, never>;

/** A OfferTrackingLink as HasOffers returns it, with its contained relations and methods. */
export interface OfferTrackingLink extends Model, OfferTrackingLinkFields {
}

/** The OfferTrackingLink class (for instanceof), made by the runtime from the table. */
export const OfferTrackingLink: ModelClass<OfferTrackingLink> = modelClass<OfferTrackingLink>(MODEL_CLASSES, "OfferTrackingLink");
