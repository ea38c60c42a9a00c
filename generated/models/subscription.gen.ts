// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/subscription.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Affiliate } from "./affiliate.gen.js";
import type { CustomerList } from "./customer-list.gen.js";
import type { Offer } from "./offer.gen.js";

/** Subscription fields, named and valued as HasOffers sends them. */
export interface SubscriptionFields {
    /** string, nullable */
    readonly advertiser_info: string | null;
    /** integer */
    readonly affiliate_id: NumericString | null;
    /** string, nullable */
    readonly affiliate_info1: string | null;
    /** string, nullable */
    readonly affiliate_info2: string | null;
    /** string, nullable */
    readonly affiliate_info3: string | null;
    /** string, nullable */
    readonly affiliate_info4: string | null;
    /** string, nullable */
    readonly affiliate_info5: string | null;
    /** integer, nullable */
    readonly affiliate_manager_id: NumericString | null;
    /** datetime, read only */
    readonly created: DateTimeString | null;
    /** string, nullable */
    readonly currency: string | null;
    /** integer, required on create */
    readonly customer_id: NumericString | null;
    /** integer */
    readonly customer_list_id: NumericString | null;
    /** date, nullable */
    readonly end_date: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** integer */
    readonly offer_id: NumericString | null;
    /** decimal */
    readonly payout: NumericString | null;
    /** enum */
    readonly payout_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** string, nullable */
    readonly pixel_refer: string | null;
    /** string */
    readonly provided_id: string | null;
    /** string, nullable */
    readonly refer: string | null;
    /** decimal */
    readonly revenue: NumericString | null;
    /** enum */
    readonly revenue_type: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm" | null;
    /** decimal, nullable */
    readonly sale_amount: NumericString | null;
    /** string, nullable */
    readonly source: string | null;
    /** date */
    readonly start_date: DateTimeString | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
    /** boolean, named by the 2013 reference only: may be absent */
    readonly is_scrubed?: BooleanFlag | null;
}

export type SubscriptionField = keyof SubscriptionFields & string;
export type SubscriptionContain = "Affiliate" | "Offer" | "CustomerList";
export type SubscriptionWrite = { readonly [K in "advertiser_info" | "affiliate_id" | "affiliate_info1" | "affiliate_info2" | "affiliate_info3" | "affiliate_info4" | "affiliate_info5" | "affiliate_manager_id" | "currency" | "customer_id" | "customer_list_id" | "end_date" | "offer_id" | "payout" | "pixel_refer" | "provided_id" | "refer" | "revenue" | "sale_amount" | "source" | "start_date" | "is_scrubed"]?: FieldInput } & { readonly payout_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm"; readonly revenue_type?: "cpa_flat" | "cpa_percentage" | "cpa_both" | "cpc" | "cpm"; readonly status?: "active" | "deleted" };

/** A Subscription as HasOffers returns it, with its contained relations and methods. */
export interface Subscription extends Model, SubscriptionFields {
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['CustomerList']. */
    readonly customerList?: CustomerList | null;
}

/** The Subscription class (for instanceof), made by the runtime from the table. */
export const Subscription: ModelClass<Subscription> = modelClass<Subscription>(MODEL_CLASSES, "Subscription");
