// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/models/ad-campaign-creative.yaml.
// Change the YAML under schema/ and run the command again.

import { MODEL_CLASSES } from "../classes.gen.js";
import { modelClass } from "../../../src/runtime/types.js";
import type { DateTimeString, FieldInput, Model, ModelClass, NumericString } from "../../../src/runtime/types.js";
import type { AdCampaign } from "./ad-campaign.gen.js";
import type { OfferFile } from "./offer-file.gen.js";
import type { OfferUrl } from "./offer-url.gen.js";
import type { Offer } from "./offer.gen.js";
import type { StatReport } from "./stat-report.gen.js";

/** AdCampaignCreative fields, named and valued as HasOffers sends them. */
export interface AdCampaignCreativeFields {
    /** integer, required on create */
    readonly ad_campaign_id: NumericString | null;
    /** decimal, nullable */
    readonly custom_weight: NumericString | null;
    /** integer, key, read only */
    readonly id: string;
    /** datetime, read only */
    readonly modified: DateTimeString | null;
    /** integer, nullable */
    readonly offer_file_id: NumericString | null;
    /** integer, nullable */
    readonly offer_id: NumericString | null;
    /** integer */
    readonly offer_url_id: NumericString | null;
    /** enum */
    readonly status: "active" | "paused" | "deleted" | null;
    /** integer, read only, nullable */
    readonly weight: NumericString | null;
}

export type AdCampaignCreativeField = keyof AdCampaignCreativeFields & string;
export type AdCampaignCreativeContain = "AdCampaign" | "OfferFile" | "OfferUrl" | "Offer" | "Stat";
export type AdCampaignCreativeWrite = { readonly [K in "ad_campaign_id" | "custom_weight" | "offer_file_id" | "offer_id" | "offer_url_id"]?: FieldInput } & { readonly status?: "active" | "paused" | "deleted" };

/** A AdCampaignCreative as HasOffers returns it, with its contained relations and methods. */
export interface AdCampaignCreative extends Model, AdCampaignCreativeFields {
    /** Present when asked for with contain: ['AdCampaign']. */
    readonly adCampaign?: AdCampaign | null;
    /** Present when asked for with contain: ['OfferFile']. */
    readonly offerFile?: OfferFile | null;
    /** Present when asked for with contain: ['OfferUrl']. */
    readonly offerUrl?: OfferUrl | null;
    /** Present when asked for with contain: ['Offer']. */
    readonly offer?: Offer | null;
    /** Present when asked for with contain: ['Stat']. */
    readonly stat?: StatReport | StatReport[] | null;
}

/** The AdCampaignCreative class (for instanceof), made by the runtime from the table. */
export const AdCampaignCreative: ModelClass<AdCampaignCreative> = modelClass<AdCampaignCreative>(MODEL_CLASSES, "AdCampaignCreative");
