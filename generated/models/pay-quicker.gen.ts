// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/pay-quicker.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** PayQuicker fields, named and valued as HasOffers sends them. */
export interface PayQuickerFields {
    /** integer, key */
    readonly affiliate_id: string;
    /** integer */
    readonly payquicker_advanced_accounting_id: NumericString | null;
    /** string */
    readonly payquicker_advanced_email: string | null;
    /** string */
    readonly payquicker_advanced_recipient_must_be_verified: string | null;
    /** integer */
    readonly payquicker_advanced_security_id: NumericString | null;
    /** string */
    readonly payquicker_advanced_security_id_hint: string | null;
    /** string */
    readonly payquicker_m2eft_account_name: string | null;
    /** string */
    readonly payquicker_m2eft_account_number: string | null;
    /** string */
    readonly payquicker_m2eft_account_tax_number: string | null;
    /** string */
    readonly payquicker_m2eft_account_type_code: string | null;
    /** string */
    readonly payquicker_m2eft_account_type: string | null;
    /** string */
    readonly payquicker_m2eft_bank_address: string | null;
    /** string */
    readonly payquicker_m2eft_bank_name: string | null;
    /** string */
    readonly payquicker_m2eft_bank_number: string | null;
    /** string */
    readonly payquicker_m2eft_bic: string | null;
    /** string */
    readonly payquicker_m2eft_city: string | null;
    /** string */
    readonly payquicker_m2eft_description: string | null;
    /** string */
    readonly payquicker_m2eft_destination_country_code: string | null;
    /** string */
    readonly payquicker_m2eft_iban: string | null;
    /** string */
    readonly payquicker_m2eft_postal_code: string | null;
    /** string */
    readonly payquicker_m2eft_routing_number: string | null;
    /** integer */
    readonly payquicker_m2m_accounting_id: NumericString | null;
    /** string */
    readonly payquicker_m2m_email: string | null;
    /** string */
    readonly payquicker_m2m_recipient_must_be_verified: string | null;
    /** string */
    readonly payquicker_m2m_security_id_hint: string | null;
    /** integer */
    readonly payquicker_m2m_security_id: NumericString | null;
    /** string */
    readonly payquicker_m2papercheck_address1: string | null;
    /** string */
    readonly payquicker_m2papercheck_address2: string | null;
    /** string */
    readonly payquicker_m2papercheck_address3: string | null;
    /** string */
    readonly payquicker_m2papercheck_address4: string | null;
    /** string */
    readonly payquicker_m2papercheck_check_memo: string | null;
    /** string */
    readonly payquicker_m2papercheck_city: string | null;
    /** string */
    readonly payquicker_m2papercheck_destination_country_code: string | null;
    /** string */
    readonly payquicker_m2papercheck_postal_code: string | null;
    /** string */
    readonly payquicker_m2papercheck_recipient_name: string | null;
    /** string */
    readonly payquicker_m2papercheck_region: string | null;
    /** string */
    readonly payquicker_m2papercheck_return_address1: string | null;
    /** string */
    readonly payquicker_m2papercheck_return_address2: string | null;
    /** string */
    readonly payquicker_m2papercheck_return_address3: string | null;
    /** string */
    readonly payquicker_m2papercheck_return_city: string | null;
    /** string */
    readonly payquicker_m2papercheck_return_country_code: string | null;
    /** string */
    readonly payquicker_m2papercheck_return_postal_code: string | null;
    /** string */
    readonly payquicker_m2papercheck_return_region: string | null;
    /** string */
    readonly payquicker_method: string | null;
    /** string */
    readonly payquicker_usach_account_number: string | null;
    /** string */
    readonly payquicker_usach_account_type: string | null;
    /** string */
    readonly payquicker_usach_first_name: string | null;
    /** string */
    readonly payquicker_usach_last_name: string | null;
    /** string */
    readonly payquicker_usach_routing_number: string | null;
}

export type PayQuickerField = keyof PayQuickerFields & string;
export type PayQuickerContain = never;
export type PayQuickerWrite = { readonly [K in "payquicker_advanced_accounting_id" | "payquicker_advanced_email" | "payquicker_advanced_recipient_must_be_verified" | "payquicker_advanced_security_id" | "payquicker_advanced_security_id_hint" | "payquicker_m2eft_account_name" | "payquicker_m2eft_account_number" | "payquicker_m2eft_account_tax_number" | "payquicker_m2eft_account_type_code" | "payquicker_m2eft_account_type" | "payquicker_m2eft_bank_address" | "payquicker_m2eft_bank_name" | "payquicker_m2eft_bank_number" | "payquicker_m2eft_bic" | "payquicker_m2eft_city" | "payquicker_m2eft_description" | "payquicker_m2eft_destination_country_code" | "payquicker_m2eft_iban" | "payquicker_m2eft_postal_code" | "payquicker_m2eft_routing_number" | "payquicker_m2m_accounting_id" | "payquicker_m2m_email" | "payquicker_m2m_recipient_must_be_verified" | "payquicker_m2m_security_id_hint" | "payquicker_m2m_security_id" | "payquicker_m2papercheck_address1" | "payquicker_m2papercheck_address2" | "payquicker_m2papercheck_address3" | "payquicker_m2papercheck_address4" | "payquicker_m2papercheck_check_memo" | "payquicker_m2papercheck_city" | "payquicker_m2papercheck_destination_country_code" | "payquicker_m2papercheck_postal_code" | "payquicker_m2papercheck_recipient_name" | "payquicker_m2papercheck_region" | "payquicker_m2papercheck_return_address1" | "payquicker_m2papercheck_return_address2" | "payquicker_m2papercheck_return_address3" | "payquicker_m2papercheck_return_city" | "payquicker_m2papercheck_return_country_code" | "payquicker_m2papercheck_return_postal_code" | "payquicker_m2papercheck_return_region" | "payquicker_method" | "payquicker_usach_account_number" | "payquicker_usach_account_type" | "payquicker_usach_first_name" | "payquicker_usach_last_name" | "payquicker_usach_routing_number"]?: FieldInput };

/** A PayQuicker as HasOffers returns it, with its contained relations and methods. */
export interface PayQuicker extends Model, PayQuickerFields {
}

/** The PayQuicker class (for instanceof), made by the runtime from the table. */
export const PayQuicker: ModelClass<PayQuicker> = modelClass<PayQuicker>(MODEL_CLASSES, "PayQuicker");
