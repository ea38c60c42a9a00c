// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/mailer.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall } from "../../src/runtime/types.js";

/** The Mailer controller (`api.mailer`, `api.controller('Mailer')`). */
export interface MailerManager {
    /** A low-level call to any Mailer method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Mailer.getFailedEmails (read: retried on failure; typed from the 2013 reference). */
    getFailedEmails(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Mailer.processFailedEmails (write: never repeated after an unknown outcome; typed from the 2013 reference). */
    processFailedEmails(params?: Record<string, never>, options?: CallOptions): Promise<void>;
}
