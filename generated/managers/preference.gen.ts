// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/preference.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, Id, LowLevelCall, ParamValue } from "../../src/runtime/types.js";

/** The Preference controller (`api.preference`, `api.controller('Preference')`). */
export interface PreferenceManager {
    /** A low-level call to any Preference method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Preference.delete (write: never repeated after an unknown outcome). */
    delete(name: string, options?: CallOptions): Promise<boolean>;
    /** HasOffers Preference.findAll (read: retried on failure). */
    findAll(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Preference.findByName (read: retried on failure). */
    findByName(params: { readonly name: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Preference.findPreferenceByNameTypeAndAccountId (read: retried on failure). */
    findPreferenceByNameTypeAndAccountId(params: { readonly name: string; readonly type: string; readonly account_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Preference.findPreferenceByNameTypeAndUserId (read: retried on failure). */
    findPreferenceByNameTypeAndUserId(params: { readonly name: string; readonly type: string; readonly user_id: Id }, options?: CallOptions): Promise<string>;
    /** HasOffers Preference.findPreferencesByTypeAndAccountId (read: retried on failure). */
    findPreferencesByTypeAndAccountId(params: { readonly type: string; readonly account_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Preference.findPreferencesByTypeAndUserId (read: retried on failure). */
    findPreferencesByTypeAndUserId(params: { readonly type: string; readonly user_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Preference.getValue (read: retried on failure). */
    getValue(params: { readonly name: string }, options?: CallOptions): Promise<string>;
    /** HasOffers Preference.isEnabled (read: retried on failure). */
    isEnabled(params: { readonly name: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Preference.setAccountPreference (write: never repeated after an unknown outcome). */
    setAccountPreference(params: { readonly name: string; readonly value: ParamValue; readonly type: string; readonly account_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Preference.setUserPreference (write: never repeated after an unknown outcome). */
    setUserPreference(params: { readonly name: string; readonly value: ParamValue; readonly type: string; readonly user_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Preference.setValue (write: never repeated after an unknown outcome). */
    setValue(params: { readonly name: string; readonly value: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Preference.updateAllUserPreferences (write: never repeated after an unknown outcome). */
    updateAllUserPreferences(params: { readonly name: string; readonly value: ParamValue; readonly type: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Preference.userPreferenceUpdateTermsAndConditions (write: never repeated after an unknown outcome). */
    userPreferenceUpdateTermsAndConditions(params: { readonly type: string }, options?: CallOptions): Promise<boolean>;
}
