// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/conversion-report.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** ConversionReport fields, named and valued as HasOffers sends them. */
export interface ConversionReportFields {
    /** string, read only, nullable */
    readonly "Browser.display_name": string | null;
    /** integer, read only */
    readonly "Browser.id": NumericString | null;
    /** string, read only, nullable */
    readonly "ConversionMeta.note": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.android_id": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.android_id_md5": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.android_id_sha1": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.device_brand": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.device_id": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.device_id_md5": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.device_id_sha1": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.device_model": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.device_os": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.device_os_version": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.ios_ifa": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.ios_ifa_md5": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.ios_ifa_sha1": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.ios_ifv": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.mac_address": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.mac_address_md5": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.mac_address_sha1": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.odin": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.open_udid": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.unknown_id": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.user_id": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.google_aid": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.google_aid_sha1": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.google_aid_md5": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.windows_aid": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.windows_aid_sha1": string | null;
    /** string, read only, nullable */
    readonly "ConversionsMobile.windows_aid_md5": string | null;
    /** string, read only, nullable */
    readonly "Country.name": string | null;
    /** string, read only, nullable */
    readonly "Goal.name": string | null;
    /** string, read only, nullable */
    readonly "Offer.name": string | null;
    /** integer, read only, nullable */
    readonly "OfferUrl.id": NumericString | null;
    /** string, read only, nullable */
    readonly "OfferUrl.name": string | null;
    /** string, read only, nullable */
    readonly "OfferUrl.preview_url": string | null;
    /** integer, read only, nullable */
    readonly "PayoutGroup.id": NumericString | null;
    /** string, read only, nullable */
    readonly "PayoutGroup.name": string | null;
    /** string, read only */
    readonly "Stat.ad_id": string | null;
    /** string, read only, nullable */
    readonly "Stat.affiliate_info1": string | null;
    /** string, read only, nullable */
    readonly "Stat.affiliate_info2": string | null;
    /** string, read only, nullable */
    readonly "Stat.affiliate_info3": string | null;
    /** string, read only, nullable */
    readonly "Stat.affiliate_info4": string | null;
    /** string, read only, nullable */
    readonly "Stat.affiliate_info5": string | null;
    /** decimal, read only */
    readonly "Stat.approved_payout": NumericString | null;
    /** enum, read only */
    readonly "Stat.conversion_status": "approved" | "pending" | "rejected" | null;
    /** integer, read only */
    readonly "Stat.count_approved": NumericString | null;
    /** string, read only, nullable */
    readonly "Stat.currency": string | null;
    /** date, read only */
    readonly "Stat.date": DateTimeString | null;
    /** datetime, read only */
    readonly "Stat.datetime": DateTimeString | null;
    /** integer, read only */
    readonly "Stat.goal_id": NumericString | null;
    /** integer, read only */
    readonly "Stat.hour": NumericString | null;
    /** integer, read only */
    readonly "Stat.id": NumericString | null;
    /** string, read only, nullable */
    readonly "Stat.ip": string | null;
    /** boolean, read only */
    readonly "Stat.is_adjustment": BooleanFlag | null;
    /** integer, read only */
    readonly "Stat.month": NumericString | null;
    /** integer, read only */
    readonly "Stat.offer_id": NumericString | null;
    /** integer, read only, nullable */
    readonly "Stat.offer_url_id": NumericString | null;
    /** string, read only, nullable */
    readonly "Stat.pixel_refer": string | null;
    /** string, read only, nullable */
    readonly "Stat.refer": string | null;
    /** decimal, read only */
    readonly "Stat.sale_amount": NumericString | null;
    /** string, read only, nullable */
    readonly "Stat.session_ip": string | null;
    /** string, read only, nullable */
    readonly "Stat.source": string | null;
    /** string, read only, nullable */
    readonly "Stat.user_agent": string | null;
    /** integer, read only */
    readonly "Stat.week": NumericString | null;
    /** integer, read only */
    readonly "Stat.year": NumericString | null;
}

export type ConversionReportField = keyof ConversionReportFields & string;
export type ConversionReportContain = never;
export type ConversionReportWrite = Record<string, never>;

