// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/target-rule-offer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** TargetRuleOffer fields, named and valued as HasOffers sends them. */
export interface TargetRuleOfferFields {
    /** integer, key */
    readonly id: string;
    /** string, required on create */
    readonly action: string | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** integer, required on create */
    readonly rule_id: NumericString | null;
}

export type TargetRuleOfferField = keyof TargetRuleOfferFields & string;
export type TargetRuleOfferContain = never;
export type TargetRuleOfferWrite = { readonly [K in "action" | "offer_id" | "rule_id"]?: FieldInput };

/** A TargetRuleOffer as HasOffers returns it, with its contained relations and methods. */
export interface TargetRuleOffer extends Model, TargetRuleOfferFields {
}

/** The TargetRuleOffer class (for instanceof), made by the runtime from the table. */
export const TargetRuleOffer: ModelClass<TargetRuleOffer> = modelClass<TargetRuleOffer>(MODEL_CLASSES, "TargetRuleOffer");
