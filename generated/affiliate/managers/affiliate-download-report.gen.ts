// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/download-report.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, ParamValue } from "../../../src/runtime/types.js";

/** The Affiliate_DownloadReport controller (`api.downloadReport`, `api.controller('Affiliate_DownloadReport')`). */
export interface AffiliateDownloadReportManager {
    /** A low-level call to any Affiliate_DownloadReport method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_DownloadReport.getDownloadReportLink (read: retried on failure; typed from the 2013 reference). */
    getDownloadReportLink(params: { readonly method: string; readonly arguments: readonly ParamValue[]; readonly start_date: string; readonly end_date: string }, options?: CallOptions): Promise<string>;
}
