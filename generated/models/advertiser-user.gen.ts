// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/advertiser-user.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { Advertiser } from "./advertiser.gen.js";

/** AdvertiserUser fields, named and valued as HasOffers sends them. */
export interface AdvertiserUserFields {
    /** array, read only */
    readonly access: readonly unknown[] | null;
    /** integer, required on create */
    readonly advertiser_id: NumericString | null;
    /** string, nullable */
    readonly cell_phone: string | null;
    /** string, required on create */
    readonly email: string | null;
    /** string, nullable */
    readonly first_name: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, required on create, read only */
    readonly join_date: DateTimeString | null;
    /** datetime, read only, nullable */
    readonly last_login: DateTimeString | null;
    /** string, nullable */
    readonly last_name: string | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** integer, read only */
    readonly permissions: NumericString | null;
    /** string, nullable */
    readonly phone: string | null;
    /** enum */
    readonly status: "active" | "blocked" | "deleted" | null;
    /** string, nullable */
    readonly title: string | null;
    /** boolean, read only */
    readonly wants_alerts: BooleanFlag | null;
    /** string, named by the 2013 reference only: may be absent */
    readonly salt?: string | null;
}

export type AdvertiserUserField = keyof AdvertiserUserFields & string;
export type AdvertiserUserContain = "Advertiser";
export type AdvertiserUserWrite = { readonly [K in "advertiser_id" | "cell_phone" | "email" | "first_name" | "last_name" | "password" | "password_confirmation" | "phone" | "title" | "salt"]?: FieldInput } & { readonly status?: "active" | "blocked" | "deleted" };

/** A AdvertiserUser as HasOffers returns it, with its contained relations and methods. */
export interface AdvertiserUser extends Model, AdvertiserUserFields {
    /** Present when asked for with contain: ['Advertiser']. */
    readonly advertiser?: Advertiser | null;
}

/** The AdvertiserUser class (for instanceof), made by the runtime from the table. */
export const AdvertiserUser: ModelClass<AdvertiserUser> = modelClass<AdvertiserUser>(MODEL_CLASSES, "AdvertiserUser");