/** A ConversionReport as HasOffers returns it, with its contained relations and methods. */
export interface ConversionReport extends Model, ConversionReportFields {
}

/** ConversionReport fields as a report decodes them: numbers for integer and decimal fields, strings for the rest. */
export interface ConversionReportTypes {
    readonly "Browser.display_name": string | null;
    readonly "Browser.id": number;
    readonly "ConversionMeta.note": string | null;
    readonly "ConversionsMobile.android_id": string | null;
    readonly "ConversionsMobile.android_id_md5": string | null;
    readonly "ConversionsMobile.android_id_sha1": string | null;
    readonly "ConversionsMobile.device_brand": string | null;
    readonly "ConversionsMobile.device_id": string | null;
    readonly "ConversionsMobile.device_id_md5": string | null;
    readonly "ConversionsMobile.device_id_sha1": string | null;
    readonly "ConversionsMobile.device_model": string | null;
    readonly "ConversionsMobile.device_os": string | null;
    readonly "ConversionsMobile.device_os_version": string | null;
    readonly "ConversionsMobile.ios_ifa": string | null;
    readonly "ConversionsMobile.ios_ifa_md5": string | null;
    readonly "ConversionsMobile.ios_ifa_sha1": string | null;
    readonly "ConversionsMobile.ios_ifv": string | null;
    readonly "ConversionsMobile.mac_address": string | null;
    readonly "ConversionsMobile.mac_address_md5": string | null;
    readonly "ConversionsMobile.mac_address_sha1": string | null;
    readonly "ConversionsMobile.odin": string | null;
    readonly "ConversionsMobile.open_udid": string | null;
    readonly "ConversionsMobile.unknown_id": string | null;
    readonly "ConversionsMobile.user_id": string | null;
    readonly "ConversionsMobile.google_aid": string | null;
    readonly "ConversionsMobile.google_aid_sha1": string | null;
    readonly "ConversionsMobile.google_aid_md5": string | null;
    readonly "ConversionsMobile.windows_aid": string | null;
    readonly "ConversionsMobile.windows_aid_sha1": string | null;
    readonly "ConversionsMobile.windows_aid_md5": string | null;
    readonly "Country.name": string | null;
    readonly "Goal.name": string | null;
    readonly "Offer.name": string | null;
    readonly "OfferUrl.id": number;
    readonly "OfferUrl.name": string | null;
    readonly "OfferUrl.preview_url": string | null;
    readonly "PayoutGroup.id": number;
    readonly "PayoutGroup.name": string | null;
    readonly "Stat.ad_id": string | null;
    readonly "Stat.affiliate_info1": string | null;
    readonly "Stat.affiliate_info2": string | null;
    readonly "Stat.affiliate_info3": string | null;
    readonly "Stat.affiliate_info4": string | null;
    readonly "Stat.affiliate_info5": string | null;
    readonly "Stat.approved_payout": number;
    readonly "Stat.conversion_status": string | null;
    readonly "Stat.count_approved": number;
    readonly "Stat.currency": string | null;
    readonly "Stat.date": string | null;
    readonly "Stat.datetime": string | null;
    readonly "Stat.goal_id": number | null;
    readonly "Stat.hour": number;
    readonly "Stat.id": number;
    readonly "Stat.ip": string | null;
    readonly "Stat.is_adjustment": string | null;
    readonly "Stat.month": number;
    readonly "Stat.offer_id": number | null;
    readonly "Stat.offer_url_id": number | null;
    readonly "Stat.pixel_refer": string | null;
    readonly "Stat.refer": string | null;
    readonly "Stat.sale_amount": number;
    readonly "Stat.session_ip": string | null;
    readonly "Stat.source": string | null;
    readonly "Stat.user_agent": string | null;
    readonly "Stat.week": number;
    readonly "Stat.year": number;
}

/** The ConversionReport class (for instanceof), made by the runtime from the table. */
export const ConversionReport: ModelClass<ConversionReport> = modelClass<ConversionReport>(MODEL_CLASSES, "ConversionReport");
