// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/customer.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { CustomerAttribute } from "./customer-attribute.gen.js";
import type { CustomerListAttribute } from "./customer-list-attribute.gen.js";
import type { CustomerList } from "./customer-list.gen.js";

/** Customer fields, named and valued as HasOffers sends them. */
export interface CustomerFields {
    /** integer, required on create */
    readonly customer_list_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** string, required on create */
    readonly provided_id: string | null;
}

export type CustomerField = keyof CustomerFields & string;
export type CustomerContain = "CustomerList" | "CustomerAttribute" | "CustomerListAttribute";
export type CustomerWrite = { readonly [K in "customer_list_id" | "provided_id"]?: FieldInput };

/** A Customer as HasOffers returns it, with its contained relations and methods. */
export interface Customer extends Model, CustomerFields {
    /** Present when asked for with contain: ['CustomerList']. */
    readonly customerList?: CustomerList | null;
    /** Present when asked for with contain: ['CustomerAttribute']. */
    readonly customerAttribute?: CustomerAttribute | CustomerAttribute[] | null;
    /** Present when asked for with contain: ['CustomerListAttribute']. */
    readonly customerListAttribute?: CustomerListAttribute | CustomerListAttribute[] | null;
}

/** The Customer class (for instanceof), made by the runtime from the table. */
export const Customer: ModelClass<Customer> = modelClass<Customer>(MODEL_CLASSES, "Customer");
