// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/vat-rate.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, Id, LowLevelCall, ParamValue, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { VatRate, VatRateContain, VatRateField, VatRateWrite } from "../models/vat-rate.gen.js";

/** The VatRate controller (`api.vatRates`, `api.controller('VatRate')`). */
export interface VatRateManager {
    /** A low-level call to any VatRate method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers VatRate.create (write: never repeated after an unknown outcome). */
    create(params: { readonly data: VatRateWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<VatRate | string>;
    /** HasOffers VatRate.delete (write: never repeated after an unknown outcome). */
    delete(params: { readonly id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers VatRate.findAll (read: retried on failure). */
    findAll(params?: { readonly filters?: FilterInput<VatRateField>; readonly sort?: SortSpec<VatRateField> | readonly SortSpec<VatRateField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly VatRateField[] }, options?: CallOptions): Promise<VatRate[]>;
    /** HasOffers VatRate.findById (read: retried on failure). */
    findById(params: { readonly id: Id; readonly fields?: readonly VatRateField[] }, options?: CallOptions): Promise<VatRate | null>;
    /** HasOffers VatRate.update (write: never repeated after an unknown outcome). */
    update(params: { readonly id: Id; readonly data: VatRateWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<VatRate | null | boolean>;
    /** HasOffers VatRate.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: VatRateField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAll (its other params given here). */
    query(method: "findAll", params?: Record<string, never>): QueryBuilder<VatRateField, VatRateContain, VatRate>;
}
