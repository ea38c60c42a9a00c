// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/server-logs-report.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** ServerLogsReport fields, named and valued as HasOffers sends them. */
export interface ServerLogsReportFields {
    /** string, read only, nullable */
    readonly "Affiliate.company": string | null;
    /** enum, read only */
    readonly "ModSummaryLog.action": "ad" | "impression" | "click" | "conversion" | null;
    /** integer, read only */
    readonly "ModSummaryLog.affiliate_id": NumericString | null;
    /** integer, read only */
    readonly "ModSummaryLog.count": NumericString | null;
    /** string, read only */
    readonly "ModSummaryLog.country_code": string | null;
    /** date, read only */
    readonly "ModSummaryLog.date": DateTimeString | null;
    /** string, read only */
    readonly "ModSummaryLog.message": string | null;
    /** integer, read only */
    readonly "ModSummaryLog.offer_id": NumericString | null;
    /** string, read only */
    readonly "ModSummaryLog.region": string | null;
    /** enum, read only */
    readonly "ModSummaryLog.type": "debug" | "notice" | "error" | null;
    /** string, read only, nullable */
    readonly "Offer.name": string | null;
}

export type ServerLogsReportField = keyof ServerLogsReportFields & string;
export type ServerLogsReportContain = never;
export type ServerLogsReportWrite = Record<string, never>;

/** A ServerLogsReport as HasOffers returns it, with its contained relations and methods. */
export interface ServerLogsReport extends Model, ServerLogsReportFields {
}

/** ServerLogsReport fields as a report decodes them: numbers for integer and decimal fields, strings for the rest. */
export interface ServerLogsReportTypes {
    readonly "Affiliate.company": string | null;
    readonly "ModSummaryLog.action": string | null;
    readonly "ModSummaryLog.affiliate_id": number | null;
    readonly "ModSummaryLog.count": number;
    readonly "ModSummaryLog.country_code": string | null;
    readonly "ModSummaryLog.date": string | null;
    readonly "ModSummaryLog.message": string | null;
    readonly "ModSummaryLog.offer_id": number | null;
    readonly "ModSummaryLog.region": string | null;
    readonly "ModSummaryLog.type": string | null;
    readonly "Offer.name": string | null;
}

/** The ServerLogsReport class (for instanceof), made by the runtime from the table. */
export const ServerLogsReport: ModelClass<ServerLogsReport> = modelClass<ServerLogsReport>(MODEL_CLASSES, "ServerLogsReport");
