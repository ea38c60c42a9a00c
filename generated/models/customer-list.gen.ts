// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/customer-list.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass } from "../../src/runtime/types.js";
import type { CustomerListAttribute } from "./customer-list-attribute.gen.js";

/** CustomerList fields, named and valued as HasOffers sends them. */
export interface CustomerListFields {
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string, required on create */
    readonly name: string | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
}

export type CustomerListField = keyof CustomerListFields & string;
export type CustomerListContain = "CustomerListAttribute";
export type CustomerListWrite = { readonly [K in "name"]?: FieldInput } & { readonly status?: "active" | "deleted" };

/** A CustomerList as HasOffers returns it, with its contained relations and methods. */
export interface CustomerList extends Model, CustomerListFields {
    /** Present when asked for with contain: ['CustomerListAttribute']. */
    readonly customerListAttribute?: CustomerListAttribute | CustomerListAttribute[] | null;
}

/** The CustomerList class (for instanceof), made by the runtime from the table. */
export const CustomerList: ModelClass<CustomerList> = modelClass<CustomerList>(MODEL_CLASSES, "CustomerList");
