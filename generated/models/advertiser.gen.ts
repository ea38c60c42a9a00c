// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/advertiser.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, GenericModel, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { AdvertiserAccountBalance } from "./advertiser-account-balance.gen.js";
import type { AdvertiserCurrencyBalance } from "./advertiser-currency-balance.gen.js";
import type { AdvertiserMeta } from "./advertiser-meta.gen.js";
import type { AdvertiserUser } from "./advertiser-user.gen.js";
import type { Employee } from "./employee.gen.js";

/** Advertiser fields, named and valued as HasOffers sends them. */
export interface AdvertiserFields {
    /** integer, nullable */
    readonly account_manager_id: NumericString | null;
    /** string */
    readonly address1: string | null;
    /** string, nullable */
    readonly address2: string | null;
    /** string, nullable */
    readonly city: string | null;
    /** string, nullable */
    readonly company: string | null;
    /** string, nullable */
    readonly conversion_security_token: string | null;
    /** string, nullable */
    readonly country: string | null;
    /** datetime, read only */
    readonly date_added: DateTimeString | null;
    /** string, nullable */
    readonly fax: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string, read only, nullable */
    readonly other: string | null;
    /** string, nullable */
    readonly phone: string | null;
    /** string, nullable */
    readonly ref_id: string | null;
    /** string, nullable */
    readonly region: string | null;
    /** string, nullable */
    readonly signup_ip: string | null;
    /** enum */
    readonly status: "pending" | "active" | "blocked" | "deleted" | "rejected" | null;
    /** string, nullable */
    readonly tmp_token: string | null;
    /** boolean, read only */
    readonly wants_alerts: BooleanFlag | null;
    /** string, read only, nullable */
    readonly website: string | null;
    /** string */
    readonly zipcode: string | null;
    /** integer */
    readonly SHARED_Network_Map_id: NumericString | null;
    /** integer */
    readonly SHARED_Accounts_id: NumericString | null;
    /** integer */
    readonly AFFILIATE_NETWORK_Brands_id: NumericString | null;
    /** integer */
    readonly _NETWORK_affiliate_id: NumericString | null;
    /** string */
    readonly _NETWORK_affiliate_status: string | null;
    /** string */
    readonly _NETWORK_brand_active: string | null;
    /** string */
    readonly expose_subs: string | null;
}

export type AdvertiserField = keyof AdvertiserFields & string;
export type AdvertiserContain = "AccountBalance" | "AccountManager" | "AdvertiserMeta" | "AdvertiserUser" | "CreatorUser" | "Currency" | "Stat";
export type AdvertiserWrite = { readonly [K in "account_manager_id" | "address1" | "address2" | "city" | "company" | "conversion_security_token" | "country" | "fax" | "phone" | "ref_id" | "region" | "signup_ip" | "tmp_token" | "zipcode" | "SHARED_Network_Map_id" | "SHARED_Accounts_id" | "AFFILIATE_NETWORK_Brands_id" | "_NETWORK_affiliate_id" | "_NETWORK_affiliate_status" | "_NETWORK_brand_active" | "expose_subs"]?: FieldInput } & { readonly status?: "pending" | "active" | "blocked" | "deleted" | "rejected" };

/** A Advertiser as HasOffers returns it, with its contained relations and methods. */
export interface Advertiser extends Model, AdvertiserFields {
    /** Present when asked for with contain: ['AccountBalance']. */
    readonly accountBalance?: AdvertiserAccountBalance | null;
    /** Present when asked for with contain: ['AccountManager']. */
    readonly accountManager?: Employee | null;
    /** Present when asked for with contain: ['AdvertiserMeta']. */
    readonly advertiserMeta?: AdvertiserMeta[];
    /** Present when asked for with contain: ['AdvertiserUser']. */
    readonly advertiserUser?: AdvertiserUser[];
    /** Present when asked for with contain: ['CreatorUser']. */
    readonly creatorUser?: AdvertiserUser | null;
    /** Present when asked for with contain: ['Currency']. */
    readonly currency?: AdvertiserCurrencyBalance[];
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: GenericModel | null;
    /** Advertiser.block with this Advertiser's id as id. */
    block(reason?: string, options?: CallOptions): Promise<boolean>;
    /** Advertiser.update with this Advertiser's id as id. */
    update(data: AdvertiserWrite, options?: CallOptions): Promise<Advertiser>;
}

/** The Advertiser class (for instanceof), made by the runtime from the table. */
export const Advertiser: ModelClass<Advertiser> = modelClass<Advertiser>(MODEL_CLASSES, "Advertiser");
