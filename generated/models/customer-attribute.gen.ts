// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/customer-attribute.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** CustomerAttribute fields, named and valued as HasOffers sends them. */
export interface CustomerAttributeFields {
    /** integer, required on create */
    readonly customer_id: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string, required on create */
    readonly name: string | null;
    /** string */
    readonly value: string | null;
}

export type CustomerAttributeField = keyof CustomerAttributeFields & string;
export type CustomerAttributeContain = never;
export type CustomerAttributeWrite = { readonly [K in "customer_id" | "name" | "value"]?: FieldInput };

/** A CustomerAttribute as HasOffers returns it, with its contained relations and methods. */
export interface CustomerAttribute extends Model, CustomerAttributeFields {
}

/** The CustomerAttribute class (for instanceof), made by the runtime from the table. */
export const CustomerAttribute: ModelClass<CustomerAttribute> = modelClass<CustomerAttribute>(MODEL_CLASSES, "CustomerAttribute");
