// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/saved-reports.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { SavedReports, SavedReportsContain, SavedReportsField, SavedReportsWrite } from "../models/saved-reports.gen.js";

/** The SavedReports controller (`api.savedReports`, `api.controller('SavedReports')`). */
export interface SavedReportsManager {
    /** A low-level call to any SavedReports method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers SavedReports.create (write: never repeated after an unknown outcome). */
    create(params: { readonly data: SavedReportsWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers SavedReports.delete (write: never repeated after an unknown outcome). */
    delete(id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers SavedReports.findAll (read: retried on failure; typed from the 2013 reference). */
    findAll(query?: FindAllOptions<SavedReportsField, SavedReportsContain>, options?: CallOptions): Promise<SavedReports[]>;
    /** HasOffers SavedReports.findByHash (read: retried on failure). */
    findByHash(params: { readonly hash: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers SavedReports.findById (read: retried on failure). */
    findById(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers SavedReports.update (write: never repeated after an unknown outcome). */
    update(params: { readonly id: Id; readonly data: SavedReportsWrite }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<SavedReportsField, SavedReportsContain, SavedReports>;
}
