// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/application.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, FindAllOptions, Id, LowLevelCall, Params, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { AdvertiserApiKey, AdvertiserApiKeyContain, AdvertiserApiKeyField, AdvertiserApiKeyWrite } from "../models/advertiser-api-key.gen.js";
import type { AffiliateApiKey, AffiliateApiKeyContain, AffiliateApiKeyField, AffiliateApiKeyWrite } from "../models/affiliate-api-key.gen.js";
import type { AffiliateTier, AffiliateTierContain, AffiliateTierField, AffiliateTierWrite } from "../models/affiliate-tier.gen.js";
import type { BrandInformation, BrandInformationWrite } from "../models/brand-information.gen.js";
import type { Hostname, HostnameContain, HostnameField, HostnameWrite } from "../models/hostname.gen.js";
import type { OfferCategory, OfferCategoryContain, OfferCategoryField, OfferCategoryWrite } from "../models/offer-category.gen.js";
import type { OfferGroup, OfferGroupContain, OfferGroupField, OfferGroupWrite } from "../models/offer-group.gen.js";
import type { UserIp, UserIpContain, UserIpField, UserIpWrite } from "../models/user-ip.gen.js";

/** The Application controller (`api.application`, `api.controller('Application')`). */
export interface ApplicationManager {
    /** A low-level call to any Application method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Application.addAffiliateTier (write: never repeated after an unknown outcome). */
    addAffiliateTier(params: { readonly data: AffiliateTierWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Application.addHostname (write: never repeated after an unknown outcome). */
    addHostname(params: { readonly data: HostnameWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Application.addOfferCategory (write: never repeated after an unknown outcome). */
    addOfferCategory(params: { readonly data: OfferCategoryWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Application.addOfferGroup (write: never repeated after an unknown outcome). */
    addOfferGroup(params: { readonly data: OfferGroupWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Application.changeAdvertiserApiKey (write: never repeated after an unknown outcome). */
    changeAdvertiserApiKey(params: { readonly id: Id }, options?: CallOptions): Promise<string>;
    /** HasOffers Application.changeAffiliateApiKey (write: never repeated after an unknown outcome). */
    changeAffiliateApiKey(params: { readonly id: Id }, options?: CallOptions): Promise<string>;
    /** HasOffers Application.changeNetworkApiKey (write: never repeated after an unknown outcome). */
    changeNetworkApiKey(params?: Record<string, never>, options?: CallOptions): Promise<string>;
    /** HasOffers Application.createAdvertiserApiKey (write: never repeated after an unknown outcome). */
    createAdvertiserApiKey(params: { readonly data: AdvertiserApiKeyWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Application.createAffiliateApiKey (write: never repeated after an unknown outcome). */
    createAffiliateApiKey(params: { readonly data: AffiliateApiKeyWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Application.createNetworkApiKey (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    createNetworkApiKey(params?: { readonly api_key?: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.decryptUnsubHash (read: retried on failure). */
    decryptUnsubHash(params: { readonly hash: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAdvertiserApiKey (read: retried on failure). */
    findAdvertiserApiKey(params: { readonly api_key: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAdvertiserApiKeyByAdvertiserId (read: retried on failure). */
    findAdvertiserApiKeyByAdvertiserId(params: { readonly advertiser_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAffiliateApiKey (read: retried on failure). */
    findAffiliateApiKey(params: { readonly api_key: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAffiliateApiKeyByAffiliateId (read: retried on failure). */
    findAffiliateApiKeyByAffiliateId(params: { readonly affiliate_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAllAdvertiserApiKeys (read: retried on failure). */
    findAllAdvertiserApiKeys(params?: { readonly filters?: FilterInput<AdvertiserApiKeyField>; readonly fields?: readonly AdvertiserApiKeyField[]; readonly contain?: readonly AdvertiserApiKeyContain[] }, options?: CallOptions): Promise<AdvertiserApiKey[]>;
    /** HasOffers Application.findAllAffiliateApiKeys (read: retried on failure). */
    findAllAffiliateApiKeys(params?: { readonly filters?: FilterInput<AffiliateApiKeyField>; readonly fields?: readonly AffiliateApiKeyField[]; readonly contain?: readonly AffiliateApiKeyContain[] }, options?: CallOptions): Promise<AffiliateApiKey[]>;
    /** HasOffers Application.findAllAffiliateTierAffiliateIds (read: retried on failure). */
    findAllAffiliateTierAffiliateIds(params?: { readonly id?: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAllAffiliateTiers (read: retried on failure). */
    findAllAffiliateTiers(params?: { readonly filters?: FilterInput<AffiliateTierField>; readonly fields?: readonly AffiliateTierField[] }, options?: CallOptions): Promise<AffiliateTier[]>;
    /** HasOffers Application.findAllBrowsers (read: retried on failure). */
    findAllBrowsers(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAllCountries (read: retried on failure). */
    findAllCountries(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAllHostnames (read: retried on failure). */
    findAllHostnames(params?: { readonly filters?: FilterInput<HostnameField>; readonly fields?: readonly HostnameField[] }, options?: CallOptions): Promise<Hostname[]>;
    /** HasOffers Application.findAllOfferCategories (read: retried on failure). */
    findAllOfferCategories(query?: FindAllOptions<OfferCategoryField, OfferCategoryContain>, options?: CallOptions): Promise<OfferCategory[]>;
    /** HasOffers Application.findAllOfferCategoryOfferIds (read: retried on failure). */
    findAllOfferCategoryOfferIds(id: Id, options?: CallOptions): Promise<string[]>;
    /** HasOffers Application.findAllOfferGroupOfferIds (read: retried on failure). */
    findAllOfferGroupOfferIds(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAllOfferGroups (read: retried on failure). */
    findAllOfferGroups(params?: { readonly filters?: FilterInput<OfferGroupField>; readonly fields?: readonly OfferGroupField[] }, options?: CallOptions): Promise<OfferGroup[]>;
    /** HasOffers Application.findAllPermissions (read: retried on failure). */
    findAllPermissions(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAllRegions (read: retried on failure). */
    findAllRegions(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findAllTimezones (read: retried on failure). */
    findAllTimezones(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findBrowserById (read: retried on failure). */
    findBrowserById(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findCities (read: retried on failure; parameters not documented, sent as given). */
    findCities(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findCountryByCode (read: retried on failure). */
    findCountryByCode(params: { readonly code: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findFailedAuthUserInfo (read: retried on failure; typed from the 2013 reference). */
    findFailedAuthUserInfo(params: { readonly email: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findPermissionById (read: retried on failure). */
    findPermissionById(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findPermissionByName (read: retried on failure). */
    findPermissionByName(params: { readonly name: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findPermissionsByGroup (read: retried on failure). */
    findPermissionsByGroup(params: { readonly group: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findTimezoneById (read: retried on failure). */
    findTimezoneById(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.findUserAuthIps (read: retried on failure). */
    findUserAuthIps(params?: { readonly filters?: FilterInput<UserIpField>; readonly sort?: SortSpec<UserIpField> | readonly SortSpec<UserIpField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly UserIpField[] }, options?: CallOptions): Promise<UserIp[]>;
    /** HasOffers Application.generateAllUnsubLinks (read: retried on failure). */
    generateAllUnsubLinks(params: { readonly users: readonly { readonly preference: "disable_mail_room_email" | "disable_hasoffers_news_email"; readonly type: "aff" | "adv" | "emp"; readonly user_id: Id }[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.generateUnsubLink (read: retried on failure). */
    generateUnsubLink(params: { readonly preference: "disable_company_news_email" | "disable_offer_updates_email" | "disable_mail_room_email" | "disable_hasoffers_education_email" | "disable_hasoffers_updates_email" | "disable_hasoffers_news_email"; readonly type: "aff" | "adv" | "emp"; readonly user_id: Id; readonly ttl?: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.getAccountInformation (read: retried on failure). */
    getAccountInformation(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.getActiveOfferCategoryCount (read: retried on failure). */
    getActiveOfferCategoryCount(params?: Record<string, never>, options?: CallOptions): Promise<number>;
    /** HasOffers Application.getBrand (read: retried on failure). */
    getBrand(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.getBrandByHostname (read: retried on failure; typed from the 2013 reference). */
    getBrandByHostname(params: { readonly hostname: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.getBrandInformation (read: retried on failure). */
    getBrandInformation(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.getCountryRegions (read: retried on failure). */
    getCountryRegions(params: { readonly code: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.getHasoffersEmailList (read: retried on failure; typed from the 2013 reference). */
    getHasoffersEmailList(params?: { readonly employee_id?: Id; readonly preference?: string; readonly value?: number }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.getNetworkApiKey (read: retried on failure; typed from the 2013 reference). */
    getNetworkApiKey(params?: Record<string, never>, options?: CallOptions): Promise<string>;
    /** HasOffers Application.getPoFile (read: retried on failure). */
    getPoFile(params: { readonly language: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.getTimezone (read: retried on failure). */
    getTimezone(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.importAdvertisers (write: never repeated after an unknown outcome). */
    importAdvertisers(params?: { readonly employee_id?: Id }, options?: CallOptions): Promise<void>;
    /** HasOffers Application.importAffiliates (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    importAffiliates(params?: { readonly employee_id?: Id }, options?: CallOptions): Promise<void>;
    /** HasOffers Application.importOffers (write: never repeated after an unknown outcome). */
    importOffers(params?: { readonly employee_id?: Id }, options?: CallOptions): Promise<void>;
    /** HasOffers Application.resetPassword (write: never repeated after an unknown outcome). */
    resetPassword(params: { readonly email: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Application.saveFailedUserAuthIp (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    saveFailedUserAuthIp(params: { readonly data: UserIpWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.saveValidUserAuthIp (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    saveValidUserAuthIp(params: { readonly data: UserIpWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateAccountInformation (write: never repeated after an unknown outcome). */
    updateAccountInformation(params: { readonly data: BrandInformationWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<BrandInformation | null | boolean>;
    /** HasOffers Application.updateAdvertiserApiKey (write: never repeated after an unknown outcome). */
    updateAdvertiserApiKey(params: { readonly id: Id; readonly data: AdvertiserApiKeyWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateAffiliateApiKey (write: never repeated after an unknown outcome). */
    updateAffiliateApiKey(params: { readonly id: Id; readonly data: AffiliateApiKeyWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateAffiliateTier (write: never repeated after an unknown outcome). */
    updateAffiliateTier(params: { readonly id: Id; readonly data: AffiliateTierWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateBrandEmail (write: never repeated after an unknown outcome). */
    updateBrandEmail(params: { readonly email: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateBrandHostname (write: never repeated after an unknown outcome). */
    updateBrandHostname(params: { readonly hostname: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateBrandInformation (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    updateBrandInformation(params: { readonly data: Params }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateBrandJumpHostname (write: never repeated after an unknown outcome). */
    updateBrandJumpHostname(params: { readonly jump_hostname: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateBrandJumpHostnameHasSsl (write: never repeated after an unknown outcome). */
    updateBrandJumpHostnameHasSsl(params: { readonly jump_hostname_has_ssl: boolean }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateBrandNetworkName (write: never repeated after an unknown outcome). */
    updateBrandNetworkName(params: { readonly network_name: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateHasoffersEmailListPreference (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    updateHasoffersEmailListPreference(params: { readonly employee_id: Id; readonly preference: string; readonly value: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateHostname (write: never repeated after an unknown outcome). */
    updateHostname(params: { readonly id: Id; readonly data: HostnameWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateNetworkApiKey (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    updateNetworkApiKey(params: { readonly api_key: string }, options?: CallOptions): Promise<string>;
    /** HasOffers Application.updateOfferCategory (write: never repeated after an unknown outcome). */
    updateOfferCategory(id: Id, data: Params, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.updateOfferGroup (write: never repeated after an unknown outcome). */
    updateOfferGroup(params: { readonly id: Id; readonly data: OfferGroupWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.uploadPoFile (write: never repeated after an unknown outcome). */
    uploadPoFile(params: { readonly language: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.validAdvertiserApiKey (read: retried on failure). */
    validAdvertiserApiKey(params: { readonly api_key: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.validAffiliateApiKey (read: retried on failure). */
    validAffiliateApiKey(params: { readonly api_key: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.validNetworkApiKey (read: retried on failure; typed from the 2013 reference). */
    validNetworkApiKey(params: { readonly api_key: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Application.whitelistNetworkApiIp (write: never repeated after an unknown outcome). */
    whitelistNetworkApiIp(params: { readonly ip_address: string }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAllAdvertiserApiKeys (its other params given here). */
    query(method: "findAllAdvertiserApiKeys", params?: Record<string, never>): QueryBuilder<AdvertiserApiKeyField, AdvertiserApiKeyContain, AdvertiserApiKey>;
    /** A typed, immutable query builder over findAllAffiliateApiKeys (its other params given here). */
    query(method: "findAllAffiliateApiKeys", params?: Record<string, never>): QueryBuilder<AffiliateApiKeyField, AffiliateApiKeyContain, AffiliateApiKey>;
    /** A typed, immutable query builder over findAllAffiliateTiers (its other params given here). */
    query(method: "findAllAffiliateTiers", params?: Record<string, never>): QueryBuilder<AffiliateTierField, AffiliateTierContain, AffiliateTier>;
    /** A typed, immutable query builder over findAllHostnames (its other params given here). */
    query(method: "findAllHostnames", params?: Record<string, never>): QueryBuilder<HostnameField, HostnameContain, Hostname>;
    /** A typed, immutable query builder over findAllOfferGroups (its other params given here). */
    query(method: "findAllOfferGroups", params?: Record<string, never>): QueryBuilder<OfferGroupField, OfferGroupContain, OfferGroup>;
    /** A typed, immutable query builder over findUserAuthIps (its other params given here). */
    query(method: "findUserAuthIps", params?: Record<string, never>): QueryBuilder<UserIpField, UserIpContain, UserIp>;
}
