// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/scheduled-offer-change.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, Id, LowLevelCall, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { ScheduledOfferChange, ScheduledOfferChangeContain, ScheduledOfferChangeField, ScheduledOfferChangeWrite } from "../models/scheduled-offer-change.gen.js";

/** The ScheduledOfferChange controller (`api.scheduledOfferChanges`, `api.controller('ScheduledOfferChange')`). */
export interface ScheduledOfferChangeManager {
    /** A low-level call to any ScheduledOfferChange method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers ScheduledOfferChange.create (write: never repeated after an unknown outcome). */
    create(params: { readonly data: ScheduledOfferChangeWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers ScheduledOfferChange.findScheduleById (read: retried on failure). */
    findScheduleById(params: { readonly id: Id; readonly fields?: readonly ScheduledOfferChangeField[] }, options?: CallOptions): Promise<ScheduledOfferChange | null>;
    /** HasOffers ScheduledOfferChange.findSchedules (read: retried on failure). */
    findSchedules(params: { readonly fields?: readonly ScheduledOfferChangeField[]; readonly filters?: FilterInput<ScheduledOfferChangeField>; readonly sort?: SortSpec<ScheduledOfferChangeField> | readonly SortSpec<ScheduledOfferChangeField>[]; readonly limit: number; readonly page: number }, options?: CallOptions): Promise<ScheduledOfferChange[]>;
    /** HasOffers ScheduledOfferChange.update (write: never repeated after an unknown outcome). */
    update(params: { readonly id: Id; readonly data: ScheduledOfferChangeWrite }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over findSchedules (its other params given here). */
    query(method: "findSchedules", params?: Record<string, never>): QueryBuilder<ScheduledOfferChangeField, ScheduledOfferChangeContain, ScheduledOfferChange>;
}
