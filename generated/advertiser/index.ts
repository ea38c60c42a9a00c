// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from every schema file.
// Change the YAML under schema/ and run the command again.

export * from "./models/conversion-report.gen.js";
export * from "./models/report.gen.js";
export * from "./models/stat-report.gen.js";
export type * from "./managers/advertiser-report.gen.js";
import type { AdvertiserReportManager } from "./managers/advertiser-report.gen.js";
export { API_TABLE } from "./table.gen.js";
export { MODEL_CLASSES } from "./classes.gen.js";

/** The managers on the client, one per controller. */
export interface GeneratedManagers {
    readonly reports: AdvertiserReportManager;
}

/** The same managers by HasOffers Target, for api.controller('Offer'). */
export interface ControllerManagers {
    readonly Advertiser_Report: AdvertiserReportManager;
    readonly Report: AdvertiserReportManager;
}
