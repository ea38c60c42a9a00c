// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/advertiser.yaml.
// Change the YAML under schema/ and run the command again.

import { Model } from "../../src/runtime/model.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, GenericModel, NumericString } from "../../src/runtime/types.js";

/** Advertiser fields, named and valued as HasOffers sends them. */
export interface AdvertiserFields {
    /** integer, primary key */
    readonly id: string;
    /** integer */
    readonly account_manager_id: NumericString | null;
    /** string */
    readonly company: string | null;
    /** string */
    readonly address1: string | null;
    /** string */
    readonly address2: string | null;
    /** string */
    readonly city: string | null;
    /** string */
    readonly region: string | null;
    /** string */
    readonly country: string | null;
    /** string */
    readonly other: string | null;
    /** string */
    readonly zipcode: string | null;
    /** string */
    readonly phone: string | null;
    /** string */
    readonly fax: string | null;
    /** string */
    readonly website: string | null;
    /** string */
    readonly signup_ip: string | null;
    /** datetime */
    readonly date_added: DateTimeString | null;
    /** enum */
    readonly status: "active" | "pending" | "blocked" | "deleted" | "rejected" | null;
    /** boolean */
    readonly wants_alerts: BooleanFlag | null;
    /** integer */
    readonly ref_id: NumericString | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string */
    readonly conversion_security_token: string | null;
    /** string */
    readonly tmp_token: string | null;
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
export type AdvertiserContain = "Stat" | "AccountManager" | "CreatorUser" | "AdvertiserUser" | "AccountBalance" | "Currency" | "AdvertiserMeta";
export type AdvertiserWrite = { readonly [K in "account_manager_id" | "company" | "address1" | "address2" | "city" | "region" | "country" | "other" | "zipcode" | "phone" | "fax" | "website" | "signup_ip" | "date_added" | "wants_alerts" | "ref_id" | "conversion_security_token" | "tmp_token" | "SHARED_Network_Map_id" | "SHARED_Accounts_id" | "AFFILIATE_NETWORK_Brands_id" | "_NETWORK_affiliate_id" | "_NETWORK_affiliate_status" | "_NETWORK_brand_active" | "expose_subs"]?: FieldInput } & { readonly status?: "active" | "pending" | "blocked" | "deleted" | "rejected" };

/** A Advertiser as HasOffers returns it, with its contained relations and methods. */
export interface Advertiser extends AdvertiserFields {
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: GenericModel | null;
    /** Present when asked for with contain: ['AccountManager']. */
    readonly accountManager?: GenericModel | null;
    /** Present when asked for with contain: ['CreatorUser']. */
    readonly creatorUser?: GenericModel | null;
    /** Present when asked for with contain: ['AdvertiserUser']. */
    readonly advertiserUser?: GenericModel[];
    /** Present when asked for with contain: ['AccountBalance']. */
    readonly accountBalance?: GenericModel | null;
    /** Present when asked for with contain: ['Currency']. */
    readonly currency?: GenericModel[];
    /** Present when asked for with contain: ['AdvertiserMeta']. */
    readonly advertiserMeta?: GenericModel[];
    /** Advertiser.update with this Advertiser's id as id. */
    update(data: AdvertiserWrite, options?: CallOptions): Promise<Advertiser>;
    /** Advertiser.block with this Advertiser's id as id. */
    block(reason?: string, options?: CallOptions): Promise<boolean>;
}

export class Advertiser extends Model {
    static override readonly modelName = "Advertiser";
}
