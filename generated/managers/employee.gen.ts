// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/employee.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, QueryBuilder } from "../../src/runtime/types.js";
import type { EmployeeCommissionWrite } from "../models/employee-commission.gen.js";
import type { Employee, EmployeeContain, EmployeeField, EmployeeWrite } from "../models/employee.gen.js";

/** The Employee controller (`api.employees`, `api.controller('Employee')`). */
export interface EmployeeManager {
    /** A low-level call to any Employee method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Employee.checkPassword (read: retried on failure). */
    checkPassword(params: { readonly id: Id; readonly password: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Employee.create (write: never repeated after an unknown outcome). */
    create(data: EmployeeWrite, options?: CallOptions): Promise<Employee | string>;
    /** HasOffers Employee.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<EmployeeField, EmployeeContain>, options?: CallOptions): Promise<Employee[]>;
    /** HasOffers Employee.findAllAdvertiserManagers (read: retried on failure). */
    findAllAdvertiserManagers(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Employee.findAllAffiliateManagers (read: retried on failure). */
    findAllAffiliateManagers(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Employee.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly EmployeeField[] }, options?: CallOptions): Promise<Employee[]>;
    /** HasOffers Employee.findAllByPermission (read: retried on failure). */
    findAllByPermission(params: { readonly name: "Brand.advertiser_management" | "Brand.affiliate_management" | "Brand.billing" | "Brand.brand_management" | "Brand.dne_management" | "Brand.employee_management" | "Brand.file_management" | "Brand.global_management" | "Brand.lead_management" | "Brand.offer_management" | "Brand.stats" | "Brand.virtual_user" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Employee.findAllIds (read: retried on failure). */
    findAllIds(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Employee.findAllIdsByPermission (read: retried on failure). */
    findAllIdsByPermission(params: { readonly name: string }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Employee.findBrandOwnerInformation (read: retried on failure). */
    findBrandOwnerInformation(params?: Record<string, never>, options?: CallOptions): Promise<unknown>;
    /** HasOffers Employee.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<EmployeeField, EmployeeContain>, options?: CallOptions): Promise<Employee | null>;
    /** HasOffers Employee.getCommission (read: retried on failure). */
    getCommission(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Employee.getHOMessage (read: retried on failure). */
    getHOMessage(params: { readonly employee_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Employee.grantAccess (write: never repeated after an unknown outcome). */
    grantAccess(params: { readonly id: Id; readonly permission: "Brand.advertiser_management" | "Brand.affiliate_management" | "Brand.billing" | "Brand.brand_management" | "Brand.dne_management" | "Brand.employee_management" | "Brand.file_management" | "Brand.global_management" | "Brand.lead_management" | "Brand.offer_management" | "Brand.stats" | "Brand.virtual_user" }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Employee.removeAccess (write: never repeated after an unknown outcome). */
    removeAccess(params: { readonly id: Id; readonly permission: "Brand.advertiser_management" | "Brand.affiliate_management" | "Brand.billing" | "Brand.brand_management" | "Brand.dne_management" | "Brand.employee_management" | "Brand.file_management" | "Brand.global_management" | "Brand.lead_management" | "Brand.offer_management" | "Brand.stats" | "Brand.virtual_user" }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Employee.removeCustomCommission (write: never repeated after an unknown outcome). */
    removeCustomCommission(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Employee.resetPassword (write: never repeated after an unknown outcome). */
    resetPassword(params: { readonly id: Id; readonly length?: number }, options?: CallOptions): Promise<string>;
    /** HasOffers Employee.setCustomCommission (write: never repeated after an unknown outcome). */
    setCustomCommission(params: { readonly id: Id; readonly data: EmployeeCommissionWrite }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Employee.uniqueEmail (read: retried on failure). */
    uniqueEmail(params: { readonly email: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Employee.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: EmployeeWrite, options?: CallOptions): Promise<Employee | boolean>;
    /** HasOffers Employee.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: EmployeeField; readonly value: string; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<EmployeeField, EmployeeContain, Employee>;
}
