// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/optimizer-network-preference.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../src/runtime/types.js";

/** The OptimizerNetworkPreference controller (`api.optimizerNetworkPreference`, `api.controller('OptimizerNetworkPreference')`). */
export interface OptimizerNetworkPreferenceManager {
    /** A low-level call to any OptimizerNetworkPreference method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers OptimizerNetworkPreference.clearPreferenceValue (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    clearPreferenceValue(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers OptimizerNetworkPreference.disablePreference (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    disablePreference(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers OptimizerNetworkPreference.enablePreference (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    enablePreference(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers OptimizerNetworkPreference.findAll (read: retried on failure; parameters not documented, sent as given). */
    findAll(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers OptimizerNetworkPreference.getValue (read: retried on failure; parameters not documented, sent as given). */
    getValue(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers OptimizerNetworkPreference.isEnabled (read: retried on failure; parameters not documented, sent as given). */
    isEnabled(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers OptimizerNetworkPreference.setValue (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    setValue(params?: Params, options?: CallOptions): Promise<unknown>;
}
