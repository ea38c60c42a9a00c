// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/customer-list.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, Id, LowLevelCall, ParamValue, QueryBuilder, SortSpec } from "../../src/runtime/types.js";
import type { CustomerAttributeWrite } from "../models/customer-attribute.gen.js";
import type { CustomerListAttributeWrite } from "../models/customer-list-attribute.gen.js";
import type { CustomerList, CustomerListContain, CustomerListField, CustomerListWrite } from "../models/customer-list.gen.js";
import type { Customer, CustomerContain, CustomerField, CustomerWrite } from "../models/customer.gen.js";
import type { Subscription, SubscriptionContain, SubscriptionField, SubscriptionWrite } from "../models/subscription.gen.js";

/** The CustomerList controller (`api.customerLists`, `api.controller('CustomerList')`). */
export interface CustomerListManager {
    /** A low-level call to any CustomerList method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers CustomerList.addCustomerAttribute (write: never repeated after an unknown outcome). */
    addCustomerAttribute(params: { readonly customer_id: Id; readonly data: CustomerAttributeWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers CustomerList.addListAttribute (write: never repeated after an unknown outcome). */
    addListAttribute(params: { readonly id: Id; readonly data: CustomerListAttributeWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers CustomerList.createList (write: never repeated after an unknown outcome). */
    createList(params: { readonly data: readonly ParamValue[]; readonly return_object?: boolean }, options?: CallOptions): Promise<CustomerList | string>;
    /** HasOffers CustomerList.findAllCustomers (read: retried on failure). */
    findAllCustomers(params?: { readonly filters?: FilterInput<CustomerField>; readonly sort?: SortSpec<CustomerField> | readonly SortSpec<CustomerField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly CustomerField[]; readonly contain?: readonly CustomerContain[] }, options?: CallOptions): Promise<Customer[]>;
    /** HasOffers CustomerList.findAllLists (read: retried on failure). */
    findAllLists(params?: { readonly filters?: FilterInput<CustomerListField>; readonly sort?: SortSpec<CustomerListField> | readonly SortSpec<CustomerListField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly CustomerListField[]; readonly contain?: readonly CustomerListContain[] }, options?: CallOptions): Promise<CustomerList[]>;
    /** HasOffers CustomerList.findAllListsByIds (read: retried on failure). */
    findAllListsByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly CustomerListField[]; readonly contain?: readonly CustomerListContain[] }, options?: CallOptions): Promise<CustomerList[]>;
    /** HasOffers CustomerList.findAllSubscriptions (read: retried on failure). */
    findAllSubscriptions(params?: { readonly filters?: FilterInput<SubscriptionField>; readonly sort?: SortSpec<SubscriptionField> | readonly SortSpec<SubscriptionField>[]; readonly limit?: number; readonly page?: number; readonly fields?: readonly SubscriptionField[]; readonly contain?: readonly SubscriptionContain[] }, options?: CallOptions): Promise<Subscription[]>;
    /** HasOffers CustomerList.findCustomerById (read: retried on failure). */
    findCustomerById(params: { readonly id: Id; readonly fields?: readonly CustomerField[]; readonly contain?: readonly CustomerContain[] }, options?: CallOptions): Promise<Customer | null>;
    /** HasOffers CustomerList.findListById (read: retried on failure). */
    findListById(params: { readonly id: Id; readonly fields?: readonly CustomerListField[]; readonly contain?: readonly CustomerListContain[] }, options?: CallOptions): Promise<CustomerList | null>;
    /** HasOffers CustomerList.findSubscriptionById (read: retried on failure). */
    findSubscriptionById(params: { readonly id: Id; readonly fields?: readonly SubscriptionField[]; readonly contain?: readonly SubscriptionContain[] }, options?: CallOptions): Promise<Subscription | null>;
    /** HasOffers CustomerList.getListAttributes (read: retried on failure). */
    getListAttributes(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers CustomerList.removeCustomerAttribute (write: never repeated after an unknown outcome). */
    removeCustomerAttribute(params: { readonly attribute_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers CustomerList.removeListAttribute (write: never repeated after an unknown outcome). */
    removeListAttribute(params: { readonly id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers CustomerList.updateCustomer (write: never repeated after an unknown outcome). */
    updateCustomer(params: { readonly id: Id; readonly data: CustomerWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<Customer | null | boolean>;
    /** HasOffers CustomerList.updateCustomerAttribute (write: never repeated after an unknown outcome). */
    updateCustomerAttribute(params: { readonly attribute_id: Id; readonly data: CustomerAttributeWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers CustomerList.updateList (write: never repeated after an unknown outcome). */
    updateList(params: { readonly id: Id; readonly data: CustomerListWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<CustomerList | null | boolean>;
    /** HasOffers CustomerList.updateListAttribute (write: never repeated after an unknown outcome). */
    updateListAttribute(params: { readonly attribute_id: Id; readonly data: CustomerListAttributeWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers CustomerList.updateListField (write: never repeated after an unknown outcome). */
    updateListField(params: { readonly id: Id; readonly field: CustomerListField; readonly value: string; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers CustomerList.updateSubscription (write: never repeated after an unknown outcome). */
    updateSubscription(params: { readonly id: Id; readonly data: SubscriptionWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<Subscription | null | boolean>;
    /** A typed, immutable query builder over findAllCustomers (its other params given here). */
    query(method: "findAllCustomers", params?: Record<string, never>): QueryBuilder<CustomerField, CustomerContain, Customer>;
    /** A typed, immutable query builder over findAllLists (its other params given here). */
    query(method: "findAllLists", params?: Record<string, never>): QueryBuilder<CustomerListField, CustomerListContain, CustomerList>;
    /** A typed, immutable query builder over findAllSubscriptions (its other params given here). */
    query(method: "findAllSubscriptions", params?: Record<string, never>): QueryBuilder<SubscriptionField, SubscriptionContain, Subscription>;
}
