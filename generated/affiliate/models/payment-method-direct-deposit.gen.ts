// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/payment-method-direct-deposit.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** PaymentMethodDirectDeposit fields, named and valued as HasOffers sends them. */
export interface PaymentMethodDirectDepositFields {
    /** integer, read only */
    readonly affiliate_id: NumericString | null;
    /** string */
    readonly account_holder: string | null;
    /** string */
    readonly account_number: string | null;
    /** string */
    readonly bank_name: string | null;
    /** string, nullable */
    readonly other_details: string | null;
    /** string */
    readonly routing_number: string | null;
}

export type PaymentMethodDirectDepositField = keyof PaymentMethodDirectDepositFields & string;
export type PaymentMethodDirectDepositContain = never;
export type PaymentMethodDirectDepositWrite = { readonly [K in "account_holder" | "account_number" | "bank_name" | "other_details" | "routing_number"]?: FieldInput };

/** A PaymentMethodDirectDeposit as HasOffers returns it, with its contained relations and methods. */
export interface PaymentMethodDirectDeposit extends Model, PaymentMethodDirectDepositFields {
}

/** The PaymentMethodDirectDeposit class (for instanceof), made by the runtime from the table. */
export const PaymentMethodDirectDeposit: ModelClass<PaymentMethodDirectDeposit> = modelClass<PaymentMethodDirectDeposit>(MODEL_CLASSES, "PaymentMethodDirectDeposit");
