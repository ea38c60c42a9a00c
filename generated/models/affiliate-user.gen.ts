// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate-user.yaml.
// Change the YAML under schema/ and run the command again.

import { Model } from "../../src/runtime/model.js";
import type { BooleanFlag, CallOptions, DateTimeString, FieldInput, NumericString } from "../../src/runtime/types.js";
import type { Affiliate } from "./affiliate.gen.js";

/** AffiliateUser fields, named and valued as HasOffers sends them. */
export interface AffiliateUserFields {
    /** integer, primary key */
    readonly id: string;
    /** integer, required on create */
    readonly affiliate_id: NumericString | null;
    /** datetime, required on create */
    readonly join_date: DateTimeString | null;
    /** string, required on create */
    readonly email: string | null;
    /** string, required on create */
    readonly password: string | null;
    /** string, required on create */
    readonly salt: string | null;
    /** enum */
    readonly status: "active" | "blocked" | "deleted" | null;
    /** boolean */
    readonly wants_alerts: BooleanFlag | null;
    /** string */
    readonly first_name: string | null;
    /** string */
    readonly last_name: string | null;
    /** string */
    readonly phone: string | null;
    /** string */
    readonly cell_phone: string | null;
    /** string */
    readonly title: string | null;
    /** datetime */
    readonly last_login: DateTimeString | null;
    /** string */
    readonly permissions: string | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
}

export type AffiliateUserField = keyof AffiliateUserFields & string;
export type AffiliateUserContain = "Affiliate";
export type AffiliateUserWrite = { readonly [K in "affiliate_id" | "join_date" | "email" | "password" | "salt" | "wants_alerts" | "first_name" | "last_name" | "phone" | "cell_phone" | "title" | "last_login" | "permissions"]?: FieldInput } & { readonly status?: "active" | "blocked" | "deleted" };

/** A AffiliateUser as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateUser extends AffiliateUserFields {
    /** Present when asked for with contain: ['Affiliate']. */
    readonly affiliate?: Affiliate | null;
    /** AffiliateUser.update with this AffiliateUser's id as id. */
    update(data: AffiliateUserWrite, options?: CallOptions): Promise<AffiliateUser>;
    /** AffiliateUser.update with this AffiliateUser's id as id. */
    delete(options?: CallOptions): Promise<AffiliateUser>;
}

export class AffiliateUser extends Model {
    static override readonly modelName = "AffiliateUser";
}
