// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/affiliate.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall } from "../../../src/runtime/types.js";
import type { AffiliateReferralCommission } from "../models/affiliate-referral-commission.gen.js";
import type { Affiliate, AffiliateField, AffiliateWrite } from "../models/affiliate.gen.js";
import type { Employee } from "../models/employee.gen.js";
import type { PaymentMethodCheckWrite } from "../models/payment-method-check.gen.js";
import type { PaymentMethodDirectDepositWrite } from "../models/payment-method-direct-deposit.gen.js";
import type { PaymentMethodOtherWrite } from "../models/payment-method-other.gen.js";
import type { PaymentMethodPayQuickerWrite } from "../models/payment-method-pay-quicker.gen.js";
import type { PaymentMethodPaypalWrite } from "../models/payment-method-paypal.gen.js";
import type { PaymentMethodWireWrite } from "../models/payment-method-wire.gen.js";
import type { PayoneerWrite } from "../models/payoneer.gen.js";

/** The Affiliate_Affiliate controller (`api.affiliates`, `api.controller('Affiliate_Affiliate')`). */
export interface AffiliateAffiliateManager {
    /** A low-level call to any Affiliate_Affiliate method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_Affiliate.findById (read: retried on failure). */
    findById(params?: { readonly fields?: readonly AffiliateField[] }, options?: CallOptions): Promise<Affiliate | null>;
    /** HasOffers Affiliate_Affiliate.getAccountBalance (read: retried on failure). */
    getAccountBalance(params?: Record<string, never>, options?: CallOptions): Promise<number>;
    /** HasOffers Affiliate_Affiliate.getAccountManager (read: retried on failure). */
    getAccountManager(params?: Record<string, never>, options?: CallOptions): Promise<Employee | null>;
    /** HasOffers Affiliate_Affiliate.getPayoneerSignupUrl (read: retried on failure). */
    getPayoneerSignupUrl(params?: { readonly redirect_url?: string }, options?: CallOptions): Promise<string>;
    /** HasOffers Affiliate_Affiliate.getReferralCommission (read: retried on failure). */
    getReferralCommission(params?: Record<string, never>, options?: CallOptions): Promise<AffiliateReferralCommission[]>;
    /** HasOffers Affiliate_Affiliate.update (write: never repeated after an unknown outcome). */
    update(params: { readonly data: AffiliateWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_Affiliate.updatePaymentMethodCheck (write: never repeated after an unknown outcome). */
    updatePaymentMethodCheck(params: { readonly data: PaymentMethodCheckWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_Affiliate.updatePaymentMethodDirectDeposit (write: never repeated after an unknown outcome). */
    updatePaymentMethodDirectDeposit(params: { readonly data: PaymentMethodDirectDepositWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_Affiliate.updatePaymentMethodOther (write: never repeated after an unknown outcome). */
    updatePaymentMethodOther(params: { readonly data: PaymentMethodOtherWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_Affiliate.updatePaymentMethodPayQuicker (write: never repeated after an unknown outcome). */
    updatePaymentMethodPayQuicker(params: { readonly data: PaymentMethodPayQuickerWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_Affiliate.updatePaymentMethodPayoneer (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    updatePaymentMethodPayoneer(params: { readonly data: PayoneerWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_Affiliate.updatePaymentMethodPaypal (write: never repeated after an unknown outcome). */
    updatePaymentMethodPaypal(params: { readonly data: PaymentMethodPaypalWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_Affiliate.updatePaymentMethodWire (write: never repeated after an unknown outcome). */
    updatePaymentMethodWire(params: { readonly data: PaymentMethodWireWrite }, options?: CallOptions): Promise<boolean>;
}
