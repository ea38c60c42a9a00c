// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/affiliate.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, FindAllIdsOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, Params, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { AffiliateFraudAlert, AffiliateFraudAlertContain, AffiliateFraudAlertField } from "../models/affiliate-fraud-alert.gen.js";
import type { AffiliateMeta, AffiliateMetaWrite } from "../models/affiliate-meta.gen.js";
import type { AffiliateReferralCommission, AffiliateReferralCommissionWrite } from "../models/affiliate-referral-commission.gen.js";
import type { AffiliateUserWrite } from "../models/affiliate-user.gen.js";
import type { Affiliate, AffiliateContain, AffiliateField, AffiliateWrite } from "../models/affiliate.gen.js";
import type { OfferFile } from "../models/offer-file.gen.js";
import type { PaymentMethodCheckWrite } from "../models/payment-method-check.gen.js";
import type { PaymentMethodDirectDepositWrite } from "../models/payment-method-direct-deposit.gen.js";
import type { PaymentMethodOtherWrite } from "../models/payment-method-other.gen.js";
import type { PaymentMethodPayQuickerWrite } from "../models/payment-method-pay-quicker.gen.js";
import type { PaymentMethodPayoneerWrite } from "../models/payment-method-payoneer.gen.js";
import type { PaymentMethodPaypalWrite } from "../models/payment-method-paypal.gen.js";
import type { PaymentMethodWireWrite } from "../models/payment-method-wire.gen.js";
import type { SignupAnswerWrite } from "../models/signup-answer.gen.js";
import type { SignupQuestionWrite } from "../models/signup-question.gen.js";

