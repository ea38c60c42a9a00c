// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payment-method-pay-quicker.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** PaymentMethodPayQuicker fields, named and valued as HasOffers sends them. */
export interface PaymentMethodPayQuickerFields {
    /** integer, read only */
    readonly affiliate_id: NumericString | null;
    /** string, nullable */
    readonly advanced_accounting_id: string | null;
    /** string, nullable */
    readonly advanced_email: string | null;
    /** string, nullable */
    readonly advanced_security_id: string | null;
    /** string, nullable */
    readonly advanced_security_id_hint: string | null;
    /** string, nullable */
    readonly m2eft_account_name: string | null;
    /** string, nullable */
    readonly m2eft_account_number: string | null;
    /** string, nullable */
    readonly m2eft_account_tax_number: string | null;
    /** enum, nullable */
    readonly m2eft_account_type: "checking" | "savings" | null;
    /** string, nullable */
    readonly m2eft_account_type_code: string | null;
    /** string, nullable */
    readonly m2eft_bank_address: string | null;
    /** string, nullable */
    readonly m2eft_bank_name: string | null;
    /** string, nullable */
    readonly m2eft_bank_number: string | null;
    /** string, nullable */
    readonly m2eft_bic: string | null;
    /** string, nullable */
    readonly m2eft_city: string | null;
    /** string, nullable */
    readonly m2eft_description: string | null;
    /** string, nullable */
    readonly m2eft_destination_country_code: string | null;
    /** string, nullable */
    readonly m2eft_iban: string | null;
    /** string, nullable */
    readonly m2eft_postal_code: string | null;
    /** string, nullable */
    readonly m2eft_routing_number: string | null;
    /** string, nullable */
    readonly m2m_accounting_id: string | null;
    /** string, nullable */
    readonly m2m_email: string | null;
    /** string, nullable */
    readonly m2m_security_id: string | null;
    /** string, nullable */
    readonly m2m_security_id_hint: string | null;
    /** string, nullable */
    readonly m2papercheck_address1: string | null;
    /** string, nullable */
    readonly m2papercheck_address2: string | null;
    /** string, nullable */
    readonly m2papercheck_address3: string | null;
    /** string, nullable */
    readonly m2papercheck_address4: string | null;
    /** string, nullable */
    readonly m2papercheck_check_memo: string | null;
    /** string, nullable */
    readonly m2papercheck_city: string | null;
    /** string, nullable */
    readonly m2papercheck_destination_country_code: string | null;
    /** string, nullable */
    readonly m2papercheck_postal_code: string | null;
    /** string, nullable */
    readonly m2papercheck_recipient_name: string | null;
    /** string, nullable */
    readonly m2papercheck_region: string | null;
    /** string, nullable */
    readonly m2papercheck_return_address1: string | null;
    /** string, nullable */
    readonly m2papercheck_return_address2: string | null;
    /** string, nullable */
    readonly m2papercheck_return_address3: string | null;
    /** string, nullable */
    readonly m2papercheck_return_city: string | null;
    /** string, nullable */
    readonly m2papercheck_return_country_code: string | null;
    /** string, nullable */
    readonly m2papercheck_return_postal_code: string | null;
    /** string, nullable */
    readonly m2papercheck_return_region: string | null;
    /** enum, nullable */
    readonly method: "m2m" | "m2papercheck" | "m2eft" | "usach" | "advanced" | null;
    /** string, nullable */
    readonly usach_account_number: string | null;
    /** enum, nullable */
    readonly usach_account_type: "checking" | "savings" | null;
    /** string, nullable */
    readonly usach_first_name: string | null;
    /** string, nullable */
    readonly usach_last_name: string | null;
    /** string, nullable */
    readonly usach_routing_number: string | null;
}

export type PaymentMethodPayQuickerField = keyof PaymentMethodPayQuickerFields & string;
export type PaymentMethodPayQuickerContain = never;
export type PaymentMethodPayQuickerWrite = { readonly [K in "advanced_accounting_id" | "advanced_email" | "advanced_security_id" | "advanced_security_id_hint" | "m2eft_account_name" | "m2eft_account_number" | "m2eft_account_tax_number" | "m2eft_account_type_code" | "m2eft_bank_address" | "m2eft_bank_name" | "m2eft_bank_number" | "m2eft_bic" | "m2eft_city" | "m2eft_description" | "m2eft_destination_country_code" | "m2eft_iban" | "m2eft_postal_code" | "m2eft_routing_number" | "m2m_accounting_id" | "m2m_email" | "m2m_security_id" | "m2m_security_id_hint" | "m2papercheck_address1" | "m2papercheck_address2" | "m2papercheck_address3" | "m2papercheck_address4" | "m2papercheck_check_memo" | "m2papercheck_city" | "m2papercheck_destination_country_code" | "m2papercheck_postal_code" | "m2papercheck_recipient_name" | "m2papercheck_region" | "m2papercheck_return_address1" | "m2papercheck_return_address2" | "m2papercheck_return_address3" | "m2papercheck_return_city" | "m2papercheck_return_country_code" | "m2papercheck_return_postal_code" | "m2papercheck_return_region" | "usach_account_number" | "usach_first_name" | "usach_last_name" | "usach_routing_number"]?: FieldInput } & { readonly m2eft_account_type?: "checking" | "savings"; readonly method?: "m2m" | "m2papercheck" | "m2eft" | "usach" | "advanced"; readonly usach_account_type?: "checking" | "savings" };

/** A PaymentMethodPayQuicker as HasOffers returns it, with its contained relations and methods. */
export interface PaymentMethodPayQuicker extends Model, PaymentMethodPayQuickerFields {
}

/** The PaymentMethodPayQuicker class (for instanceof), made by the runtime from the table. */
export const PaymentMethodPayQuicker: ModelClass<PaymentMethodPayQuicker> = modelClass<PaymentMethodPayQuicker>(MODEL_CLASSES, "PaymentMethodPayQuicker");
