// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/scheduled-offer-change.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, LowLevelCall, QueryBuilder, SortSpec } from "../../../src/runtime/types.js";
import type { ScheduledOfferChange, ScheduledOfferChangeContain, ScheduledOfferChangeField } from "../models/scheduled-offer-change.gen.js";

/** The Affiliate_ScheduledOfferChange controller (`api.scheduledOfferChanges`, `api.controller('Affiliate_ScheduledOfferChange')`). */
export interface AffiliateScheduledOfferChangeManager {
    /** A low-level call to any Affiliate_ScheduledOfferChange method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_ScheduledOfferChange.findSchedules (read: retried on failure). */
    findSchedules(params: { readonly fields?: readonly ScheduledOfferChangeField[]; readonly filters?: FilterInput<ScheduledOfferChangeField>; readonly sort?: SortSpec<ScheduledOfferChangeField> | readonly SortSpec<ScheduledOfferChangeField>[]; readonly limit: number; readonly page: number }, options?: CallOptions): Promise<ScheduledOfferChange[]>;
    /** A typed, immutable query builder over findSchedules (its other params given here). */
    query(method: "findSchedules", params?: Record<string, never>): QueryBuilder<ScheduledOfferChangeField, ScheduledOfferChangeContain, ScheduledOfferChange>;
}
