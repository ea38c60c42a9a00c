// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-meta.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AffiliateMeta fields, named and valued as HasOffers sends them. */
export interface AffiliateMetaFields {
    /** integer, key, read only */
    readonly affiliate_id: string;
    /** string, nullable */
    readonly ssn_tax: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly check_payable_to?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly check_address1?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly check_address2?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly check_city?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly check_region?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly check_country?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly check_zipcode?: string | null;
    /** datetime, named by the 2013 reference only: may be absent */
    readonly check_modified?: DateTimeString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly other_details?: string | null;
    /** datetime, named by the 2013 reference only: may be absent */
    readonly other_modified?: DateTimeString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly paypal_email?: string | null;
    /** datetime, named by the 2013 reference only: may be absent */
    readonly paypal_modified?: DateTimeString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly direct_deposit_account_holder?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly direct_deposit_account_number?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly direct_deposit_bank_name?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly direct_deposit_routing_number?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly direct_deposit_other_details?: string | null;
    /** datetime, named by the 2013 reference only: may be absent */
    readonly direct_deposit_modified?: DateTimeString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly wire_beneficiary_name?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly wire_account_number?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly wire_bank_name?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly wire_routing_number?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly wire_other_details?: string | null;
    /** datetime, named by the 2013 reference only: may be absent */
    readonly wire_modified?: DateTimeString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payoneer_status?: string | null;
    /** datetime, named by the 2013 reference only: may be absent */
    readonly payoneer_modified?: DateTimeString | null;
    /** boolean, named by the 2013 reference only: may be absent */
    readonly is_individual?: BooleanFlag | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly dob?: string | null;
    /** datetime, named by the 2013 reference only: may be absent */
    readonly modified?: DateTimeString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_method?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2m_email?: string | null;
    /** integer, named by the 2013 reference only: may be absent */
    readonly payquicker_m2m_security_id?: NumericString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2m_recipient_must_be_verified?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2m_security_id_hint?: string | null;
    /** integer, named by the 2013 reference only: may be absent */
    readonly payquicker_m2m_accounting_id?: NumericString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_destination_country_code?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_check_memo?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_recipient_name?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_address1?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_address2?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_address3?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_address4?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_city?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_region?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_postal_code?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_return_country_code?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_return_address1?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_return_address2?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_return_address3?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_return_city?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_return_region?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2papercheck_return_postal_code?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_destination_country_code?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_routing_number?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_account_number?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_bic?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_iban?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_account_name?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_account_type?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_bank_number?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_account_tax_number?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_bank_name?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_bank_address?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_account_type_code?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_city?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_postal_code?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_m2eft_description?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_usach_routing_number?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_usach_account_number?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_usach_first_name?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_usach_last_name?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_usach_account_type?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_advanced_email?: string | null;
    /** integer, named by the 2013 reference only: may be absent */
    readonly payquicker_advanced_security_id?: NumericString | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_advanced_recipient_must_be_verified?: string | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly payquicker_advanced_security_id_hint?: string | null;
    /** integer, named by the 2013 reference only: may be absent */
    readonly payquicker_advanced_accounting_id?: NumericString | null;
    /** integer, named by the 2013 reference only: may be absent */
    readonly default_vat_id?: NumericString | null;
}

export type AffiliateMetaField = keyof AffiliateMetaFields & string;
export type AffiliateMetaContain = never;
export type AffiliateMetaWrite = { readonly [K in "ssn_tax" | "check_payable_to" | "check_address1" | "check_address2" | "check_city" | "check_region" | "check_country" | "check_zipcode" | "check_modified" | "other_details" | "other_modified" | "paypal_email" | "paypal_modified" | "direct_deposit_account_holder" | "direct_deposit_account_number" | "direct_deposit_bank_name" | "direct_deposit_routing_number" | "direct_deposit_other_details" | "direct_deposit_modified" | "wire_beneficiary_name" | "wire_account_number" | "wire_bank_name" | "wire_routing_number" | "wire_other_details" | "wire_modified" | "payoneer_status" | "payoneer_modified" | "is_individual" | "dob" | "modified" | "payquicker_method" | "payquicker_m2m_email" | "payquicker_m2m_security_id" | "payquicker_m2m_recipient_must_be_verified" | "payquicker_m2m_security_id_hint" | "payquicker_m2m_accounting_id" | "payquicker_m2papercheck_destination_country_code" | "payquicker_m2papercheck_check_memo" | "payquicker_m2papercheck_recipient_name" | "payquicker_m2papercheck_address1" | "payquicker_m2papercheck_address2" | "payquicker_m2papercheck_address3" | "payquicker_m2papercheck_address4" | "payquicker_m2papercheck_city" | "payquicker_m2papercheck_region" | "payquicker_m2papercheck_postal_code" | "payquicker_m2papercheck_return_country_code" | "payquicker_m2papercheck_return_address1" | "payquicker_m2papercheck_return_address2" | "payquicker_m2papercheck_return_address3" | "payquicker_m2papercheck_return_city" | "payquicker_m2papercheck_return_region" | "payquicker_m2papercheck_return_postal_code" | "payquicker_m2eft_destination_country_code" | "payquicker_m2eft_routing_number" | "payquicker_m2eft_account_number" | "payquicker_m2eft_bic" | "payquicker_m2eft_iban" | "payquicker_m2eft_account_name" | "payquicker_m2eft_account_type" | "payquicker_m2eft_bank_number" | "payquicker_m2eft_account_tax_number" | "payquicker_m2eft_bank_name" | "payquicker_m2eft_bank_address" | "payquicker_m2eft_account_type_code" | "payquicker_m2eft_city" | "payquicker_m2eft_postal_code" | "payquicker_m2eft_description" | "payquicker_usach_routing_number" | "payquicker_usach_account_number" | "payquicker_usach_first_name" | "payquicker_usach_last_name" | "payquicker_usach_account_type" | "payquicker_advanced_email" | "payquicker_advanced_security_id" | "payquicker_advanced_recipient_must_be_verified" | "payquicker_advanced_security_id_hint" | "payquicker_advanced_accounting_id" | "default_vat_id"]?: FieldInput };

/** A AffiliateMeta as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateMeta extends Model, AffiliateMetaFields {
}

/** The AffiliateMeta class (for instanceof), made by the runtime from the table. */
export const AffiliateMeta: ModelClass<AffiliateMeta> = modelClass<AffiliateMeta>(MODEL_CLASSES, "AffiliateMeta");
