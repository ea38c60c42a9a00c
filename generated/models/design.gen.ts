// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/design.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** Design fields, named and valued as HasOffers sends them. */
export interface DesignFields {
    /** integer, key */
    readonly id: string;
    /** boolean, required on create */
    readonly is_custom: BooleanFlag | null;
    /** string */
    readonly logo_file: string | null;
    /** string */
    readonly footer: string | null;
    /** string */
    readonly footer_js: string | null;
    /** string */
    readonly terms: string | null;
    /** string */
    readonly advertiser_terms: string | null;
    /** string */
    readonly css_template: string | null;
    /** string */
    readonly favicon_file: string | null;
    /** string */
    readonly affiliate_pending: string | null;
    /** string */
    readonly affiliate_pending_subject: string | null;
    /** string */
    readonly affiliate_approved: string | null;
    /** string */
    readonly affiliate_approved_subject: string | null;
    /** string */
    readonly affiliate_rejected: string | null;
    /** string */
    readonly affiliate_rejected_subject: string | null;
    /** datetime */
    readonly affiliate_created: DateTimeString | null;
    /** datetime */
    readonly affiliate_created_subject: DateTimeString | null;
    /** string */
    readonly advertiser_pending: string | null;
    /** string */
    readonly advertiser_pending_subject: string | null;
    /** string */
    readonly advertiser_approved: string | null;
    /** string */
    readonly advertiser_approved_subject: string | null;
    /** string */
    readonly advertiser_rejected: string | null;
    /** string */
    readonly advertiser_rejected_subject: string | null;
    /** datetime */
    readonly advertiser_created: DateTimeString | null;
    /** datetime */
    readonly advertiser_created_subject: DateTimeString | null;
    /** string */
    readonly forgot_password: string | null;
    /** string */
    readonly forgot_password_subject: string | null;
    /** string */
    readonly privacy_policy: string | null;
}

export type DesignField = keyof DesignFields & string;
export type DesignContain = never;
export type DesignWrite = { readonly [K in "is_custom" | "logo_file" | "footer" | "footer_js" | "terms" | "advertiser_terms" | "css_template" | "favicon_file" | "affiliate_pending" | "affiliate_pending_subject" | "affiliate_approved" | "affiliate_approved_subject" | "affiliate_rejected" | "affiliate_rejected_subject" | "affiliate_created" | "affiliate_created_subject" | "advertiser_pending" | "advertiser_pending_subject" | "advertiser_approved" | "advertiser_approved_subject" | "advertiser_rejected" | "advertiser_rejected_subject" | "advertiser_created" | "advertiser_created_subject" | "forgot_password" | "forgot_password_subject" | "privacy_policy"]?: FieldInput };

/** A Design as HasOffers returns it, with its contained relations and methods. */
export interface Design extends Model, DesignFields {
}

/** The Design class (for instanceof), made by the runtime from the table. */
export const Design: ModelClass<Design> = modelClass<Design>(MODEL_CLASSES, "Design");
