// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/email-batch.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** EmailBatch fields, named and valued as HasOffers sends them. */
export interface EmailBatchFields {
    /** integer, key */
    readonly id: string;
    /** string, required on create */
    readonly subject: string | null;
    /** string, required on create */
    readonly body: string | null;
    /** string, required on create */
    readonly sender_name: string | null;
    /** string, required on create */
    readonly sender_email: string | null;
    /** string, required on create */
    readonly recipients: string | null;
    /** string, required on create */
    readonly recipient_filters: string | null;
    /** string, required on create */
    readonly status: string | null;
    /** boolean, required on create */
    readonly is_prepared: BooleanFlag | null;
    /** datetime */
    readonly modified: DateTimeString | null;
    /** string */
    readonly last_error: string | null;
    /** datetime, read only */
    readonly created: DateTimeString | null;
}

export type EmailBatchField = keyof EmailBatchFields & string;
export type EmailBatchContain = never;
export type EmailBatchWrite = { readonly [K in "subject" | "body" | "sender_name" | "sender_email" | "recipients" | "recipient_filters" | "status" | "is_prepared" | "modified" | "last_error"]?: FieldInput };

/** A EmailBatch as HasOffers returns it, with its contained relations and methods. */
export interface EmailBatch extends Model, EmailBatchFields {
}

/** The EmailBatch class (for instanceof), made by the runtime from the table. */
export const EmailBatch: ModelClass<EmailBatch> = modelClass<EmailBatch>(MODEL_CLASSES, "EmailBatch");
