// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/application.yaml.
// Change the YAML under schema/ and run the command again.

import { Model } from "../../src/runtime/model.js";
import type { CallOptions, DateTimeString, FieldInput, Params } from "../../src/runtime/types.js";

/** Application fields, named and valued as HasOffers sends them. */
export interface ApplicationFields {
    /** integer, primary key */
    readonly id: string;
}

export type ApplicationField = keyof ApplicationFields & string;
export type ApplicationContain = never;
export type ApplicationWrite = Record<string, never>;

/** A Application as HasOffers returns it, with its contained relations and methods. */
export interface Application extends ApplicationFields {
}

export class Application extends Model {
    static override readonly modelName = "Application";
}

/** OfferCategory fields, named and valued as HasOffers sends them. */
export interface OfferCategoryFields {
    /** integer, primary key */
    readonly id: string;
    /** string, required on create */
    readonly name: string | null;
    /** enum */
    readonly status: "active" | "deleted" | null;
    /** datetime */
    readonly date_updated: DateTimeString | null;
    /** datetime, read only */
    readonly date_created: DateTimeString | null;
    /** string */
    readonly offer_count: string | null;
}

export type OfferCategoryField = keyof OfferCategoryFields & string;
export type OfferCategoryContain = never;
export type OfferCategoryWrite = { readonly [K in "name" | "date_updated" | "offer_count"]?: FieldInput } & { readonly status?: "active" | "deleted" };

/** A OfferCategory as HasOffers returns it, with its contained relations and methods. */
export interface OfferCategory extends OfferCategoryFields {
    /** Application.updateOfferCategory with this OfferCategory's id as id. */
    update(data: Params, options?: CallOptions): Promise<boolean>;
}

export class OfferCategory extends Model {
    static override readonly modelName = "OfferCategory";
}
