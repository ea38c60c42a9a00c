// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/conversion-meta.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, Id, LowLevelCall } from "../../src/runtime/types.js";
import type { ConversionMeta, ConversionMetaWrite } from "../models/conversion-meta.gen.js";
import type { Conversion, ConversionField } from "../models/conversion.gen.js";

/** The ConversionMeta controller (`api.conversionMetas`, `api.controller('ConversionMeta')`). */
export interface ConversionMetaManager {
    /** A low-level call to any ConversionMeta method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers ConversionMeta.create (write: never repeated after an unknown outcome). */
    create(data: ConversionMetaWrite, options?: CallOptions): Promise<ConversionMeta | boolean>;
    /** HasOffers ConversionMeta.findById (read: retried on failure). */
    findById(params: { readonly conversion_id: Id; readonly fields?: readonly ConversionField[] }, options?: CallOptions): Promise<Conversion | null>;
    /** HasOffers ConversionMeta.update (write: never repeated after an unknown outcome). */
    update(params: { readonly data: ConversionMetaWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<ConversionMeta | null | boolean>;
}
