// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/vat-rate.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, QueryBuilder } from "../../src/runtime/types.js";
import type { VatRate, VatRateContain, VatRateField, VatRateWrite } from "../models/vat-rate.gen.js";

/** The VatRate controller (`api.vatRates`, `api.controller('VatRate')`). */
export interface VatRateManager {
    /** A low-level call to any VatRate method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers VatRate.create (write: never repeated after an unknown outcome). */
    create(data: VatRateWrite, options?: CallOptions): Promise<VatRate | string>;
    /** HasOffers VatRate.delete (write: never repeated after an unknown outcome). */
    delete(id: Id, options?: CallOptions): Promise<boolean>;
    /** HasOffers VatRate.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<VatRateField, VatRateContain>, options?: CallOptions): Promise<VatRate[]>;
    /** HasOffers VatRate.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<VatRateField, VatRateContain>, options?: CallOptions): Promise<VatRate | null>;
    /** HasOffers VatRate.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: VatRateWrite, options?: CallOptions): Promise<VatRate | boolean>;
    /** HasOffers VatRate.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: VatRateField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<VatRateField, VatRateContain, VatRate>;
}
