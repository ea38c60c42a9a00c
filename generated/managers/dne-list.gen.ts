// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/dne-list.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { DneEmailWrite } from "../models/dne-email.gen.js";
import type { DneList, DneListContain, DneListField, DneListWrite } from "../models/dne-list.gen.js";

/** The DneList controller (`api.dneLists`, `api.controller('DneList')`). */
export interface DneListManager {
    /** A low-level call to any DneList method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers DneList.addEmail (write: never repeated after an unknown outcome). */
    addEmail(params: { readonly id: Id; readonly data: DneEmailWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers DneList.create (write: never repeated after an unknown outcome). */
    create(data: DneListWrite, options?: CallOptions): Promise<DneList | string>;
    /** HasOffers DneList.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<DneListField, DneListContain>, options?: CallOptions): Promise<DneList[]>;
    /** HasOffers DneList.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[] }, options?: CallOptions): Promise<unknown>;
    /** HasOffers DneList.findById (read: retried on failure). */
    findById(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers DneList.findByOfferId (read: retried on failure). */
    findByOfferId(params: { readonly offer_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers DneList.getEmailListCsv (read: retried on failure). */
    getEmailListCsv(params: { readonly id: Id }, options?: CallOptions): Promise<string>;
    /** HasOffers DneList.moveDneList (write: never repeated after an unknown outcome). */
    moveDneList(params: { readonly old_dne_list_id: Id; readonly new_dne_list_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers DneList.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: DneListWrite, options?: CallOptions): Promise<DneList | boolean>;
    /** HasOffers DneList.upload (write: never repeated after an unknown outcome). */
    upload(params: { readonly id: Id }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<DneListField, DneListContain, DneList>;
}
