// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/environment.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall } from "../../src/runtime/types.js";

/** The Environment controller (`api.environment`, `api.controller('Environment')`). */
export interface EnvironmentManager {
    /** A low-level call to any Environment method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Environment.findAll (read: retried on failure). */
    findAll(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Environment.findByName (read: retried on failure). */
    findByName(params: { readonly name: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Environment.getValue (read: retried on failure). */
    getValue(params: { readonly name: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Environment.isEnabled (read: retried on failure). */
    isEnabled(params: { readonly name: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Environment.setValue (write: never repeated after an unknown outcome). */
    setValue(params: { readonly name: string; readonly value: string }, options?: CallOptions): Promise<boolean>;
}
