// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/simple-offer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** SimpleOffer fields, named and valued as HasOffers sends them. */
export interface SimpleOfferFields {
    /** integer, key */
    readonly id: string;
    /** integer */
    readonly advertiser_id: NumericString | null;
    /** boolean */
    readonly allow_direct_links: BooleanFlag | null;
    /** boolean */
    readonly allow_multiple_conversions: BooleanFlag | null;
    /** boolean */
    readonly allow_website_links: BooleanFlag | null;
    /** string */
    readonly approve_conversions: string | null;
    /** string */
    readonly click_macro_url: string | null;
    /** string */
    readonly conversion_cap: string | null;
    /** string */
    readonly conversion_ratio_threshold: string | null;
    /** integer */
    readonly converted_offer_id: NumericString | null;
    /** string */
    readonly converted_offer_type: string | null;
    /** string */
    readonly converted_offer_url: string | null;
    /** string */
    readonly cookie_hours: string | null;
    /** string */
    readonly currency: string | null;
    /** integer */
    readonly customer_list_id: NumericString | null;
    /** string */
    readonly default_goal_name: string | null;
    /** string */
    readonly default_payout: string | null;
    /** string */
    readonly default_scrub: string | null;
    /** string */
    readonly description: string | null;
    /** string */
    readonly disable_click_macro: string | null;
    /** string */
    readonly display_advertiser: string | null;
    /** integer */
    readonly dne_list_id: NumericString | null;
    /** string */
    readonly email_instructions: string | null;
    /** string */
    readonly email_instructions_from: string | null;
    /** string */
    readonly email_instructions_subject: string | null;
    /** boolean */
    readonly enable_offer_whitelist: BooleanFlag | null;
    /** string */
    readonly enforce_encrypt_tracking_pixels: string | null;
    /** string */
    readonly enforce_geo_targeting: string | null;
    /** datetime */
    readonly expiration_date: DateTimeString | null;
    /** string */
    readonly featured: string | null;
    /** boolean */
    readonly has_goals_enabled: BooleanFlag | null;
    /** integer */
    readonly hostname_id: NumericString | null;
    /** boolean */
    readonly is_country_primary: BooleanFlag | null;
    /** boolean */
    readonly is_private: BooleanFlag | null;
    /** boolean */
    readonly is_seo_friendly_301: BooleanFlag | null;
    /** boolean */
    readonly is_subscription: BooleanFlag | null;
    /** string */
    readonly max_payout: string | null;
    /** string */
    readonly max_percent_payout: string | null;
    /** datetime */
    readonly modified: DateTimeString | null;
    /** string */
    readonly monthly_conversion_cap: string | null;
    /** string */
    readonly monthly_payout_cap: string | null;
    /** string */
    readonly monthly_revenue_cap: string | null;
    /** string */
    readonly name: string | null;
    /** string */
    readonly note: string | null;
    /** string */
    readonly offer_url: string | null;
    /** string */
    readonly payout_cap: string | null;
    /** string */
    readonly payout_type: string | null;
    /** string */
    readonly percent_payout: string | null;
    /** string */
    readonly preview_url: string | null;
    /** string */
    readonly protocol: string | null;
    /** string */
    readonly rating: string | null;
    /** integer */
    readonly redirect_offer_id: NumericString | null;
    /** integer */
    readonly ref_id: NumericString | null;
    /** boolean */
    readonly require_approval: BooleanFlag | null;
    /** boolean */
    readonly require_terms_and_conditions: BooleanFlag | null;
    /** string */
    readonly revenue_cap: string | null;
    /** string */
    readonly revenue_type: string | null;
    /** string */
    readonly session_hours: string | null;
    /** string */
    readonly session_impression_hours: string | null;
    /** string */
    readonly set_session_on_impression: string | null;
    /** boolean */
    readonly show_custom_variables: BooleanFlag | null;
    /** boolean */
    readonly show_mail_list: BooleanFlag | null;
    /** string */
    readonly status: string | null;
    /** string */
    readonly subscription_duration: string | null;
    /** string */
    readonly subscription_frequency: string | null;
    /** string */
    readonly target_browsers: string | null;
    /** string */
    readonly terms_and_conditions: string | null;
    /** string */
    readonly tiered_payout: string | null;
    /** string */
    readonly tiered_revenue: string | null;
    /** integer */
    readonly AFFILIATE_NETWORK_Brands_id: NumericString | null;
    /** integer */
    readonly SHARED_Advertiser_Offers_id: NumericString | null;
    /** integer */
    readonly SHARED_Affiliate_Offers_id: NumericString | null;
    /** integer */
    readonly SHARED_Offers_id: NumericString | null;
    /** datetime */
    readonly shared_offers_modified: DateTimeString | null;
    /** string */
    readonly shared_offer_approval_status: string | null;
    /** string */
    readonly shared_offer_status: string | null;
    /** integer */
    readonly _NETWORK_offer_id: NumericString | null;
    /** integer */
    readonly _NETWORK_dne_list_id: NumericString | null;
    /** datetime */
    readonly parent_offers_modified: DateTimeString | null;
    /** string */
    readonly session_cookieless_minutes: string | null;
    /** boolean */
    readonly use_target_rules: BooleanFlag | null;
}

