// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/custom-page.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, FindByIdOptions, Id, LowLevelCall, ParamValue, Params, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { CustomPage, CustomPageContain, CustomPageField } from "../models/custom-page.gen.js";

/** The CustomPage controller (`api.customPages`, `api.controller('CustomPage')`). */
export interface CustomPageManager {
    /** A low-level call to any CustomPage method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers CustomPage.create (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    create(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers CustomPage.find (read: retried on failure). */
    find(params?: { readonly fields?: readonly CustomPageField[]; readonly filters?: FilterInput<CustomPageField>; readonly sorts?: SortSpec<CustomPageField> | readonly SortSpec<CustomPageField>[]; readonly contain?: readonly ParamValue[] }, options?: CallOptions): Promise<CustomPage[]>;
    /** HasOffers CustomPage.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<CustomPageField, CustomPageContain>, options?: CallOptions): Promise<CustomPage | null>;
    /** HasOffers CustomPage.update (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    update(params?: Params, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over find (its other params given here). */
    query(method: "find", params?: { readonly sorts?: SortSpec<CustomPageField> | readonly SortSpec<CustomPageField>[] }): QueryBuilder<CustomPageField, CustomPageContain, CustomPage>;
}
