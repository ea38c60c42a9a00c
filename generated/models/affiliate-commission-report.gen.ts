// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-commission-report.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** AffiliateCommissionReport fields, named and valued as HasOffers sends them. */
export interface AffiliateCommissionReportFields {
    /** string, read only */
    readonly "Affiliate.company": string | null;
    /** string, read only, nullable */
    readonly "AffiliateManager.full_name": string | null;
    /** string, read only */
    readonly "ReferredAffiliate.company": string | null;
    /** integer, read only */
    readonly "Stat.affiliate_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.affiliate_manager_id": NumericString | null;
    /** decimal, read only */
    readonly "Stat.amount": NumericString | null;
    /** date, read only */
    readonly "Stat.date": DateTimeString | null;
    /** decimal, read only */
    readonly "Stat.rate": NumericString | null;
    /** enum, read only */
    readonly "Stat.rate_type": "flat" | "percentage" | null;
    /** integer, read only */
    readonly "Stat.referral_id": NumericString | null;
    /** decimal, read only */
    readonly "Stat.var_total": NumericString | null;
}

export type AffiliateCommissionReportField = keyof AffiliateCommissionReportFields & string;
export type AffiliateCommissionReportContain = never;
export type AffiliateCommissionReportWrite = Record<string, never>;

/** A AffiliateCommissionReport as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateCommissionReport extends Model, AffiliateCommissionReportFields {
}

/** AffiliateCommissionReport fields as a report decodes them: numbers for integer and decimal fields, strings for the rest. */
export interface AffiliateCommissionReportTypes {
    readonly "Affiliate.company": string | null;
    readonly "AffiliateManager.full_name": string | null;
    readonly "ReferredAffiliate.company": string | null;
    readonly "Stat.affiliate_id": number | null;
    readonly "Stat.affiliate_manager_id": number | null;
    readonly "Stat.amount": number;
    readonly "Stat.date": string | null;
    readonly "Stat.rate": number;
    readonly "Stat.rate_type": string | null;
    readonly "Stat.referral_id": number | null;
    readonly "Stat.var_total": number;
}

/** The AffiliateCommissionReport class (for instanceof), made by the runtime from the table. */
export const AffiliateCommissionReport: ModelClass<AffiliateCommissionReport> = modelClass<AffiliateCommissionReport>(MODEL_CLASSES, "AffiliateCommissionReport");
