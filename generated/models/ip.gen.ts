// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/ip.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";

/** Ip fields, named and valued as HasOffers sends them. */
export interface IpFields {
    /** integer, key */
    readonly id: string;
    /** integer, required on create */
    readonly brand_id: NumericString | null;
    /** string, required on create */
    readonly ip_address: string | null;
    /** datetime */
    readonly datetime: DateTimeString | null;
}

export type IpField = keyof IpFields & string;
export type IpContain = never;
export type IpWrite = { readonly [K in "brand_id" | "ip_address" | "datetime"]?: FieldInput };

/** A Ip as HasOffers returns it, with its contained relations and methods. */
export interface Ip extends Model, IpFields {
}

/** The Ip class (for instanceof), made by the runtime from the table. */
export const Ip: ModelClass<Ip> = modelClass<Ip>(MODEL_CLASSES, "Ip");
