// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/tiny-url.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { TinyUrl, TinyUrlContain, TinyUrlField, TinyUrlWrite } from "../models/tiny-url.gen.js";

/** The TinyUrl controller (`api.tinyUrls`, `api.controller('TinyUrl')`). */
export interface TinyUrlManager {
    /** A low-level call to any TinyUrl method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers TinyUrl.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<TinyUrlField, TinyUrlContain>, options?: CallOptions): Promise<TinyUrl[]>;
    /** HasOffers TinyUrl.updateRedirect (write: never repeated after an unknown outcome). */
    updateRedirect(params: { readonly id: Id; readonly redirect: TinyUrlWrite }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<TinyUrlField, TinyUrlContain, TinyUrl>;
}
