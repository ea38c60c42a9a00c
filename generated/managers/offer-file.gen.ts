// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/offer-file.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, FindAllIdsOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder, SortSpec, UploadFile } from "../../src/runtime/types.js";
import type { OfferFile, OfferFileContain, OfferFileField, OfferFileWrite } from "../models/offer-file.gen.js";

/** The OfferFile controller (`api.offerFiles`, `api.controller('OfferFile')`). */
export interface OfferFileManager {
    /** A low-level call to any OfferFile method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers OfferFile.create (write: never repeated after an unknown outcome). */
    create(file: UploadFile, data: OfferFileWrite, options?: CallOptions): Promise<OfferFile>;
    /** HasOffers OfferFile.update (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    delete(id: Id, options?: CallOptions): Promise<OfferFile>;
    /** HasOffers OfferFile.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferFileField, OfferFileContain>, options?: CallOptions): Promise<OfferFile[]>;
    /** HasOffers OfferFile.findAllAvailable (read: retried on failure). */
    findAllAvailable(params?: { readonly filters?: FilterInput<OfferFileField>; readonly sort?: SortSpec<OfferFileField> | readonly SortSpec<OfferFileField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly OfferFileField[]; readonly contain?: readonly OfferFileContain[] }, options?: CallOptions): Promise<OfferFile[]>;
    /** HasOffers OfferFile.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly OfferFileField[]; readonly contain?: readonly OfferFileContain[] }, options?: CallOptions): Promise<OfferFile[]>;
    /** HasOffers OfferFile.findAllByName (read: retried on failure). */
    findAllByName(params: { readonly filename: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers OfferFile.findAllIds (read: retried on failure; typed from the supplement reference). */
    findAllIds(query?: FindAllIdsOptions<OfferFileField>, options?: CallOptions): Promise<string[]>;
    /** HasOffers OfferFile.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<OfferFileField, OfferFileContain>, options?: CallOptions): Promise<OfferFile | null>;
    /** HasOffers OfferFile.getCreativeCode (read: retried on failure). */
    getCreativeCode(params: { readonly id: Id; readonly tracking_url?: string; readonly impression_pixel?: string; readonly etracking_url?: string; readonly offer_id?: Id; readonly affiliate_id?: Id; readonly source?: string; readonly aff_sub?: string; readonly aff_sub2?: string; readonly aff_sub3?: string; readonly aff_sub4?: string; readonly aff_sub5?: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers OfferFile.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: OfferFileWrite, options?: CallOptions): Promise<OfferFile>;
    /** HasOffers OfferFile.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: OfferFileField; readonly value: string; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers OfferFile.delete (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    deleteRecord(id: Id, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAllAvailable (its other params given here). */
    query(method: "findAllAvailable", params?: Record<string, never>): QueryBuilder<OfferFileField, OfferFileContain, OfferFile>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferFileField, OfferFileContain, OfferFile>;
}