/** The Affiliate controller (`api.affiliates`, `api.controller('Affiliate')`). */
export interface AffiliateManager {
    /** A low-level call to any Affiliate method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate.addAccountNote (write: never repeated after an unknown outcome). */
    addAccountNote(params: { readonly id: Id; readonly note: string }, options?: CallOptions): Promise<number>;
    /** HasOffers Affiliate.adjustAffiliateClicks (write: never repeated after an unknown outcome). */
    adjustAffiliateClicks(params: { readonly datetime: string; readonly affiliate_id: Id; readonly action: "add" | "remove"; readonly quantity: number; readonly offer_id: Id; readonly goal_id?: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.affiliateByAdminSignup (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    affiliateByAdminSignup(params: { readonly account: readonly ParamValue[]; readonly user: readonly ParamValue[]; readonly meta?: readonly ParamValue[]; readonly return_object?: boolean }, options?: CallOptions): Promise<AffiliateMeta | string>;
    /** HasOffers Affiliate.block (write: never repeated after an unknown outcome). */
    block(id: Id, reason?: string, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.create (write: never repeated after an unknown outcome). */
    create(data: AffiliateWrite, options?: CallOptions): Promise<Affiliate>;
    /** HasOffers Affiliate.createSignupQuestion (write: never repeated after an unknown outcome). */
    createSignupQuestion(params: { readonly data: SignupQuestionWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Affiliate.createSignupQuestionAnswer (write: never repeated after an unknown outcome). */
    createSignupQuestionAnswer(params: { readonly id: Id; readonly data: SignupAnswerWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Affiliate.disableFraudAlert (write: never repeated after an unknown outcome). */
    disableFraudAlert(params: { readonly fraud_alert_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.enableFraudAlert (write: never repeated after an unknown outcome). */
    enableFraudAlert(params: { readonly fraud_alert_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<AffiliateField, AffiliateContain>, options?: CallOptions): Promise<Affiliate[]>;
    /** HasOffers Affiliate.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly AffiliateField[]; readonly contain?: readonly AffiliateContain[] }, options?: CallOptions): Promise<Affiliate[]>;
    /** HasOffers Affiliate.findAllFraudAlerts (read: retried on failure). */
    findAllFraudAlerts(params?: { readonly filters?: FilterInput<AffiliateFraudAlertField>; readonly sort?: SortSpec<AffiliateFraudAlertField> | readonly SortSpec<AffiliateFraudAlertField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AffiliateFraudAlertField[]; readonly contain?: readonly AffiliateFraudAlertContain[] }, options?: CallOptions): Promise<AffiliateFraudAlert[]>;
    /** HasOffers Affiliate.findAllIds (read: retried on failure). */
    findAllIds(query?: FindAllIdsOptions<AffiliateField>, options?: CallOptions): Promise<string[]>;
    /** HasOffers Affiliate.findAllIdsByAccountManagerId (read: retried on failure). */
    findAllIdsByAccountManagerId(params: { readonly employee_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.findAllOptimizerExcludedAffiliates (read: retried on failure; parameters not documented, sent as given). */
    findAllOptimizerExcludedAffiliates(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.findAllPendingUnassignedAffiliateIds (read: retried on failure). */
    findAllPendingUnassignedAffiliateIds(params?: { readonly manager_id?: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.findAllPendingUnassignedAffiliates (read: retried on failure). */
    findAllPendingUnassignedAffiliates(params?: { readonly employee_id?: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<AffiliateField, AffiliateContain>, options?: CallOptions): Promise<Affiliate | null>;
    /** HasOffers Affiliate.findList (read: retried on failure). */
    findList(params?: { readonly filters?: FilterInput<AffiliateField> }, options?: CallOptions): Promise<Affiliate[]>;
    /** HasOffers Affiliate.generateReferralCommissions (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    generateReferralCommissions(params?: { readonly start_date?: string; readonly end_date?: string; readonly affiliate_id?: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.getAccountBalance (read: retried on failure; typed from the 2013 reference). */
    getAccountBalance(params: { readonly id: Id }, options?: CallOptions): Promise<number>;
    /** HasOffers Affiliate.getAccountManager (read: retried on failure). */
    getAccountManager(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getAccountNotes (read: retried on failure). */
    getAccountNotes(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getAffiliateReferrals (read: retried on failure; typed from the 2013 reference). */
    getAffiliateReferrals(params?: { readonly filters?: FilterInput<AffiliateField>; readonly sort?: SortSpec<AffiliateField> | readonly SortSpec<AffiliateField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly AffiliateField[]; readonly contain?: readonly AffiliateContain[] }, options?: CallOptions): Promise<Affiliate[]>;
    /** HasOffers Affiliate.getAffiliateTier (read: retried on failure). */
    getAffiliateTier(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getApprovedOfferIds (read: retried on failure). */
    getApprovedOfferIds(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getBlockedOfferIds (read: retried on failure). */
    getBlockedOfferIds(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getBlockedReasons (read: retried on failure). */
    getBlockedReasons(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getCreatorUser (read: retried on failure). */
    getCreatorUser(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getOfferConversionCaps (read: retried on failure). */
    getOfferConversionCaps(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getOfferHostnames (read: retried on failure). */
    getOfferHostnames(params: { readonly id: Id; readonly status?: "active" | "deleted" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getOfferPayouts (read: retried on failure). */
    getOfferPayouts(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getOfferPayoutsAll (read: retried on failure). */
    getOfferPayoutsAll(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getOfferPixels (read: retried on failure). */
    getOfferPixels(params: { readonly id: Id; readonly status?: "active" | "pending" | "deleted" | "rejected" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getOverview (read: retried on failure; typed from the 2013 reference). */
    getOverview(params?: { readonly affiliate_ids?: number; readonly filters?: readonly string[]; readonly employee_id?: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getOwnersAffiliateAccountId (read: retried on failure). */
    getOwnersAffiliateAccountId(params?: Record<string, never>, options?: CallOptions): Promise<number>;
    /** HasOffers Affiliate.getPaymentMethods (read: retried on failure). */
    getPaymentMethods(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getReferralAffiliateIds (read: retried on failure). */
    getReferralAffiliateIds(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getReferralCommission (read: retried on failure). */
    getReferralCommission(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getReferringAffiliate (read: retried on failure). */
    getReferringAffiliate(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getSignupAnswers (read: retried on failure). */
    getSignupAnswers(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getSignupQuestions (read: retried on failure). */
    getSignupQuestions(params?: { readonly status?: "active" | "paused" | "deleted" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getUnapprovedOfferIds (read: retried on failure). */
    getUnapprovedOfferIds(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.getUnblockedOfferIds (read: retried on failure). */
    getUnblockedOfferIds(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate.removeCustomReferralCommission (write: never repeated after an unknown outcome). */
    removeCustomReferralCommission(params: { readonly id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.setCustomReferralCommission (write: never repeated after an unknown outcome). */
    setCustomReferralCommission(params: { readonly id: Id; readonly data: AffiliateReferralCommissionWrite }, options?: CallOptions): Promise<AffiliateReferralCommission | null>;
    /** HasOffers Affiliate.signup (write: never repeated after an unknown outcome). */
    signup(params: { readonly account: AffiliateWrite; readonly user?: AffiliateUserWrite; readonly meta?: AffiliateMetaWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<Affiliate | string>;
    /** HasOffers Affiliate.simpleSearch (read: retried on failure). */
    simpleSearch(params?: { readonly filters?: FilterInput<AffiliateField>; readonly fields?: readonly AffiliateField[]; readonly limit?: number; readonly page?: number; readonly sort?: SortSpec<AffiliateField> | readonly SortSpec<AffiliateField>[] }, options?: CallOptions): Promise<Affiliate[]>;
    /** HasOffers Affiliate.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: AffiliateWrite, options?: CallOptions): Promise<Affiliate>;
    /** HasOffers Affiliate.updateAccountNote (write: never repeated after an unknown outcome). */
    updateAccountNote(params: { readonly account_note_id: Id; readonly note: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.updateByRefId (write: never repeated after an unknown outcome). */
    updateByRefId(params: { readonly ref_id: Id; readonly data: AffiliateWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<Affiliate | string>;
    /** HasOffers Affiliate.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: AffiliateField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<Affiliate | string>;
    /** HasOffers Affiliate.updatePaymentMethodCheck (write: never repeated after an unknown outcome). */
    updatePaymentMethodCheck(params: { readonly affiliate_id: Id; readonly data: PaymentMethodCheckWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.updatePaymentMethodDirectDeposit (write: never repeated after an unknown outcome). */
    updatePaymentMethodDirectDeposit(params: { readonly affiliate_id: Id; readonly data: PaymentMethodDirectDepositWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.updatePaymentMethodOther (write: never repeated after an unknown outcome). */
    updatePaymentMethodOther(params: { readonly affiliate_id: Id; readonly data: PaymentMethodOtherWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.updatePaymentMethodPayQuicker (write: never repeated after an unknown outcome). */
    updatePaymentMethodPayQuicker(params: { readonly affiliate_id: Id; readonly data: PaymentMethodPayQuickerWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.updatePaymentMethodPayoneer (write: never repeated after an unknown outcome). */
    updatePaymentMethodPayoneer(params: { readonly affiliate_id: Id; readonly data: PaymentMethodPayoneerWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.updatePaymentMethodPaypal (write: never repeated after an unknown outcome). */
    updatePaymentMethodPaypal(params: { readonly affiliate_id: Id; readonly data: PaymentMethodPaypalWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.updatePaymentMethodWire (write: never repeated after an unknown outcome). */
    updatePaymentMethodWire(params: { readonly affiliate_id: Id; readonly data: PaymentMethodWireWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.updateSignupQuestion (write: never repeated after an unknown outcome). */
    updateSignupQuestion(params: { readonly question_id: Id; readonly data: SignupQuestionWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.updateSignupQuestionAnswer (write: never repeated after an unknown outcome). */
    updateSignupQuestionAnswer(params: { readonly answer_id: Id; readonly data: SignupAnswerWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate.update (write: never repeated after an unknown outcome). */
    delete(id: Id, options?: CallOptions): Promise<Affiliate>;
    /** HasOffers Affiliate.createWithUser (write: never repeated after an unknown outcome). */
    createWithUser(user: Params, data: Params, options?: CallOptions): Promise<Affiliate>;
    /** HasOffers Offer.getOfferFilesWithCreativeCode (read: retried on failure). */
    getOfferFilesWithCreativeCode(affiliate_id: Id, offer_id: Id, options?: CallOptions): Promise<OfferFile[]>;
    /** A typed, immutable query builder over findAllFraudAlerts (its other params given here). */
    query(method: "findAllFraudAlerts", params?: Record<string, never>): QueryBuilder<AffiliateFraudAlertField, AffiliateFraudAlertContain, AffiliateFraudAlert>;
    /** A typed, immutable query builder over findList (its other params given here). */
    query(method: "findList", params?: Record<string, never>): QueryBuilder<AffiliateField, AffiliateContain, Affiliate>;
    /** A typed, immutable query builder over getAffiliateReferrals (its other params given here). */
    query(method: "getAffiliateReferrals", params?: Record<string, never>): QueryBuilder<AffiliateField, AffiliateContain, Affiliate>;
    /** A typed, immutable query builder over simpleSearch (its other params given here). */
    query(method: "simpleSearch", params?: Record<string, never>): QueryBuilder<AffiliateField, AffiliateContain, Affiliate>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<AffiliateField, AffiliateContain, Affiliate>;
}
