// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-fraud-alert.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Affiliate } from "./affiliate.gen.js";

/** AffiliateFraudAlert fields, named and valued as HasOffers sends them. */
export interface AffiliateFraudAlertFields {
    /** integer, required on create, read only */
    readonly affiliate_id: NumericString | null;
    /** string, read only, nullable */
    readonly data: string | null;
    /** datetime, read only */
    readonly date_updated: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** boolean, required on create, read only */
    readonly is_active: BooleanFlag | null;
    /** boolean */
    readonly is_enabled: BooleanFlag | null;
    /** string, required on create, read only, nullable */
    readonly notes: string | null;
    /** enum, required on create, read only */
    readonly preference_name: "affiliate_fraud_profile_criteria_po_box" | "affiliate_fraud_profile_criteria_no_address_number" | "affiliate_fraud_profile_criteria_address_length" | "affiliate_fraud_profile_criteria_region_zip_match" | "affiliate_fraud_profile_criteria_email_domain" | "affiliate_fraud_profile_criteria_free_email" | "affiliate_fraud_profile_criteria_phone_country_match" | "affiliate_fraud_profile_criteria_phone_800" | "affiliate_fraud_profile_criteria_ip_country_match" | "affiliate_fraud_profile_criteria_individuals_check" | "affiliate_fraud_profile_criteria_duplicate_signup" | "affiliate_fraud_profile_criteria_account_changes" | null;
    /** decimal, read only, nullable */
    readonly value: NumericString | null;
}

export type AffiliateFraudAlertField = keyof AffiliateFraudAlertFields & string;
export type AffiliateFraudAlertContain = "Affiliate";
export type AffiliateFraudAlertWrite = { readonly [K in "is_enabled"]?: FieldInput };

/** A AffiliateFraudAlert as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateFraudAlert extends Model, AffiliateFraudAlertFields {
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
}

/** The AffiliateFraudAlert class (for instanceof), made by the runtime from the table. */
export const AffiliateFraudAlert: ModelClass<AffiliateFraudAlert> = modelClass<AffiliateFraudAlert>(MODEL_CLASSES, "AffiliateFraudAlert");
