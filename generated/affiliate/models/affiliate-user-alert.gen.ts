// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/affiliate-user-alert.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** AffiliateUserAlert fields, named and valued as HasOffers sends them. */
export interface AffiliateUserAlertFields {
    /** integer, required on create */
    readonly affiliate_user_id: NumericString | null;
    /** integer, required on create */
    readonly alert_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** boolean */
    readonly is_dismissed: BooleanFlag | null;
}

export type AffiliateUserAlertField = keyof AffiliateUserAlertFields & string;
export type AffiliateUserAlertContain = never;
export type AffiliateUserAlertWrite = { readonly [K in "affiliate_user_id" | "alert_id" | "is_dismissed"]?: FieldInput };

/** A AffiliateUserAlert as HasOffers returns it, with its contained relations and methods. */
export interface AffiliateUserAlert extends Model, AffiliateUserAlertFields {
}

/** The AffiliateUserAlert class (for instanceof), made by the runtime from the table. */
export const AffiliateUserAlert: ModelClass<AffiliateUserAlert> = modelClass<AffiliateUserAlert>(MODEL_CLASSES, "AffiliateUserAlert");
