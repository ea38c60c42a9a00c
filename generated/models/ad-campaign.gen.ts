// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/ad-campaign.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../src/runtime/types.js";
import type { BooleanFlag, DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../src/runtime/types.js";
import type { AdCampaignCreative } from "./ad-campaign-creative.gen.js";
import type { StatReport } from "./stat-report.gen.js";

/** AdCampaign fields, named and valued as HasOffers sends them. */
export interface AdCampaignFields {
    /** integer, nullable */
    readonly account_id: NumericString | null;
    /** boolean, nullable */
    readonly affiliate_access: BooleanFlag | null;
    /** boolean */
    readonly custom_weights: BooleanFlag | null;
    /** integer, nullable */
    readonly height: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** enum, required on create */
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
export type AdCampaignContain = "AdCampaignCreative" | "Stat";
export type AdCampaignWrite = { readonly [K in "account_id" | "affiliate_access" | "custom_weights" | "height" | "name" | "optimization" | "width"]?: FieldInput } & { readonly interface?: "affiliate" | "network"; readonly optimization_field?: "ctr" | "rpm" | "cr" | "rpc" | "profit"; readonly status?: "active" | "paused" | "deleted"; readonly type?: "text" | "banner" | "link" };

/** A AdCampaign as HasOffers returns it, with its contained relations and methods. */
export interface AdCampaign extends Model, AdCampaignFields {
    /** Present when asked for with contain: ['AdCampaignCreative']. */
    readonly adCampaignCreative?: AdCampaignCreative | AdCampaignCreative[] | null;
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: StatReport | StatReport[] | null;
}

/** The AdCampaign class (for instanceof), made by the runtime from the table. */
export const AdCampaign: ModelClass<AdCampaign> = modelClass<AdCampaign>(MODEL_CLASSES, "AdCampaign");
