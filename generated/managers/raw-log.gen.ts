// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/raw-log.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall } from "../../src/runtime/types.js";

/** The RawLog controller (`api.rawLog`, `api.controller('RawLog')`). */
export interface RawLogManager {
    /** A low-level call to any RawLog method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers RawLog.getDownloadLink (read: retried on failure). */
    getDownloadLink(params: { readonly log_type: "clicks" | "conversions" | "impressions"; readonly log_filename: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers RawLog.getLogExpirations (read: retried on failure). */
    getLogExpirations(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers RawLog.listDateDirs (read: retried on failure). */
    listDateDirs(params: { readonly log_type: "clicks" | "conversions" | "impressions" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers RawLog.listLogs (read: retried on failure). */
    listLogs(params: { readonly log_type: "clicks" | "conversions" | "impressions"; readonly date_dir: string }, options?: CallOptions): Promise<unknown>;
}
