// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/affiliate-user.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** AffiliateUser fields, named and valued as HasOffers sends them. */
export interface AffiliateUserFields {
    /** array, read only */
    readonly access: readonly unknown[] | null;
    /** integer, required on create, read only */
    readonly affiliate_id: NumericString | null;
    /** string, nullable */
    readonly cell_phone: string | null;
    /** string, required on create */
    readonly email: string | null;
    /** string, nullable */
    readonly first_name: string | null;
    /** string, key, read only */
    readonly id: string;
    /** datetime, required on create, read only */
    readonly join_date: DateTimeString | null;
    /** datetime, read only, nullable */
    readonly last_login: DateTimeString | null;
    /** string, nullable */
    readonly last_name: string | null;
    /** datetime, read only, nullable */
    readonly modified: DateTimeString | null;
    /** integer, read only, nullable */
    readonly permissions: NumericString | null;
    /** string, nullable */
    readonly phone: string | null;
    /** enum */
    readonly status: "active" | "blocked" | "deleted" | null;
    /** string, nullable */
    readonly title: string | null;
    /** boolean */
    readonly wants_alerts: BooleanFlag | null;
}

export type AffiliateUserField = keyof AffiliateUserFields & string;
export type AffiliateUserContain = never;
export type AffiliateUserWrite = { readonly [K in "cell_phone" | "email" | "first_name" | "last_name" | "password" | "password_confirmation" | "phone" | "title" | "wants_alerts"]?: FieldInput } & { readonly status?: "active" | "blocked" | "deleted" };

/** A AffiliateUser as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateUser extends Model, AffiliateUserFields {
}

/** The AffiliateUser class (for instanceof), made by the runtime from the table. */
export const AffiliateUser: ModelClass<AffiliateUser> = modelClass<AffiliateUser>(MODEL_CLASSES, "AffiliateUser");
