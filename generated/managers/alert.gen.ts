// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/alert.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, Params, QueryBuilder } from "../../src/runtime/types.js";
import type { AffiliateUserAlert, AffiliateUserAlertContain, AffiliateUserAlertField } from "../models/affiliate-user-alert.gen.js";
import type { AffiliateUserField } from "../models/affiliate-user.gen.js";
import type { Alert, AlertContain, AlertField, AlertWrite } from "../models/alert.gen.js";
import type { EmployeeAlert, EmployeeAlertContain, EmployeeAlertField } from "../models/employee-alert.gen.js";

/** The Alert controller (`api.alert`, `api.controller('Alert')`). */
export interface AlertManager {
    /** A low-level call to any Alert method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Alert.create (write: never repeated after an unknown outcome). */
    create(data: AlertWrite, options?: CallOptions): Promise<Alert | string>;
    /** HasOffers Alert.createAffiliateUserAlert (write: never repeated after an unknown outcome). */
    createAffiliateUserAlert(params: { readonly affiliate_user_id: Id; readonly alert_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Alert.createEmployeeAlert (write: never repeated after an unknown outcome). */
    createEmployeeAlert(params: { readonly employee_id: Id; readonly alert_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Alert.dismissAffiliateUserAlert (write: never repeated after an unknown outcome). */
    dismissAffiliateUserAlert(params: { readonly alert_id: Id; readonly affiliate_user_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Alert.dismissAllAffiliateUserAlerts (write: never repeated after an unknown outcome). */
    dismissAllAffiliateUserAlerts(params: { readonly affiliate_user_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Alert.dismissAllEmployeeAlerts (write: never repeated after an unknown outcome). */
    dismissAllEmployeeAlerts(params: { readonly employee_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Alert.dismissEmployeeAlert (write: never repeated after an unknown outcome). */
    dismissEmployeeAlert(params: { readonly alert_id: Id; readonly employee_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Alert.dismissMultipleEmployeeAlerts (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    dismissMultipleEmployeeAlerts(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Alert.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<AlertField, AlertContain>, options?: CallOptions): Promise<Alert[]>;
    /** HasOffers Alert.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly AlertField[] }, options?: CallOptions): Promise<Alert[]>;
    /** HasOffers Alert.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<AlertField, AlertContain>, options?: CallOptions): Promise<Alert | null>;
    /** HasOffers Alert.getAffiliateUserAlerts (read: retried on failure). */
    getAffiliateUserAlerts(params: { readonly affiliate_user_id: Id; readonly filters?: FilterInput<AffiliateUserAlertField>; readonly limit?: number; readonly is_dismissed?: number; readonly status?: "active" | "deleted"; readonly page?: number }, options?: CallOptions): Promise<AffiliateUserAlert[]>;
    /** HasOffers Alert.getEmployeeAlerts (read: retried on failure). */
    getEmployeeAlerts(params: { readonly employee_id: Id; readonly filters?: FilterInput<EmployeeAlertField>; readonly limit?: number; readonly is_dismissed?: boolean; readonly status?: "active" | "deleted" }, options?: CallOptions): Promise<EmployeeAlert[]>;
    /** HasOffers Alert.sendToAffiliateUsers (write: never repeated after an unknown outcome). */
    sendToAffiliateUsers(params: { readonly alertId: number; readonly filters?: FilterInput<AffiliateUserField> }, options?: CallOptions): Promise<number>;
    /** HasOffers Alert.sendToEmployees (write: never repeated after an unknown outcome). */
    sendToEmployees(params: { readonly employee_ids: readonly Id[]; readonly alert_id: Id }, options?: CallOptions): Promise<number>;
    /** HasOffers Alert.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: AlertWrite, options?: CallOptions): Promise<Alert | boolean>;
    /** HasOffers Alert.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: AlertField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over getAffiliateUserAlerts (its other params given here). */
    query(method: "getAffiliateUserAlerts", params: { readonly affiliate_user_id: Id; readonly is_dismissed?: number; readonly status?: "active" | "deleted" }): QueryBuilder<AffiliateUserAlertField, AffiliateUserAlertContain, AffiliateUserAlert>;
    /** A typed, immutable query builder over getEmployeeAlerts (its other params given here). */
    query(method: "getEmployeeAlerts", params: { readonly employee_id: Id; readonly is_dismissed?: boolean; readonly status?: "active" | "deleted" }): QueryBuilder<EmployeeAlertField, EmployeeAlertContain, EmployeeAlert>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<AlertField, AlertContain, Alert>;
}
