// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, GenericModel, Id, Model, ModelClass, NumericString, RelatedManager } from "../../src/runtime/types.js";
import type { AffiliateAccountBalance } from "./affiliate-account-balance.gen.js";
import type { AffiliateCurrencyBalance } from "./affiliate-currency-balance.gen.js";
import type { AffiliateMeta } from "./affiliate-meta.gen.js";
import type { AffiliateReferralCommission } from "./affiliate-referral-commission.gen.js";
import type { AffiliateUser } from "./affiliate-user.gen.js";
import type { Employee } from "./employee.gen.js";
import type { OfferFile, OfferFileContain, OfferFileField } from "./offer-file.gen.js";
import type { PaymentMethod } from "./payment-method.gen.js";

/** Affiliate fields, named and valued as HasOffers sends them. */
export interface AffiliateFields {
    /** integer, nullable */
    readonly account_manager_id: NumericString | null;
    /** string, nullable */
    readonly address1: string | null;
    /** string, nullable */
    readonly address2: string | null;
    /** integer, nullable */
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
    /** integer, nullable */
    readonly fraud_activity_alert_threshold: NumericString | null;
    /** integer, nullable */
    readonly fraud_activity_block_threshold: NumericString | null;
    /** integer, read only, nullable */
    readonly fraud_activity_score: NumericString | null;
    /** integer, nullable */
    readonly fraud_profile_alert_threshold: NumericString | null;
    /** integer, nullable */
    readonly fraud_profile_block_threshold: NumericString | null;
    /** integer, read only, nullable */
    readonly fraud_profile_score: NumericString | null;
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
    /** enum */
    readonly payment_terms: "net 7" | "net 15" | "net 30" | "net 60" | "net 90" | "invoice" | "other" | null;
    /** string, nullable */
    readonly phone: string | null;
    /** string, nullable */
    readonly ref_id: string | null;
    /** integer, nullable */
    readonly referral_id: NumericString | null;
    /** string, nullable */
    readonly region: string | null;
    /** string, nullable */
    readonly signup_ip: string | null;
    /** enum */
    readonly status: "pending" | "active" | "blocked" | "deleted" | "rejected" | null;
    /** boolean */
    readonly w9_filed: BooleanFlag | null;
    /** boolean, read only */
    readonly wants_alerts: BooleanFlag | null;
    /** string, read only, nullable */
    readonly website: string | null;
    /** string */
    readonly zipcode: string | null;
    /** string */
    readonly scrub_offer_pixels: string | null;
    /** string */
    readonly fraud_risk_tier: string | null;
}

export type AffiliateField = keyof AffiliateFields & string;
export type AffiliateContain = "Stat" | "AffiliateCommission" | "AffiliateReferral" | "AccountManager" | "CreatorUser" | "AffiliateUser" | "PaymentMethod" | "AffiliateMeta" | "AccountBalance" | "Currency";
export type AffiliateWrite = { readonly [K in "account_manager_id" | "address1" | "address2" | "affiliate_tier_id" | "city" | "company" | "country" | "fax" | "fraud_activity_alert_threshold" | "fraud_activity_block_threshold" | "fraud_profile_alert_threshold" | "fraud_profile_block_threshold" | "phone" | "ref_id" | "referral_id" | "region" | "signup_ip" | "w9_filed" | "zipcode" | "scrub_offer_pixels" | "fraud_risk_tier"]?: FieldInput } & { readonly payment_method?: "wire" | "check" | "paypal" | "other" | "direct_deposit" | "payoneer" | "payquicker"; readonly payment_terms?: "net 7" | "net 15" | "net 30" | "net 60" | "net 90" | "invoice" | "other"; readonly status?: "pending" | "active" | "blocked" | "deleted" | "rejected" };

/** A Affiliate as HasOffers returns it, with its contained relations and methods. */
export interface Affiliate extends Model, AffiliateFields {
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: GenericModel | null;
    /** Present when asked for with contain: ['AffiliateCommission']. */
    readonly affiliateCommission?: AffiliateReferralCommission[];
    /** Present when asked for with contain: ['AffiliateReferral']. */
    readonly affiliateReferral?: Affiliate[];
    /** Present when asked for with contain: ['AccountManager']. */
    readonly accountManager?: Employee | null;
    /** Present when asked for with contain: ['CreatorUser']. */
    readonly creatorUser?: AffiliateUser | null;
    /** Present when asked for with contain: ['AffiliateUser']. */
    readonly affiliateUser?: AffiliateUser[];
    /** Present when asked for with contain: ['PaymentMethod']. */
    readonly paymentMethod?: PaymentMethod | null;
    /** Present when asked for with contain: ['AffiliateMeta']. */
    readonly affiliateMeta?: AffiliateMeta[];
    /** Present when asked for with contain: ['AccountBalance']. */
    readonly accountBalance?: AffiliateAccountBalance | null;
    /** Present when asked for with contain: ['Currency']. */
    readonly currency?: AffiliateCurrencyBalance[];
    /** OfferFiles whose account_id is this Affiliate's id. */
    readonly files: RelatedManager<OfferFile, OfferFileField, OfferFileContain>;
    /** The first AffiliateUser whose affiliate_id is this Affiliate's id, or null. */
    user(options?: CallOptions): Promise<AffiliateUser | null>;
    /** Affiliate.block with this Affiliate's id as id. */
    block(reason?: string, options?: CallOptions): Promise<boolean>;
    /** Affiliate.update with this Affiliate's id as id. */
    update(data: AffiliateWrite, options?: CallOptions): Promise<Affiliate>;
    /** Affiliate.update with this Affiliate's id as id. */
    delete(options?: CallOptions): Promise<Affiliate>;
    /** Affiliate.getOfferFilesWithCreativeCode with this Affiliate's id as affiliate_id. */
    getOfferFilesWithCreativeCode(offer_id: Id, options?: CallOptions): Promise<OfferFile[]>;
}

/** The Affiliate class (for instanceof), made by the runtime from the table. */
export const Affiliate: ModelClass<Affiliate> = modelClass<Affiliate>(MODEL_CLASSES, "Affiliate");
