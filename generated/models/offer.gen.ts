// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/offer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, FindAllOptions, GenericModel, Id, Model, ModelClass, NumericString, RelatedManager, TrackingLink, TrackingLinkOptions } from "../../src/runtime/types.js";
import type { Advertiser } from "./advertiser.gen.js";
import type { AffiliateOffer, AffiliateOfferContain, AffiliateOfferField } from "./affiliate-offer.gen.js";
import type { AffiliateTierPayout } from "./affiliate-tier-payout.gen.js";
import type { AffiliateTierRevenue } from "./affiliate-tier-revenue.gen.js";
import type { Browser } from "./browser.gen.js";
import type { Conversion, ConversionContain, ConversionField } from "./conversion.gen.js";
import type { Country } from "./country.gen.js";
import type { CustomerList } from "./customer-list.gen.js";
import type { Goal } from "./goal.gen.js";
import type { Hostname } from "./hostname.gen.js";
import type { OfferCategory } from "./offer-category.gen.js";
import type { OfferFile, OfferFileContain, OfferFileField } from "./offer-file.gen.js";
import type { OfferGroup } from "./offer-group.gen.js";
import type { OfferUrl } from "./offer-url.gen.js";
import type { PayoutGroupOffer } from "./payout-group-offer.gen.js";
import type { RevenueGroupOffer } from "./revenue-group-offer.gen.js";

/** Offer fields, named and valued as HasOffers sends them. */
export interface OfferFields {
    /** integer, nullable */
    readonly advertiser_id: NumericString | null;
    /** boolean */
    readonly allow_direct_links: BooleanFlag | null;
    /** boolean */
    readonly allow_multiple_conversions: BooleanFlag | null;
    /** boolean */
    readonly allow_website_links: BooleanFlag | null;
    /** boolean, nullable */
    readonly approve_conversions: BooleanFlag | null;
    /** string, nullable */
    readonly click_macro_url: string | null;
    /** integer */
    readonly conversion_cap: NumericString | null;
    /** integer, nullable */
    readonly conversion_ratio_threshold: NumericString | null;
    /** integer, nullable */
    readonly converted_offer_id: NumericString | null;
    /** enum */
    readonly converted_offer_type: "" | "network" | "url" | null;
    /** string, nullable */
    readonly converted_offer_url: string | null;
    /** string, nullable */
    readonly currency: string | null;
    /** integer, nullable */
    readonly customer_list_id: NumericString | null;
    /** string, nullable */
    readonly default_goal_name: string | null;
    /** decimal */
    readonly default_payout: NumericString | null;
    /** string, nullable */
    readonly description: string | null;
    /** boolean */
    readonly disable_click_macro: BooleanFlag | null;
    /** boolean */
    readonly display_advertiser: BooleanFlag | null;
    /** string, read only, nullable */
    readonly dne_download_url: string | null;
    /** integer, nullable */
    readonly dne_list_id: NumericString | null;
    /** string, read only, nullable */
    readonly dne_unsubscribe_url: string | null;
    /** boolean */
    readonly email_instructions: BooleanFlag | null;
    /** string, nullable */
    readonly email_instructions_from: string | null;
    /** string, nullable */
    readonly email_instructions_subject: string | null;
    /** boolean */
    readonly enable_offer_whitelist: BooleanFlag | null;
    /** boolean */
    readonly enforce_encrypt_tracking_pixels: BooleanFlag | null;
    /** boolean */
    readonly enforce_geo_targeting: BooleanFlag | null;
    /** date, required on create */
    readonly expiration_date: DateTimeString | null;
    /** datetime, nullable */
    readonly featured: DateTimeString | null;
    /** boolean */
    readonly has_goals_enabled: BooleanFlag | null;
    /** integer, nullable */
    readonly hostname_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** boolean, read only */
    readonly is_expired: BooleanFlag | null;
    /** boolean */
    readonly is_private: BooleanFlag | null;
    /** boolean */
    readonly is_seo_friendly_301: BooleanFlag | null;
    /** boolean */
    readonly is_subscription: BooleanFlag | null;
    /** decimal */
    readonly max_payout: NumericString | null;
    /** decimal, nullable */
    readonly max_percent_payout: NumericString | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** integer */
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
    /** decimal, nullable */
    readonly percent_payout: NumericString | null;
    /** string, required on create */
    readonly preview_url: string | null;
    /** enum */
    readonly protocol: "http" | "https" | "http_img" | "https_img" | "server" | "server_affiliate" | "mobile_app" | "mobile_device" | "pay_per_call" | null;
    /** integer, read only, nullable */
    readonly rating: NumericString | null;
    /** integer, nullable */
    readonly redirect_offer_id: NumericString | null;
    /** string, nullable */
    readonly ref_id: string | null;
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
    /** integer, nullable */
    readonly subscription_duration: NumericString | null;
    /** enum, nullable */
    readonly subscription_frequency: "daily" | "weekly" | "monthly" | "annually" | null;
    /** integer */
    readonly target_browsers: NumericString | null;
    /** string, nullable */
    readonly terms_and_conditions: string | null;
    /** boolean */
    readonly tiered_payout: BooleanFlag | null;
    /** boolean */
    readonly tiered_revenue: BooleanFlag | null;
    /** boolean */
    readonly use_payout_groups: BooleanFlag | null;
    /** boolean */
    readonly use_revenue_groups: BooleanFlag | null;
    /** boolean */
    readonly use_target_rules: BooleanFlag | null;
    /** string */
    readonly cookie_hours: string | null;
    /** string */
    readonly default_scrub: string | null;
    /** boolean */
    readonly is_country_primary: BooleanFlag | null;
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
    /** string */
    readonly enforce_secure_tracking_link: string | null;
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
    /** string */
    readonly dne_third_party_list: string | null;
}

