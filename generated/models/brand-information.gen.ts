// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/brand-information.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass } from "../../src/runtime/types.js";

/** BrandInformation fields, named and valued as HasOffers sends them. */
export interface BrandInformationFields {
    /** string, required on create */
    readonly company_address1: string | null;
    /** string */
    readonly company_address2: string | null;
    /** string, required on create */
    readonly company_city: string | null;
    /** string, required on create */
    readonly company_country: string | null;
    /** string, required on create */
    readonly company_name: string | null;
    /** string, required on create */
    readonly company_phone: string | null;
    /** string */
    readonly company_region: string | null;
    /** string, required on create */
    readonly company_zipcode: string | null;
    /** integer, key, named by the 2013 reference only: may be absent */
    readonly brand_id?: string;
    /** string, named by the 2013 reference only: may be absent */
    readonly valid_to?: string | null;
    /** string, read only, named by the 2013 reference only: may be absent */
    readonly valid_from?: string | null;
}

export type BrandInformationField = keyof BrandInformationFields & string;
export type BrandInformationContain = never;
export type BrandInformationWrite = { readonly [K in "company_address1" | "company_address2" | "company_city" | "company_country" | "company_name" | "company_phone" | "company_region" | "company_zipcode" | "valid_to"]?: FieldInput };

/** A BrandInformation as HasOffers returns it, with its contained relations and methods. */
export interface BrandInformation extends Model, BrandInformationFields {
}

/** The BrandInformation class (for instanceof), made by the runtime from the table. */
export const BrandInformation: ModelClass<BrandInformation> = modelClass<BrandInformation>(MODEL_CLASSES, "BrandInformation");
