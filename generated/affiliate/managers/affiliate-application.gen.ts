// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/application.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, LowLevelCall, QueryBuilder } from "../../../src/runtime/types.js";
import type { Hostname, HostnameContain, HostnameField } from "../models/hostname.gen.js";
import type { OfferCategory, OfferCategoryContain, OfferCategoryField } from "../models/offer-category.gen.js";

/** The Affiliate_Application controller (`api.application`, `api.controller('Affiliate_Application')`). */
export interface AffiliateApplicationManager {
    /** A low-level call to any Affiliate_Application method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_Application.findAllCountries (read: retried on failure). */
    findAllCountries(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_Application.findAllHostnames (read: retried on failure). */
    findAllHostnames(params?: { readonly filters?: FilterInput<HostnameField>; readonly fields?: readonly HostnameField[] }, options?: CallOptions): Promise<Hostname[]>;
    /** HasOffers Affiliate_Application.findAllOfferCategories (read: retried on failure). */
    findAllOfferCategories(params?: { readonly filters?: FilterInput<OfferCategoryField>; readonly fields?: readonly OfferCategoryField[] }, options?: CallOptions): Promise<OfferCategory[]>;
    /** HasOffers Affiliate_Application.findAllTimezones (read: retried on failure). */
    findAllTimezones(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAllHostnames (its other params given here). */
    query(method: "findAllHostnames", params?: Record<string, never>): QueryBuilder<HostnameField, HostnameContain, Hostname>;
    /** A typed, immutable query builder over findAllOfferCategories (its other params given here). */
    query(method: "findAllOfferCategories", params?: Record<string, never>): QueryBuilder<OfferCategoryField, OfferCategoryContain, OfferCategory>;
}
