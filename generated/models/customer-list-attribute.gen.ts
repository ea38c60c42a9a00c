// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/customer-list-attribute.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** CustomerListAttribute fields, named and valued as HasOffers sends them. */
export interface CustomerListAttributeFields {
    /** string, required on create */
    readonly attribute: string | null;
    /** integer, required on create */
    readonly customer_list_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
}

export type CustomerListAttributeField = keyof CustomerListAttributeFields & string;
export type CustomerListAttributeContain = never;
export type CustomerListAttributeWrite = { readonly [K in "attribute" | "customer_list_id"]?: FieldInput };

/** A CustomerListAttribute as HasOffers returns it, with its contained relations and methods. */
export interface CustomerListAttribute extends Model, CustomerListAttributeFields {
}

/** The CustomerListAttribute class (for instanceof), made by the runtime from the table. */
export const CustomerListAttribute: ModelClass<CustomerListAttribute> = modelClass<CustomerListAttribute>(MODEL_CLASSES, "CustomerListAttribute");
