// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/user-ip.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** UserIp fields, named and valued as HasOffers sends them. */
export interface UserIpFields {
    /** integer, required on create, read only */
    readonly brand_id: NumericString | null;
    /** integer, read only */
    readonly failed_logins: NumericString | null;
    /** datetime, read only */
    readonly first_login: DateTimeString | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, required on create, read only */
    readonly ip_address: string | null;
    /** datetime, read only */
    readonly last_login: DateTimeString | null;
    /** enum, required on create, read only */
    readonly login_type: "browser" | "api" | null;
    /** enum, required on create, read only */
    readonly user_type: "affiliate_user" | "advertiser_user" | "employee" | null;
    /** integer, required on create, read only */
    readonly user_type_id: NumericString | null;
    /** integer, read only */
    readonly valid_logins: NumericString | null;
}

export type UserIpField = keyof UserIpFields & string;
export type UserIpContain = never;
export type UserIpWrite = Record<string, never>;

/** A UserIp as HasOffers returns it, with its contained relations and methods. */
export interface UserIp extends Model, UserIpFields {
}

/** The UserIp class (for instanceof), made by the runtime from the table. */
export const UserIp: ModelClass<UserIp> = modelClass<UserIp>(MODEL_CLASSES, "UserIp");
