// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/offer.yaml.
// Change the YAML under schema/ and run the command again.

import { Model } from "../../src/runtime/model.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, FindAllOptions, GenericModel, Id, NumericString, RelatedManager, TrackingLink, TrackingLinkOptions } from "../../src/runtime/types.js";
import type { Advertiser } from "./advertiser.gen.js";
import type { Affiliate } from "./affiliate.gen.js";
import type { OfferCategory } from "./application.gen.js";
import type { Conversion, ConversionContain, ConversionField } from "./conversion.gen.js";
import type { Country } from "./country.gen.js";
import type { Goal } from "./goal.gen.js";
import type { OfferFile, OfferFileContain, OfferFileField } from "./offer-file.gen.js";

/** Offer fields, named and valued as HasOffers sends them. */
export interface OfferFields {
    /** integer, primary key */
    readonly id: string;
    /** integer */
    readonly advertiser_id: NumericString | null;
    /** boolean */
    readonly allow_direct_links: BooleanFlag | null;
    /** boolean */
    readonly allow_multiple_conversions: BooleanFlag | null;
    /** boolean */
    readonly allow_website_links: BooleanFlag | null;
    /** boolean */
    readonly approve_conversions: BooleanFlag | null;
    /** string */
    readonly click_macro_url: string | null;
    /** integer */
    readonly conversion_cap: NumericString | null;
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
    /** decimal */
    readonly default_payout: NumericString | null;
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
    /** datetime, required on create */
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
    /** decimal */
    readonly max_payout: NumericString | null;
    /** decimal */
    readonly max_percent_payout: NumericString | null;
    /** datetime */
    readonly modified: DateTimeString | null;
    /** decimal */
    readonly monthly_conversion_cap: NumericString | null;
    /** decimal */
    readonly monthly_payout_cap: NumericString | null;
    /** decimal */
    readonly monthly_revenue_cap: NumericString | null;
    /** string, required on create */
    readonly name: string | null;
    /** string */
    readonly note: string | null;
    /** string, required on create */
    readonly offer_url: string | null;
    /** decimal */
    readonly payout_cap: NumericString | null;
    /** enum */
    readonly payout_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** decimal */
    readonly percent_payout: NumericString | null;
    /** string, required on create */
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
    /** decimal */
    readonly revenue_cap: NumericString | null;
    /** enum */
    readonly revenue_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** integer */
    readonly session_hours: NumericString | null;
    /** integer */
    readonly session_impression_hours: NumericString | null;
    /** boolean */
    readonly set_session_on_impression: BooleanFlag | null;
    /** boolean */
    readonly show_custom_variables: BooleanFlag | null;
    /** boolean */
    readonly show_mail_list: BooleanFlag | null;
    /** enum */
    readonly status: "active" | "paused" | "pending" | "expired" | "deleted" | null;
    /** string */
    readonly subscription_duration: string | null;
    /** string */
    readonly subscription_frequency: string | null;
    /** string */
    readonly target_browsers: string | null;
    /** string */
    readonly terms_and_conditions: string | null;
    /** boolean */
    readonly tiered_payout: BooleanFlag | null;
    /** boolean */
    readonly tiered_revenue: BooleanFlag | null;
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
    /** string */
    readonly enforce_secure_tracking_link: string | null;
    /** boolean */
    readonly use_payout_groups: BooleanFlag | null;
    /** boolean */
    readonly use_revenue_groups: BooleanFlag | null;
    /** string */
    readonly website_links_copy_static_params: string | null;
    /** string */
    readonly create_date_utc: string | null;
    /** decimal */
    readonly lifetime_revenue_cap: NumericString | null;
    /** decimal */
    readonly lifetime_conversion_cap: NumericString | null;
    /** decimal */
    readonly lifetime_payout_cap: NumericString | null;
    /** boolean */
    readonly is_expired: BooleanFlag | null;
    /** string */
    readonly dne_download_url: string | null;
    /** string */
    readonly dne_unsubscribe_url: string | null;
    /** string */
    readonly dne_third_party_list: string | null;
}