export type OfferField = keyof OfferFields & string;
export type OfferContain = "Advertiser" | "AffiliateTierPayout" | "AffiliateTierRevenue" | "Browser" | "Country" | "Goal" | "Hostname" | "OfferCategory" | "OfferGroup" | "OfferUrl" | "PayoutGroup" | "RevenueGroup" | "Stat" | "Subscription" | "Thumbnail" | "TrackingLink";
export type OfferWrite = { readonly [K in "advertiser_id" | "allow_direct_links" | "allow_multiple_conversions" | "allow_website_links" | "approve_conversions" | "click_macro_url" | "conversion_cap" | "conversion_ratio_threshold" | "converted_offer_id" | "converted_offer_url" | "currency" | "customer_list_id" | "default_goal_name" | "default_payout" | "description" | "disable_click_macro" | "display_advertiser" | "dne_list_id" | "email_instructions" | "email_instructions_from" | "email_instructions_subject" | "enable_offer_whitelist" | "enforce_encrypt_tracking_pixels" | "enforce_geo_targeting" | "expiration_date" | "featured" | "has_goals_enabled" | "hostname_id" | "is_private" | "is_seo_friendly_301" | "is_subscription" | "max_payout" | "max_percent_payout" | "monthly_conversion_cap" | "monthly_payout_cap" | "monthly_revenue_cap" | "name" | "note" | "offer_url" | "payout_cap" | "percent_payout" | "preview_url" | "redirect_offer_id" | "ref_id" | "require_approval" | "require_terms_and_conditions" | "revenue_cap" | "session_hours" | "session_impression_hours" | "set_session_on_impression" | "show_custom_variables" | "show_mail_list" | "subscription_duration" | "target_browsers" | "terms_and_conditions" | "tiered_payout" | "tiered_revenue" | "use_payout_groups" | "use_revenue_groups" | "use_target_rules" | "cookie_hours" | "default_scrub" | "is_country_primary" | "AFFILIATE_NETWORK_Brands_id" | "SHARED_Advertiser_Offers_id" | "SHARED_Affiliate_Offers_id" | "SHARED_Offers_id" | "shared_offers_modified" | "shared_offer_approval_status" | "shared_offer_status" | "_NETWORK_offer_id" | "_NETWORK_dne_list_id" | "parent_offers_modified" | "session_cookieless_minutes" | "enforce_secure_tracking_link" | "website_links_copy_static_params" | "create_date_utc" | "lifetime_revenue_cap" | "lifetime_conversion_cap" | "lifetime_payout_cap" | "dne_third_party_list"]?: FieldInput } & { readonly converted_offer_type?: "" | "network" | "url"; readonly payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm"; readonly protocol?: "http" | "https" | "http_img" | "https_img" | "server" | "server_affiliate" | "mobile_app" | "mobile_device" | "pay_per_call"; readonly revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm"; readonly status?: "active" | "paused" | "pending" | "expired" | "deleted"; readonly subscription_frequency?: "daily" | "weekly" | "monthly" | "annually" };

