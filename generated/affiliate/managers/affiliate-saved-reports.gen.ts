// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/saved-reports.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, Id, LowLevelCall, Params, QueryBuilder } from "../../../src/runtime/types.js";
import type { SavedReports, SavedReportsContain, SavedReportsField, SavedReportsWrite } from "../models/saved-reports.gen.js";

/** The Affiliate_SavedReports controller (`api.savedReports`, `api.controller('Affiliate_SavedReports')`). */
export interface AffiliateSavedReportsManager {
    /** A low-level call to any Affiliate_SavedReports method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_SavedReports.create (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    create(params: { readonly data: SavedReportsWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Affiliate_SavedReports.delete (write: never repeated after an unknown outcome). */
    delete(id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers Affiliate_SavedReports.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<SavedReportsField, SavedReportsContain>, options?: CallOptions): Promise<SavedReports[]>;
    /** HasOffers Affiliate_SavedReports.findById (read: retried on failure). */
    findById(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_SavedReports.update (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    update(params: { readonly id: Id; readonly data: Params }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<SavedReportsField, SavedReportsContain, SavedReports>;
}
