// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate.yaml.
// Change the YAML under schema/ and run the command again.

import { Model } from "../../src/runtime/model.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, GenericModel, Id, NumericString, RelatedManager } from "../../src/runtime/types.js";
import type { AffiliateUser } from "./affiliate-user.gen.js";
import type { OfferFile, OfferFileContain, OfferFileField } from "./offer-file.gen.js";

/** Affiliate fields, named and valued as HasOffers sends them. */
export interface AffiliateFields {
    /** integer, primary key */
    readonly id: string;
    /** integer */
    readonly account_manager_id: NumericString | null;
    /** string */
    readonly company: string | null;
    /** string */
    readonly address1: string | null;
    /** string */
    readonly address2: string | null;
    /** string */
    readonly city: string | null;
    /** string */
    readonly region: string | null;
    /** string */
    readonly country: string | null;
    /** string */
    readonly other: string | null;
    /** string */
    readonly zipcode: string | null;
    /** string */
    readonly phone: string | null;
    /** string */
    readonly fax: string | null;
    /** string */
    readonly website: string | null;
    /** string */
    readonly signup_ip: string | null;
    /** datetime */
    readonly date_added: DateTimeString | null;
    /** enum */
    readonly status: "pending" | "active" | "blocked" | "deleted" | "rejected" | null;
    /** boolean */
    readonly wants_alerts: BooleanFlag | null;
    /** string */
    readonly payment_method: string | null;
    /** string */
    readonly method_data: string | null;
    /** string */
    readonly payment_terms: string | null;
    /** boolean */
    readonly w9_filed: BooleanFlag | null;
    /** integer */
    readonly referral_id: NumericString | null;
    /** integer */
    readonly affiliate_tier_id: NumericString | null;
    /** string */
    readonly fraud_activity_score: string | null;
    /** string */
    readonly fraud_profile_score: string | null;
    /** string */
    readonly fraud_activity_alert_threshold: string | null;
    /** string */
    readonly fraud_activity_block_threshold: string | null;
    /** string */
    readonly fraud_profile_alert_threshold: string | null;
    /** string */
    readonly fraud_profile_block_threshold: string | null;
    /** string */
    readonly scrub_offer_pixels: string | null;
    /** integer */
    readonly ref_id: NumericString | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string */
    readonly fraud_risk_tier: string | null;
}

export type AffiliateField = keyof AffiliateFields & string;
export type AffiliateContain = "AffiliateCommission" | "AffiliateReferral" | "AccountManager" | "CreatorUser" | "AffiliateUser" | "PaymentMethod" | "AffiliateMeta" | "AccountBalance" | "Currency" | "Stat";
export type AffiliateWrite = { readonly [K in "account_manager_id" | "company" | "address1" | "address2" | "city" | "region" | "country" | "other" | "zipcode" | "phone" | "fax" | "website" | "signup_ip" | "date_added" | "wants_alerts" | "payment_method" | "method_data" | "payment_terms" | "w9_filed" | "referral_id" | "affiliate_tier_id" | "fraud_activity_score" | "fraud_profile_score" | "fraud_activity_alert_threshold" | "fraud_activity_block_threshold" | "fraud_profile_alert_threshold" | "fraud_profile_block_threshold" | "scrub_offer_pixels" | "ref_id" | "fraud_risk_tier"]?: FieldInput } & { readonly status?: "pending" | "active" | "blocked" | "deleted" | "rejected" };

/** A Affiliate as HasOffers returns it, with its contained relations and methods. */
export interface Affiliate extends AffiliateFields {
    /** Present when asked for with contain: ['AffiliateCommission']. */
    readonly affiliateCommission?: GenericModel[];
    /** Present when asked for with contain: ['AffiliateReferral']. */
    readonly affiliateReferral?: Affiliate[];
    /** Present when asked for with contain: ['AccountManager']. */
    readonly accountManager?: GenericModel | null;
    /** Present when asked for with contain: ['CreatorUser']. */
    readonly creatorUser?: AffiliateUser | null;
    /** Present when asked for with contain: ['AffiliateUser']. */
    readonly affiliateUser?: AffiliateUser[];
    /** Present when asked for with contain: ['PaymentMethod']. */
    readonly paymentMethod?: GenericModel | null;
    /** Present when asked for with contain: ['AffiliateMeta']. */
    readonly affiliateMeta?: GenericModel[];
    /** Present when asked for with contain: ['AccountBalance']. */
    readonly accountBalance?: GenericModel | null;
    /** Present when asked for with contain: ['Currency']. */
    readonly currency?: GenericModel[];
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: GenericModel | null;
    /** OfferFiles whose account_id is this Affiliate's id. */
    readonly files: RelatedManager<OfferFile, OfferFileField, OfferFileContain>;
    /** The first AffiliateUser whose affiliate_id is this Affiliate's id, or null. */
    user(options?: CallOptions): Promise<AffiliateUser | null>;
    /** Affiliate.update with this Affiliate's id as id. */
    update(data: AffiliateWrite, options?: CallOptions): Promise<Affiliate>;
    /** Affiliate.update with this Affiliate's id as id. */
    delete(options?: CallOptions): Promise<Affiliate>;
    /** Affiliate.block with this Affiliate's id as id. */
    block(reason?: string, options?: CallOptions): Promise<boolean>;
    /** Affiliate.getOfferFilesWithCreativeCode with this Affiliate's id as affiliate_id. */
    getOfferFilesWithCreativeCode(offer_id: Id, options?: CallOptions): Promise<OfferFile[]>;
}

export class Affiliate extends Model {
    static override readonly modelName = "Affiliate";
}