/** A Offer as HasOffers returns it, with its contained relations and methods. */
export interface Offer extends Model, OfferFields {
    /** Present when asked for with contain: ['Advertiser']. */
    readonly advertiser?: Advertiser | null;
    /** Present when asked for with contain: ['AffiliateTierPayout']. */
    readonly affiliateTierPayout?: AffiliateTierPayout[];
    /** Present when asked for with contain: ['AffiliateTierRevenue']. */
    readonly affiliateTierRevenue?: AffiliateTierRevenue[];
    /** Present when asked for with contain: ['Browser']. */
    readonly browser?: Browser[];
    /** Present when asked for with contain: ['Country']. */
    readonly country?: Country[];
    /** Present when asked for with contain: ['Goal']. */
    readonly goal?: Goal[];
    /** Present when asked for with contain: ['Hostname']. */
    readonly hostname?: Hostname[];
    /** Present when asked for with contain: ['OfferCategory']. */
    readonly offerCategory?: OfferCategory[];
    /** Present when asked for with contain: ['OfferGroup']. */
    readonly offerGroup?: OfferGroup[];
    /** Present when asked for with contain: ['OfferUrl']. */
    readonly offerUrl?: OfferUrl[];
    /** Present when asked for with contain: ['PayoutGroup']. */
    readonly payoutGroup?: PayoutGroupOffer | PayoutGroupOffer[] | null;
    /** Present when asked for with contain: ['RevenueGroup']. */
    readonly revenueGroup?: RevenueGroupOffer | RevenueGroupOffer[] | null;
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: GenericModel | null;
    /** Present when asked for with contain: ['Subscription']. */
    readonly subscription?: CustomerList | null;
    /** Present when asked for with contain: ['Thumbnail']. */
    readonly thumbnail?: OfferFile | null;
    /** Present when asked for with contain: ['TrackingLink']. */
    readonly trackingLink?: string | null;
    /** Conversions whose offer_id is this Offer's id. */
    readonly conversions: RelatedManager<Conversion, ConversionField, ConversionContain>;
    /** OfferFiles whose offer_id is this Offer's id. */
    readonly files: RelatedManager<OfferFile, OfferFileField, OfferFileContain>;
    /** Offer.addCategory with this Offer's id as id. */
    addCategory(category_id: Id, options?: CallOptions): Promise<boolean>;
    /** Offer.addTargetCountry with this Offer's id as id. */
    addTargetCountry(country_code: string, options?: CallOptions): Promise<boolean>;
    /** Offer.blockAffiliate with this Offer's id as id. */
    blockAffiliate(affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** Offer.findAllAffiliateApprovals with this Offer's id as offer_id. */
    findAllAffiliateApprovals(query?: FindAllOptions<AffiliateOfferField, AffiliateOfferContain>, options?: CallOptions): Promise<AffiliateOffer[]>;
    /** Offer.generateTrackingLink with this Offer's id as offer_id. */
    generateTrackingLink(affiliate_id: Id, options?: TrackingLinkOptions, callOptions?: CallOptions): Promise<TrackingLink>;
    /** Offer.getAffiliateApprovalStatus with this Offer's id as id. */
    getAffiliateApprovalStatus(affiliate_id: Id, options?: CallOptions): Promise<string>;
    /** Offer.getApprovedAffiliateIds with this Offer's id as id. */
    getApprovedAffiliateIds(options?: CallOptions): Promise<string[]>;
    /** Offer.getBlockedAffiliateIds with this Offer's id as id. */
    getBlockedAffiliateIds(options?: CallOptions): Promise<string[]>;
    /** Offer.getCategories with this Offer's id as id. */
    getCategories(options?: CallOptions): Promise<OfferCategory[]>;
    /** Offer.getOfferFilesWithCreativeCode with this Offer's id as offer_id. */
    getOfferFilesWithCreativeCode(affiliate_id: Id, options?: CallOptions): Promise<OfferFile[]>;
    /** Offer.getTargetCountries with this Offer's id as id. */
    getTargetCountries(options?: CallOptions): Promise<Country[]>;
    /** Offer.getUnapprovedAffiliateIds with this Offer's id as id. */
    getUnapprovedAffiliateIds(options?: CallOptions): Promise<string[]>;
    /** Offer.unblockAffiliate with this Offer's id as id. */
    unblockAffiliate(affiliate_id: Id, options?: CallOptions): Promise<boolean>;
    /** Offer.update with this Offer's id as id. */
    update(data: OfferWrite, options?: CallOptions): Promise<Offer>;
    /** Offer.setAffiliateApproval with this Offer's id as id. */
    setAffiliateApprovalStatus(affiliate_id: Id, status: string, options?: CallOptions): Promise<AffiliateOffer | boolean>;
}

/** The Offer class (for instanceof), made by the runtime from the table. */
export const Offer: ModelClass<Offer> = modelClass<Offer>(MODEL_CLASSES, "Offer");
