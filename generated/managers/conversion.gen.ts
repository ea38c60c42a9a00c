// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/conversion.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { ConversionMetaWrite } from "../models/conversion-meta.gen.js";
import type { Conversion, ConversionContain, ConversionField, ConversionWrite } from "../models/conversion.gen.js";

/** The Conversion controller (`api.conversions`, `api.controller('Conversion')`). */
export interface ConversionManager {
    /** A low-level call to any Conversion method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Conversion.create (write: never repeated after an unknown outcome). */
    create(data: ConversionWrite, options?: CallOptions): Promise<Conversion>;
    /** HasOffers Conversion.findAddedConversions (read: retried on failure). */
    findAddedConversions(params: { readonly start_date: string; readonly end_date: string; readonly sort?: SortSpec<ConversionField> | readonly SortSpec<ConversionField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly ConversionField[] }, options?: CallOptions): Promise<Conversion[]>;
    /** HasOffers Conversion.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<ConversionField, ConversionContain>, options?: CallOptions): Promise<Conversion[]>;
    /** HasOffers Conversion.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly ConversionField[]; readonly contain?: readonly ConversionContain[] }, options?: CallOptions): Promise<Conversion[]>;
    /** HasOffers Conversion.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<ConversionField, ConversionContain>, options?: CallOptions): Promise<Conversion | null>;
    /** HasOffers Conversion.findUpdatedConversions (read: retried on failure). */
    findUpdatedConversions(params: { readonly start_date: string; readonly end_date: string; readonly sort?: SortSpec<ConversionField> | readonly SortSpec<ConversionField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly ConversionField[] }, options?: CallOptions): Promise<Conversion[]>;
    /** HasOffers Conversion.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: ConversionWrite, options?: CallOptions): Promise<Conversion>;
    /** HasOffers Conversion.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: ConversionField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Conversion.updateMeta (write: never repeated after an unknown outcome). */
    updateMeta(params: { readonly id: Id; readonly data: ConversionMetaWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Conversion.updateStatus (write: never repeated after an unknown outcome). */
    updateStatus(params: { readonly id: Id; readonly status: "approved" | "pending" | "rejected" }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Conversion.upload (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    upload(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<ConversionField, ConversionContain, Conversion>;
}
