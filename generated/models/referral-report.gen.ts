// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/referral-report.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** ReferralReport fields, named and valued as HasOffers sends them. */
export interface ReferralReportFields {
    /** string, read only, nullable */
    readonly "Advertiser.company": string | null;
    /** string, read only, nullable */
    readonly "AdvertiserManager.full_name": string | null;
    /** string, read only, nullable */
    readonly "Affiliate.company": string | null;
    /** string, read only, nullable */
    readonly "AffiliateManager.full_name": string | null;
    /** string, read only */
    readonly "Offer.name": string | null;
    /** integer, read only */
    readonly "Stat.advertiser_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.advertiser_manager_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.affiliate_id": NumericString | null;
    /** string, read only */
    readonly "Stat.affiliate_info1": string | null;
    /** string, read only */
    readonly "Stat.affiliate_info2": string | null;
    /** string, read only */
    readonly "Stat.affiliate_info3": string | null;
    /** string, read only */
    readonly "Stat.affiliate_info4": string | null;
    /** string, read only */
    readonly "Stat.affiliate_info5": string | null;
    /** integer, read only */
    readonly "Stat.affiliate_manager_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.clicks": NumericString | null;
    /** integer, read only */
    readonly "Stat.conversions": NumericString | null;
    /** integer, read only */
    readonly "Stat.count": NumericString | null;
    /** date, read only */
    readonly "Stat.date": DateTimeString | null;
    /** integer, read only */
    readonly "Stat.offer_id": NumericString | null;
    /** string, read only */
    readonly "Stat.source": string | null;
    /** string, read only */
    readonly "Stat.url": string | null;
}

export type ReferralReportField = keyof ReferralReportFields & string;
export type ReferralReportContain = never;
export type ReferralReportWrite = Record<string, never>;

/** A ReferralReport as HasOffers returns it, with its contained relations and methods. */
export interface ReferralReport extends Model, ReferralReportFields {
}

/** ReferralReport fields as a report decodes them: numbers for integer and decimal fields, strings for the rest. */
export interface ReferralReportTypes {
    readonly "Advertiser.company": string | null;
    readonly "AdvertiserManager.full_name": string | null;
    readonly "Affiliate.company": string | null;
    readonly "AffiliateManager.full_name": string | null;
    readonly "Offer.name": string | null;
    readonly "Stat.advertiser_id": number | null;
    readonly "Stat.advertiser_manager_id": number | null;
    readonly "Stat.affiliate_id": number | null;
    readonly "Stat.affiliate_info1": string | null;
    readonly "Stat.affiliate_info2": string | null;
    readonly "Stat.affiliate_info3": string | null;
    readonly "Stat.affiliate_info4": string | null;
    readonly "Stat.affiliate_info5": string | null;
    readonly "Stat.affiliate_manager_id": number | null;
    readonly "Stat.clicks": number;
    readonly "Stat.conversions": number;
    readonly "Stat.count": number;
    readonly "Stat.date": string | null;
    readonly "Stat.offer_id": number | null;
    readonly "Stat.source": string | null;
    readonly "Stat.url": string | null;
}

/** The ReferralReport class (for instanceof), made by the runtime from the table. */
export const ReferralReport: ModelClass<ReferralReport> = modelClass<ReferralReport>(MODEL_CLASSES, "ReferralReport");
