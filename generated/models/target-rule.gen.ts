// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/target-rule.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** TargetRule fields, named and valued as HasOffers sends them. */
export interface TargetRuleFields {
    /** string, read only, nullable */
    readonly category: string | null;
    /** string, nullable */
    readonly description: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, required on create */
    readonly name: string | null;
    /** string, nullable */
    readonly req_affiliate_info1: string | null;
    /** string, nullable */
    readonly req_affiliate_info2: string | null;
    /** string, nullable */
    readonly req_affiliate_info3: string | null;
    /** string, nullable */
    readonly req_affiliate_info4: string | null;
    /** string, nullable */
    readonly req_affiliate_info5: string | null;
    /** string, nullable */
    readonly req_browser_name: string | null;
    /** string, nullable */
    readonly req_browser_version: string | null;
    /** string, nullable */
    readonly req_connection_speed: string | null;
    /** string, nullable */
    readonly req_device_brand: string | null;
    /** string, nullable */
    readonly req_device_marketing_name: string | null;
    /** string, nullable */
    readonly req_device_model: string | null;
    /** string, nullable */
    readonly req_device_os: string | null;
    /** string, nullable */
    readonly req_device_os_version: string | null;
    /** string, nullable */
    readonly req_language: string | null;
    /** string, nullable */
    readonly req_mobile_carrier: string | null;
    /** string, nullable */
    readonly req_user_agent: string | null;
    /** enum, required on create, read only */
    readonly source: "preset" | "brand" | null;
}

export type TargetRuleField = keyof TargetRuleFields & string;
export type TargetRuleContain = never;
export type TargetRuleWrite = { readonly [K in "description" | "name" | "req_affiliate_info1" | "req_affiliate_info2" | "req_affiliate_info3" | "req_affiliate_info4" | "req_affiliate_info5" | "req_browser_name" | "req_browser_version" | "req_connection_speed" | "req_device_brand" | "req_device_marketing_name" | "req_device_model" | "req_device_os" | "req_device_os_version" | "req_language" | "req_mobile_carrier" | "req_user_agent"]?: FieldInput };

/** A TargetRule as HasOffers returns it, with its contained relations and methods. */
export interface TargetRule extends Model, TargetRuleFields {
}

/** The TargetRule class (for instanceof), made by the runtime from the table. */
export const TargetRule: ModelClass<TargetRule> = modelClass<TargetRule>(MODEL_CLASSES, "TargetRule");