export type SimpleOfferField = keyof SimpleOfferFields & string;
export type SimpleOfferContain = never;
export type SimpleOfferWrite = { readonly [K in "advertiser_id" | "allow_direct_links" | "allow_multiple_conversions" | "allow_website_links" | "approve_conversions" | "click_macro_url" | "conversion_cap" | "conversion_ratio_threshold" | "converted_offer_id" | "converted_offer_type" | "converted_offer_url" | "cookie_hours" | "currency" | "customer_list_id" | "default_goal_name" | "default_payout" | "default_scrub" | "description" | "disable_click_macro" | "display_advertiser" | "dne_list_id" | "email_instructions" | "email_instructions_from" | "email_instructions_subject" | "enable_offer_whitelist" | "enforce_encrypt_tracking_pixels" | "enforce_geo_targeting" | "expiration_date" | "featured" | "has_goals_enabled" | "hostname_id" | "is_country_primary" | "is_private" | "is_seo_friendly_301" | "is_subscription" | "max_payout" | "max_percent_payout" | "modified" | "monthly_conversion_cap" | "monthly_payout_cap" | "monthly_revenue_cap" | "name" | "note" | "offer_url" | "payout_cap" | "payout_type" | "percent_payout" | "preview_url" | "protocol" | "rating" | "redirect_offer_id" | "ref_id" | "require_approval" | "require_terms_and_conditions" | "revenue_cap" | "revenue_type" | "session_hours" | "session_impression_hours" | "set_session_on_impression" | "show_custom_variables" | "show_mail_list" | "status" | "subscription_duration" | "subscription_frequency" | "target_browsers" | "terms_and_conditions" | "tiered_payout" | "tiered_revenue" | "AFFILIATE_NETWORK_Brands_id" | "SHARED_Advertiser_Offers_id" | "SHARED_Affiliate_Offers_id" | "SHARED_Offers_id" | "shared_offers_modified" | "shared_offer_approval_status" | "shared_offer_status" | "_NETWORK_offer_id" | "_NETWORK_dne_list_id" | "parent_offers_modified" | "session_cookieless_minutes" | "use_target_rules"]?: FieldInput };

/** A SimpleOffer as HasOffers returns it, with its contained relations and methods. */
export interface SimpleOffer extends Model, SimpleOfferFields {
}

/** The SimpleOffer class (for instanceof), made by the runtime from the table. */
export const SimpleOffer: ModelClass<SimpleOffer> = modelClass<SimpleOffer>(MODEL_CLASSES, "SimpleOffer");
