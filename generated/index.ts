// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from every schema/*.yaml.
// Change the YAML under schema/ and run the command again.

export * from "./models/advertiser.gen.js";
export type * from "./managers/advertiser.gen.js";
import { Advertiser } from "./models/advertiser.gen.js";
import type { AdvertiserManager } from "./managers/advertiser.gen.js";
export * from "./models/affiliate-user.gen.js";
export type * from "./managers/affiliate-user.gen.js";
import { AffiliateUser } from "./models/affiliate-user.gen.js";
import type { AffiliateUserManager } from "./managers/affiliate-user.gen.js";
export * from "./models/affiliate.gen.js";
export type * from "./managers/affiliate.gen.js";
import { Affiliate } from "./models/affiliate.gen.js";
import type { AffiliateManager } from "./managers/affiliate.gen.js";
export * from "./models/application.gen.js";
export type * from "./managers/application.gen.js";
import { Application, OfferCategory } from "./models/application.gen.js";
import type { ApplicationManager } from "./managers/application.gen.js";
export * from "./models/conversion.gen.js";
export type * from "./managers/conversion.gen.js";
import { Conversion } from "./models/conversion.gen.js";
import type { ConversionManager } from "./managers/conversion.gen.js";
export * from "./models/country.gen.js";
export type * from "./managers/country.gen.js";
import { Country } from "./models/country.gen.js";
import type { CountryManager } from "./managers/country.gen.js";
export * from "./models/goal.gen.js";
export type * from "./managers/goal.gen.js";
import { Goal } from "./models/goal.gen.js";
import type { GoalManager } from "./managers/goal.gen.js";
export * from "./models/offer-file.gen.js";
export type * from "./managers/offer-file.gen.js";
import { OfferFile } from "./models/offer-file.gen.js";
import type { OfferFileManager } from "./managers/offer-file.gen.js";
export * from "./models/offer.gen.js";
export type * from "./managers/offer.gen.js";
import { Offer, AffiliateOffer } from "./models/offer.gen.js";
import type { OfferManager } from "./managers/offer.gen.js";
export * from "./models/tag.gen.js";
export type * from "./managers/tag.gen.js";
import { Tag, TagRelation } from "./models/tag.gen.js";
import type { TagManager } from "./managers/tag.gen.js";
export { API_TABLE } from "./table.gen.js";
/** Every generated model class by HasOffers model name. */
export const MODEL_CLASSES = { Advertiser, Affiliate, AffiliateOffer, AffiliateUser, Application, Conversion, Country, Goal, Offer, OfferCategory, OfferFile, Tag, TagRelation } as const;

/** The managers on the client, one per schema file. */
export interface GeneratedManagers {
    readonly advertisers: AdvertiserManager;
    readonly affiliateUsers: AffiliateUserManager;
    readonly affiliates: AffiliateManager;
    readonly application: ApplicationManager;
    readonly conversions: ConversionManager;
    readonly countries: CountryManager;
    readonly goals: GoalManager;
    readonly offerFiles: OfferFileManager;
    readonly offers: OfferManager;
    readonly tags: TagManager;
}
