// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/manager-commission-report.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** ManagerCommissionReport fields, named and valued as HasOffers sends them. */
export interface ManagerCommissionReportFields {
    /** string, read only */
    readonly "AffiliateManager.full_name": string | null;
    /** integer, read only */
    readonly "Stat.affiliate_manager_id": NumericString | null;
    /** decimal, read only, nullable */
    readonly "Stat.commission_amount": NumericString | null;
    /** decimal, read only, nullable */
    readonly "Stat.commission_base": NumericString | null;
    /** enum, read only, nullable */
    readonly "Stat.commission_field": "leads" | "payout" | "revenue" | "profit" | null;
    /** decimal, read only, nullable */
    readonly "Stat.commission_rate": NumericString | null;
    /** enum, read only, nullable */
    readonly "Stat.commission_type": "flat" | "percentage" | null;
    /** date, read only */
    readonly "Stat.date": DateTimeString | null;
}

export type ManagerCommissionReportField = keyof ManagerCommissionReportFields & string;
export type ManagerCommissionReportContain = never;
export type ManagerCommissionReportWrite = Record<string, never>;

/** A ManagerCommissionReport as HasOffers returns it, with its contained relations and methods. */
export interface ManagerCommissionReport extends Model, ManagerCommissionReportFields {
}

/** ManagerCommissionReport fields as a report decodes them: numbers for integer and decimal fields, strings for the rest. */
export interface ManagerCommissionReportTypes {
    readonly "AffiliateManager.full_name": string | null;
    readonly "Stat.affiliate_manager_id": number | null;
    readonly "Stat.commission_amount": number;
    readonly "Stat.commission_base": number;
    readonly "Stat.commission_field": string | null;
    readonly "Stat.commission_rate": number;
    readonly "Stat.commission_type": string | null;
    readonly "Stat.date": string | null;
}

/** The ManagerCommissionReport class (for instanceof), made by the runtime from the table. */
export const ManagerCommissionReport: ModelClass<ManagerCommissionReport> = modelClass<ManagerCommissionReport>(MODEL_CLASSES, "ManagerCommissionReport");
