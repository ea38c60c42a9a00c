// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/conversion.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { Conversion, ConversionContain, ConversionField, ConversionWrite } from "../models/conversion.gen.js";

/** The Conversion controller (`api.conversions`). */
export interface ConversionManager {
    /** A low-level call to any Conversion method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Conversion.create (write: never repeated after an unknown outcome). */
    create(data: ConversionWrite, options?: CallOptions): Promise<Conversion>;
    /** HasOffers Conversion.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: ConversionWrite, options?: CallOptions): Promise<Conversion>;
    /** HasOffers Conversion.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<ConversionField, ConversionContain>, options?: CallOptions): Promise<Conversion | null>;
    /** HasOffers Conversion.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<ConversionField, ConversionContain>, options?: CallOptions): Promise<Conversion[]>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<ConversionField, ConversionContain, Conversion>;
}
