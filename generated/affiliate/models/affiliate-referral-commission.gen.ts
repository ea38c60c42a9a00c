// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-referral-commission.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** AffiliateReferralCommission fields, named and valued as HasOffers sends them. */
export interface AffiliateReferralCommissionFields {
    /** integer, key */
    readonly affiliate_id: string;
    /** enum, required on create */
    readonly field: "payout" | "revenue" | "profit" | null;
    /** decimal */
    readonly rate: NumericString | null;
    /** enum, required on create */
    readonly rate_type: "flat" | "percentage" | null;
}

export type AffiliateReferralCommissionField = keyof AffiliateReferralCommissionFields & string;
export type AffiliateReferralCommissionContain = never;
export type AffiliateReferralCommissionWrite = { readonly [K in "rate"]?: FieldInput } & { readonly field?: "payout" | "revenue" | "profit"; readonly rate_type?: "flat" | "percentage" };

/** A AffiliateReferralCommission as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateReferralCommission extends Model, AffiliateReferralCommissionFields {
}

/** The AffiliateReferralCommission class (for instanceof), made by the runtime from the table. */
export const AffiliateReferralCommission: ModelClass<AffiliateReferralCommission> = modelClass<AffiliateReferralCommission>(MODEL_CLASSES, "AffiliateReferralCommission");
