// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/offer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** Offer fields, named and valued as HasOffers sends them. */
export interface OfferFields {
    /** boolean, read only */
    readonly allow_direct_links: BooleanFlag | null;
    /** boolean, read only */
    readonly allow_website_links: BooleanFlag | null;
    /** integer, read only */
    readonly conversion_cap: NumericString | null;
    /** string, read only, nullable */
    readonly currency: string | null;
    /** string, read only, nullable */
    readonly default_goal_name: string | null;
    /** decimal, read only */
    readonly default_payout: NumericString | null;
    /** string, read only, nullable */
    readonly description: string | null;
    /** string, read only, nullable */
    readonly dne_download_url: string | null;
    /** integer, read only, nullable */
    readonly dne_list_id: NumericString | null;
    /** string, read only, nullable */
    readonly dne_unsubscribe_url: string | null;
    /** boolean, read only */
    readonly email_instructions: BooleanFlag | null;
    /** string, read only, nullable */
    readonly email_instructions_from: string | null;
    /** string, read only, nullable */
    readonly email_instructions_subject: string | null;
    /** date, read only */
    readonly expiration_date: DateTimeString | null;
    /** datetime, read only, nullable */
    readonly featured: DateTimeString | null;
    /** boolean, read only */
    readonly has_goals_enabled: BooleanFlag | null;
    /** integer, key, read only */
    readonly id: string;
    /** boolean, read only */
    readonly is_expired: BooleanFlag | null;
    /** boolean, read only */
    readonly is_pay_per_call: BooleanFlag | null;
    /** integer, read only */
    readonly monthly_conversion_cap: NumericString | null;
    /** decimal, read only */
    readonly monthly_payout_cap: NumericString | null;
    /** string, read only */
    readonly name: string | null;
    /** decimal, read only */
    readonly payout_cap: NumericString | null;
    /** enum, read only */
    readonly payout_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** decimal, read only */
    readonly percent_payout: NumericString | null;
    /** string, read only, nullable */
    readonly preview_url: string | null;
    /** boolean, read only */
    readonly require_approval: BooleanFlag | null;
    /** boolean, read only */
    readonly require_terms_and_conditions: BooleanFlag | null;
    /** boolean, read only */
    readonly show_custom_variables: BooleanFlag | null;
    /** boolean, read only */
    readonly show_mail_list: BooleanFlag | null;
    /** enum, read only */
    readonly status: "active" | null;
    /** string, read only, nullable */
    readonly terms_and_conditions: string | null;
    /** boolean, read only */
    readonly use_target_rules: BooleanFlag | null;
}

export type OfferField = keyof OfferFields & string;
export type OfferContain = never;
export type OfferWrite = Record<string, never>;

/** A Offer as HasOffers returns it, with its contained relations and methods. */
export interface Offer extends Model, OfferFields {
}

/** The Offer class (for instanceof), made by the runtime from the table. */
export const Offer: ModelClass<Offer> = modelClass<Offer>(MODEL_CLASSES, "Offer");