export type OfferField = keyof OfferFields & string;
export type OfferContain = "Country" | "Browser" | "OfferCategory" | "OfferGroup" | "Advertiser" | "Thumbnail" | "OfferUrl" | "Stat" | "Subscription" | "AffiliateTierPayout" | "AffiliateTierRevenue" | "Hostname" | "TrackingLink" | "Goal";
export type OfferWrite = { readonly [K in "advertiser_id" | "allow_direct_links" | "allow_multiple_conversions" | "allow_website_links" | "approve_conversions" | "click_macro_url" | "conversion_cap" | "conversion_ratio_threshold" | "converted_offer_id" | "converted_offer_type" | "converted_offer_url" | "cookie_hours" | "currency" | "customer_list_id" | "default_goal_name" | "default_payout" | "default_scrub" | "description" | "disable_click_macro" | "display_advertiser" | "dne_list_id" | "email_instructions" | "email_instructions_from" | "email_instructions_subject" | "enable_offer_whitelist" | "enforce_encrypt_tracking_pixels" | "enforce_geo_targeting" | "expiration_date" | "featured" | "has_goals_enabled" | "hostname_id" | "is_country_primary" | "is_private" | "is_seo_friendly_301" | "is_subscription" | "max_payout" | "max_percent_payout" | "modified" | "monthly_conversion_cap" | "monthly_payout_cap" | "monthly_revenue_cap" | "name" | "note" | "offer_url" | "payout_cap" | "percent_payout" | "preview_url" | "protocol" | "rating" | "redirect_offer_id" | "ref_id" | "require_approval" | "require_terms_and_conditions" | "revenue_cap" | "session_hours" | "session_impression_hours" | "set_session_on_impression" | "show_custom_variables" | "show_mail_list" | "subscription_duration" | "subscription_frequency" | "target_browsers" | "terms_and_conditions" | "tiered_payout" | "tiered_revenue" | "AFFILIATE_NETWORK_Brands_id" | "SHARED_Advertiser_Offers_id" | "SHARED_Affiliate_Offers_id" | "SHARED_Offers_id" | "shared_offers_modified" | "shared_offer_approval_status" | "shared_offer_status" | "_NETWORK_offer_id" | "_NETWORK_dne_list_id" | "parent_offers_modified" | "session_cookieless_minutes" | "use_target_rules" | "enforce_secure_tracking_link" | "use_payout_groups" | "use_revenue_groups" | "website_links_copy_static_params" | "create_date_utc" | "lifetime_revenue_cap" | "lifetime_conversion_cap" | "lifetime_payout_cap" | "is_expired" | "dne_download_url" | "dne_unsubscribe_url" | "dne_third_party_list"]?: FieldInput } & { readonly payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm"; readonly revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm"; readonly status?: "active" | "paused" | "pending" | "expired" | "deleted" };

