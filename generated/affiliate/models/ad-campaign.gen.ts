// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/models/ad-campaign.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";

/** AdCampaign fields, named and valued as HasOffers sends them. */
export interface AdCampaignFields {
    /** integer, read only, nullable */
    readonly account_id: NumericString | null;
    /** boolean */
    readonly custom_weights: BooleanFlag | null;
    /** integer, nullable */
    readonly height: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum, required on create, read only */
    readonly interface: "affiliate" | "network" | null;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** string, required on create */
    readonly name: string | null;
    /** boolean */
    readonly optimization: BooleanFlag | null;
    /** enum */
    readonly optimization_field: "ctr" | "rpm" | "cr" | "rpc" | "profit" | null;
    /** enum */
    readonly status: "active" | "paused" | "deleted" | null;
    /** enum, required on create */
    readonly type: "text" | "banner" | "link" | null;
    /** integer, nullable */
    readonly width: NumericString | null;
}

export type AdCampaignField = keyof AdCampaignFields & string;
export type AdCampaignContain = never;
export type AdCampaignWrite = { readonly [K in "custom_weights" | "height" | "name" | "optimization" | "width"]?: FieldInput } & { readonly optimization_field?: "ctr" | "rpm" | "cr" | "rpc" | "profit"; readonly status?: "active" | "paused" | "deleted"; readonly type?: "text" | "banner" | "link" };

/** A AdCampaign as HasOffers returns it, with its contained relations and methods. */
export interface AdCampaign extends Model, AdCampaignFields {
}

/** The AdCampaign class (for instanceof), made by the runtime from the table. */
export const AdCampaign: ModelClass<AdCampaign> = modelClass<AdCampaign>(MODEL_CLASSES, "AdCampaign");
