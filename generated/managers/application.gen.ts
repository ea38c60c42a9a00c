// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/application.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FindAllOptions, Id, LowLevelCall, Params } from "../../src/runtime/types.js";
import type { OfferCategory, OfferCategoryContain, OfferCategoryField } from "../models/application.gen.js";

/** The Application controller (`api.application`). */
export interface ApplicationManager {
    /** A low-level call to any Application method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Application.findAllOfferCategories (read: retried on failure). */
    findAllOfferCategories(query?: FindAllOptions<OfferCategoryField, OfferCategoryContain>, options?: CallOptions): Promise<OfferCategory[]>;
    /** HasOffers Application.findAllOfferCategoryOfferIds (read: retried on failure). */
    findAllOfferCategoryOfferIds(id: Id, options?: CallOptions): Promise<string[]>;
    /** HasOffers Application.updateOfferCategory (write: never repeated after an unknown outcome). */
    updateOfferCategory(id: Id, data: Params, options?: CallOptions): Promise<boolean>;
}