/** A Offer as HasOffers returns it, with its contained relations and methods. */
export interface Offer extends OfferFields {
    /** Present when asked for with contain: ['Country']. */
    readonly country?: Country[];
    /** Present when asked for with contain: ['Browser']. */
    readonly browser?: GenericModel[];
    /** Present when asked for with contain: ['OfferCategory']. */
    readonly offerCategory?: OfferCategory[];
    /** Present when asked for with contain: ['OfferGroup']. */
    readonly offerGroup?: GenericModel[];
    /** Present when asked for with contain: ['Advertiser']. */
    readonly advertiser?: Advertiser | null;
    /** Present when asked for with contain: ['Thumbnail']. */
    readonly thumbnail?: OfferFile | null;
    /** Present when asked for with contain: ['OfferUrl']. */
    readonly offerUrl?: GenericModel[];
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: GenericModel | null;
    /** Present when asked for with contain: ['Subscription']. */
    readonly subscription?: GenericModel | null;
    /** Present when asked for with contain: ['AffiliateTierPayout']. */
    readonly affiliateTierPayout?: GenericModel[];
    /** Present when asked for with contain: ['AffiliateTierRevenue']. */
    readonly affiliateTierRevenue?: GenericModel[];
    /** Present when asked for with contain: ['Hostname']. */
    readonly hostname?: GenericModel[];
    /** Present when asked for with contain: ['TrackingLink']. */
    readonly trackingLink?: string | null;
    /** Present when asked for with contain: ['Goal']. */
    readonly goal?: Goal[];
    /** Conversions whose offer_id is this Offer's id. */
    readonly conversions: RelatedManager<Conversion, ConversionField, ConversionContain>;
    /** OfferFiles whose offer_id is this Offer's id. */
    readonly files: RelatedManager<OfferFile, OfferFileField, OfferFileContain>;
    /** Offer.update with this Offer's id as id. */
    update(data: OfferWrite, options?: CallOptions): Promise<Offer>;
    /** Offer.addTargetCountry with this Offer's id as id. */
    addTargetCountry(country_code: string, options?: CallOptions): Promise<boolean>;
    /** Offer.getTargetCountries with this Offer's id as id. */
    getTargetCountries(options?: CallOptions): Promise<Country[]>;
    /** Offer.addCategory with this Offer's id as id. */
    addCategory(category_id: Id, options?: CallOptions): Promise<boolean>;
    /** Offer.getCategories with this Offer's id as id. */
    getCategories(options?: CallOptions): Promise<OfferCategory[]>;
    /** Offer.blockAffiliate with this Offer's id as id. */
    blockAffiliate(affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** Offer.unblockAffiliate with this Offer's id as id. */
    unblockAffiliate(affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** Offer.getOfferFilesWithCreativeCode with this Offer's id as offer_id. */
    getOfferFilesWithCreativeCode(affiliate_id: Id, options?: CallOptions): Promise<OfferFile[]>;
    /** Offer.setAffiliateApproval with this Offer's id as id. */
    setAffiliateApprovalStatus(affiliate_id: Id, status: string, options?: CallOptions): Promise<AffiliateOffer | boolean>;
    /** Offer.getAffiliateApprovalStatus with this Offer's id as id. */
    getAffiliateApprovalStatus(affiliate_id: Id, options?: CallOptions): Promise<string>;
    /** Offer.getBlockedAffiliateIds with this Offer's id as id. */
    getBlockedAffiliateIds(options?: CallOptions): Promise<string[]>;
    /** Offer.getApprovedAffiliateIds with this Offer's id as id. */
    getApprovedAffiliateIds(options?: CallOptions): Promise<string[]>;
    /** Offer.getUnapprovedAffiliateIds with this Offer's id as id. */
    getUnapprovedAffiliateIds(options?: CallOptions): Promise<string[]>;
    /** Offer.generateTrackingLink with this Offer's id as offer_id. */
    generateTrackingLink(affiliate_id: Id, options?: TrackingLinkOptions, callOptions?: CallOptions): Promise<TrackingLink>;
    /** Offer.findAllAffiliateApprovals with this Offer's id as offer_id. */
    findAllAffiliateApprovals(query?: FindAllOptions<AffiliateOfferField, AffiliateOfferContain>, options?: CallOptions): Promise<AffiliateOffer[]>;
}

export class Offer extends Model {
    static override readonly modelName = "Offer";
}

/** AffiliateOffer fields, named and valued as HasOffers sends them. */
export interface AffiliateOfferFields {
    /** integer, primary key */
    readonly id: string;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** integer, required on create */
    readonly offer_id: NumericString | null;
    /** enum */
    readonly approval_status: "approved" | "pending" | "rejected" | null;
    /** string */
    readonly agreed_terms_and_conditions: string | null;
    /** string */
    readonly approval_notes: string | null;
    /** integer */
    readonly hostname_id: NumericString | null;
    /** integer */
    readonly _NETWORK_offer_id: NumericString | null;
}

export type AffiliateOfferField = keyof AffiliateOfferFields & string;
export type AffiliateOfferContain = "Affiliate" | "Offer";
export type AffiliateOfferWrite = { readonly [K in "affiliate_id" | "offer_id" | "agreed_terms_and_conditions" | "approval_notes" | "hostname_id" | "_NETWORK_offer_id"]?: FieldInput } & { readonly approval_status?: "approved" | "pending" | "rejected" };

/** A AffiliateOffer as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateOffer extends AffiliateOfferFields {
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
}

export class AffiliateOffer extends Model {
    static override readonly modelName = "AffiliateOffer";
}
