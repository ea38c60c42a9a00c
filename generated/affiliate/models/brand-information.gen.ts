// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/brand-information.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { Model, ModelClass } from "../../../src/runtime/types.js";

/** BrandInformation fields, named and valued as HasOffers sends them. */
export interface BrandInformationFields {
    /** string, required on create, read only */
    readonly company_address1: string | null;
    /** string, read only */
    readonly company_address2: string | null;
    /** string, required on create, read only */
    readonly company_city: string | null;
    /** string, required on create, read only */
    readonly company_country: string | null;
    /** string, required on create, read only */
    readonly company_name: string | null;
    /** string, required on create, read only */
    readonly company_phone: string | null;
    /** string, read only, nullable */
    readonly company_region: string | null;
    /** string, required on create, read only */
    readonly company_zipcode: string | null;
}

export type BrandInformationField = keyof BrandInformationFields & string;
export type BrandInformationContain = never;
export type BrandInformationWrite = Record<string, never>;

/** A BrandInformation as HasOffers returns it, with its contained relations and methods. */
export interface BrandInformation extends Model, BrandInformationFields {
}

/** The BrandInformation class (for instanceof), made by the runtime from the table. */
export const BrandInformation: ModelClass<BrandInformation> = modelClass<BrandInformation>(MODEL_CLASSES, "BrandInformation");
