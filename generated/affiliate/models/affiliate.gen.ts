// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/affiliate.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** Affiliate fields, named and valued as HasOffers sends them. */
export interface AffiliateFields {
    /** integer, read only, nullable */
    readonly account_manager_id: NumericString | null;
    /** string, nullable */
    readonly address1: string | null;
    /** string, nullable */
    readonly address2: string | null;
    /** integer, read only, nullable */
    readonly affiliate_tier_id: NumericString | null;
    /** string, nullable */
    readonly city: string | null;
    /** string */
    readonly company: string | null;
    /** string, nullable */
    readonly country: string | null;
    /** datetime, read only */
    readonly date_added: DateTimeString | null;
    /** string, nullable */
    readonly fax: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string, read only, nullable */
    readonly method_data: string | null;
    /** string, read only, nullable */
    readonly other: string | null;
    /** enum */
    readonly payment_method: "wire" | "check" | "paypal" | "other" | "direct_deposit" | "payoneer" | "payquicker" | null;
    /** enum, read only */
    readonly payment_terms: "net 7" | "net 15" | "net 30" | "net 60" | "net 90" | "invoice" | "other" | null;
    /** string, nullable */
    readonly phone: string | null;
    /** string, read only, nullable */
    readonly ref_id: string | null;
    /** string, nullable */
    readonly region: string | null;
    /** enum, read only */
    readonly status: "active" | null;
    /** boolean, read only */
    readonly w9_filed: BooleanFlag | null;
    /** boolean, read only */
    readonly wants_alerts: BooleanFlag | null;
    /** string, read only, nullable */
    readonly website: string | null;
    /** string */
    readonly zipcode: string | null;
}

export type AffiliateField = keyof AffiliateFields & string;
export type AffiliateContain = never;
export type AffiliateWrite = { readonly [K in "address1" | "address2" | "city" | "company" | "country" | "fax" | "phone" | "region" | "zipcode"]?: FieldInput } & { readonly payment_method?: "wire" | "check" | "paypal" | "other" | "direct_deposit" | "payoneer" | "payquicker" };

/** A Affiliate as HasOffers returns it, with its contained relations and methods. */
export interface Affiliate extends Model, AffiliateFields {
}

/** The Affiliate class (for instanceof), made by the runtime from the table. */
export const Affiliate: ModelClass<Affiliate> = modelClass<Affiliate>(MODEL_CLASSES, "Affiliate");
