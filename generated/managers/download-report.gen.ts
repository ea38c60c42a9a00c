// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/download-report.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../src/runtime/types.js";

/** The DownloadReport controller (`api.downloadReport`, `api.controller('DownloadReport')`). */
export interface DownloadReportManager {
    /** A low-level call to any DownloadReport method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers DownloadReport.getDownloadReportLink (read: retried on failure). */
    getDownloadReportLink(params: { readonly method: "getStats" | "getConversions" | "getAffiliateCommissions" | "getReferrals" | "getModSummaryLogs" | "getSubscriptions"; readonly arguments: Params; readonly start_date: string; readonly end_date: string; readonly user_type?: string }, options?: CallOptions): Promise<string>;
}
