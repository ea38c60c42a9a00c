// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/commission-report.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** CommissionReport fields, named and valued as HasOffers sends them. */
export interface CommissionReportFields {
    /** string, read only, nullable */
    readonly "ReferredAffiliate.company": string | null;
    /** decimal, read only */
    readonly "Stat.amount": NumericString | null;
    /** date, read only */
    readonly "Stat.date": DateTimeString | null;
}

export type CommissionReportField = keyof CommissionReportFields & string;
export type CommissionReportContain = never;
export type CommissionReportWrite = Record<string, never>;

/** A CommissionReport as HasOffers returns it, with its contained relations and methods. */
export interface CommissionReport extends Model, CommissionReportFields {
}

/** CommissionReport fields as a report decodes them: numbers for integer and decimal fields, strings for the rest. */
export interface CommissionReportTypes {
    readonly "ReferredAffiliate.company": string | null;
    readonly "Stat.amount": number;
    readonly "Stat.date": string | null;
}

/** The CommissionReport class (for instanceof), made by the runtime from the table. */
export const CommissionReport: ModelClass<CommissionReport> = modelClass<CommissionReport>(MODEL_CLASSES, "CommissionReport");
