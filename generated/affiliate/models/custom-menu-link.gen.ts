// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/custom-menu-link.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** CustomMenuLink fields, named and valued as HasOffers sends them. */
export interface CustomMenuLinkFields {
    /** integer, required on create */
    readonly custom_page_id: NumericString | null;
    /** string */
    readonly external_url: string | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum, required on create */
    readonly interface: "affiliate" | "advertiser" | "employee" | null;
    /** enum, required on create */
    readonly location: "internal" | "external" | null;
    /** enum, required on create */
    readonly placement: "top" | "bottom" | null;
    /** integer, nullable */
    readonly position: NumericString | null;
    /** enum, required on create */
    readonly tab: "account" | "ad_manager" | "offers" | "snapshot" | "stats" | "support" | "reports" | "affiliates" | "advertisers" | "company" | null;
    /** string, required on create */
    readonly title: string | null;
    /** enum, required on create */
    readonly type: "link" | "tab" | null;
}

export type CustomMenuLinkField = keyof CustomMenuLinkFields & string;
export type CustomMenuLinkContain = never;
export type CustomMenuLinkWrite = { readonly [K in "custom_page_id" | "external_url" | "position" | "title"]?: FieldInput } & { readonly interface?: "affiliate" | "advertiser" | "employee"; readonly location?: "internal" | "external"; readonly placement?: "top" | "bottom"; readonly tab?: "account" | "ad_manager" | "offers" | "snapshot" | "stats" | "support" | "reports" | "affiliates" | "advertisers" | "company"; readonly type?: "link" | "tab" };

/** A CustomMenuLink as HasOffers returns it, with its contained relations and methods. */
export interface CustomMenuLink extends Model, CustomMenuLinkFields {
}

/** The CustomMenuLink class (for instanceof), made by the runtime from the table. */
export const CustomMenuLink: ModelClass<CustomMenuLink> = modelClass<CustomMenuLink>(MODEL_CLASSES, "CustomMenuLink");
