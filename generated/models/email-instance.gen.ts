// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/email-instance.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** EmailInstance fields, named and valued as HasOffers sends them. */
export interface EmailInstanceFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly email_batch_id: NumericString | null;
    /** string, required on create */
    readonly recipient_type: string | null;
    /** integer, required on create */
    readonly recipient_id: NumericString | null;
    /** string, required on create */
    readonly recipient_email: string | null;
    /** string, required on create */
    readonly status: string | null;
    /** string, required on create */
    readonly replacement_variables: string | null;
    /** string */
    readonly last_error: string | null;
    /** string */
    readonly recipient_first_name: string | null;
    /** string */
    readonly recipient_last_name: string | null;
    /** string, read only */
    readonly send_attempts: string | null;
    /** datetime, read only */
    readonly created: DateTimeString | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
}

export type EmailInstanceField = keyof EmailInstanceFields & string;
export type EmailInstanceContain = never;
export type EmailInstanceWrite = { readonly [K in "email_batch_id" | "recipient_type" | "recipient_id" | "recipient_email" | "status" | "replacement_variables" | "last_error" | "recipient_first_name" | "recipient_last_name"]?: FieldInput };

/** A EmailInstance as HasOffers returns it, with its contained relations and methods. */
export interface EmailInstance extends Model, EmailInstanceFields {
}

/** The EmailInstance class (for instanceof), made by the runtime from the table. */
export const EmailInstance: ModelClass<EmailInstance> = modelClass<EmailInstance>(MODEL_CLASSES, "EmailInstance");
