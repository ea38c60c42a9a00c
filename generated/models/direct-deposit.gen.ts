// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/direct-deposit.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** DirectDeposit fields, named and valued as HasOffers sends them. */
export interface DirectDepositFields {
    /** integer, key */
    readonly affiliate_id: string;
    /** string */
    readonly direct_deposit_account_holder: string | null;
    /** string */
    readonly direct_deposit_account_number: string | null;
    /** string */
    readonly direct_deposit_bank_name: string | null;
    /** string */
    readonly direct_deposit_routing_number: string | null;
    /** string */
    readonly direct_deposit_other_details: string | null;
}

export type DirectDepositField = keyof DirectDepositFields & string;
export type DirectDepositContain = never;
export type DirectDepositWrite = { readonly [K in "direct_deposit_account_holder" | "direct_deposit_account_number" | "direct_deposit_bank_name" | "direct_deposit_routing_number" | "direct_deposit_other_details"]?: FieldInput };

/** A DirectDeposit as HasOffers returns it, with its contained relations and methods. */
export interface DirectDeposit extends Model, DirectDepositFields {
}

/** The DirectDeposit class (for instanceof), made by the runtime from the table. */
export const DirectDeposit: ModelClass<DirectDeposit> = modelClass<DirectDeposit>(MODEL_CLASSES, "DirectDeposit");
