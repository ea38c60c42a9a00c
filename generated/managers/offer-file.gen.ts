// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/offer-file.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllIdsOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder, UploadFile } from "../../src/runtime/types.js";
import type { OfferFile, OfferFileContain, OfferFileField, OfferFileWrite } from "../models/offer-file.gen.js";

/** The OfferFile controller (`api.offerFiles`). */
export interface OfferFileManager {
    /** A low-level call to any OfferFile method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers OfferFile.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: OfferFileWrite, options?: CallOptions): Promise<OfferFile>;
    /** HasOffers OfferFile.update (write: never repeated after an unknown outcome). */
    delete(id: Id, options?: CallOptions): Promise<OfferFile>;
    /** HasOffers OfferFile.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<OfferFileField, OfferFileContain>, options?: CallOptions): Promise<OfferFile | null>;
    /** HasOffers OfferFile.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<OfferFileField, OfferFileContain>, options?: CallOptions): Promise<OfferFile[]>;
    /** HasOffers OfferFile.findAllIds (read: retried on failure). */
    findAllIds(query?: FindAllIdsOptions<OfferFileField>, options?: CallOptions): Promise<string[]>;
    /** HasOffers OfferFile.create (write: never repeated after an unknown outcome). */
    create(file: UploadFile, data: OfferFileWrite, options?: CallOptions): Promise<OfferFile>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<OfferFileField, OfferFileContain, OfferFile>;
}
