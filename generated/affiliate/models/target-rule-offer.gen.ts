// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/target-rule-offer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** TargetRuleOffer fields, named and valued as HasOffers sends them. */
export interface TargetRuleOfferFields {
    /** enum, required on create, read only */
    readonly action: "allow" | "deny" | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer, required on create, read only */
    readonly offer_id: NumericString | null;
    /** object, read only */
    readonly rule: { readonly [key: string]: unknown } | null;
    /** integer, required on create, read only */
    readonly rule_id: NumericString | null;
}

export type TargetRuleOfferField = keyof TargetRuleOfferFields & string;
export type TargetRuleOfferContain = never;
export type TargetRuleOfferWrite = Record<string, never>;

/** A TargetRuleOffer as HasOffers returns it, with its contained relations and methods. */
export interface TargetRuleOffer extends Model, TargetRuleOfferFields {
}

/** The TargetRuleOffer class (for instanceof), made by the runtime from the table. */
export const TargetRuleOffer: ModelClass<TargetRuleOffer> = modelClass<TargetRuleOffer>(MODEL_CLASSES, "TargetRuleOffer");
