// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/custom-menu-link.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, LowLevelCall, Params, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { CustomMenuLink, CustomMenuLinkContain, CustomMenuLinkField } from "../models/custom-menu-link.gen.js";

/** The CustomMenuLink controller (`api.customMenuLinks`, `api.controller('CustomMenuLink')`). */
export interface CustomMenuLinkManager {
    /** A low-level call to any CustomMenuLink method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers CustomMenuLink.create (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    create(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers CustomMenuLink.find (read: retried on failure). */
    find(params?: { readonly fields?: readonly CustomMenuLinkField[]; readonly filters?: FilterInput<CustomMenuLinkField>; readonly sorts?: SortSpec<CustomMenuLinkField> | readonly SortSpec<CustomMenuLinkField>[] }, options?: CallOptions): Promise<CustomMenuLink[]>;
    /** HasOffers CustomMenuLink.findActive (read: retried on failure). */
    findActive(params?: { readonly fields?: readonly CustomMenuLinkField[]; readonly filters?: FilterInput<CustomMenuLinkField>; readonly sorts?: SortSpec<CustomMenuLinkField> | readonly SortSpec<CustomMenuLinkField>[] }, options?: CallOptions): Promise<CustomMenuLink[]>;
    /** HasOffers CustomMenuLink.update (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    update(params?: Params, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over find (its other params given here). */
    query(method: "find", params?: { readonly sorts?: SortSpec<CustomMenuLinkField> | readonly SortSpec<CustomMenuLinkField>[] }): QueryBuilder<CustomMenuLinkField, CustomMenuLinkContain, CustomMenuLink>;
    /** A typed, immutable query builder over findActive (its other params given here). */
    query(method: "findActive", params?: { readonly sorts?: SortSpec<CustomMenuLinkField> | readonly SortSpec<CustomMenuLinkField>[] }): QueryBuilder<CustomMenuLinkField, CustomMenuLinkContain, CustomMenuLink>;
}
