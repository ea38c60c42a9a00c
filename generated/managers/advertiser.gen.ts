// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/advertiser.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, FilterInput, FindAllIdsOptions, FindAllOptions, FindByIdOptions, Id, LowLevelCall, ParamValue, Params, QueryBuilder } from "../../src/runtime/types.js";
import type { AdvertiserMetaWrite } from "../models/advertiser-meta.gen.js";
import type { AdvertiserUserWrite } from "../models/advertiser-user.gen.js";
import type { Advertiser, AdvertiserContain, AdvertiserField, AdvertiserWrite } from "../models/advertiser.gen.js";
import type { SignupAnswer, SignupAnswerWrite } from "../models/signup-answer.gen.js";
import type { SignupQuestionWrite } from "../models/signup-question.gen.js";

/** The Advertiser controller (`api.advertisers`, `api.controller('Advertiser')`). */
export interface AdvertiserManager {
    /** A low-level call to any Advertiser method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Advertiser.addAccountNote (write: never repeated after an unknown outcome). */
    addAccountNote(params: { readonly id: Id; readonly note: string }, options?: CallOptions): Promise<number>;
    /** HasOffers Advertiser.block (write: never repeated after an unknown outcome). */
    block(id: Id, reason?: string, options?: CallOptions): Promise<boolean>;
    /** HasOffers Advertiser.blockAffiliate (write: never repeated after an unknown outcome). */
    blockAffiliate(params: { readonly id: Id; readonly affiliate_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Advertiser.create (write: never repeated after an unknown outcome). */
    create(data: AdvertiserWrite, options?: CallOptions): Promise<Advertiser>;
    /** HasOffers Advertiser.createSignupQuestion (write: never repeated after an unknown outcome). */
    createSignupQuestion(params: { readonly data: SignupQuestionWrite }, options?: CallOptions): Promise<number>;
    /** HasOffers Advertiser.createSignupQuestionAnswer (write: never repeated after an unknown outcome). */
    createSignupQuestionAnswer(params: { readonly id: Id; readonly data: SignupAnswerWrite }, options?: CallOptions): Promise<SignupAnswer | null>;
    /** HasOffers Advertiser.findAll (read: retried on failure). */
    findAll(query?: FindAllOptions<AdvertiserField, AdvertiserContain>, options?: CallOptions): Promise<Advertiser[]>;
    /** HasOffers Advertiser.findAllByIds (read: retried on failure). */
    findAllByIds(params: { readonly ids: readonly Id[]; readonly fields?: readonly AdvertiserField[]; readonly contain?: readonly AdvertiserContain[] }, options?: CallOptions): Promise<Advertiser[]>;
    /** HasOffers Advertiser.findAllIds (read: retried on failure). */
    findAllIds(query?: FindAllIdsOptions<AdvertiserField>, options?: CallOptions): Promise<string[]>;
    /** HasOffers Advertiser.findAllIdsByAccountManagerId (read: retried on failure). */
    findAllIdsByAccountManagerId(params: { readonly employee_id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.findAllOptimizerExcludedAdvertisers (read: retried on failure; parameters not documented, sent as given). */
    findAllOptimizerExcludedAdvertisers(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.findAllPendingUnassignedAdvertiserIds (read: retried on failure). */
    findAllPendingUnassignedAdvertiserIds(params?: { readonly manager_id?: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.findAllPendingUnassignedAdvertisers (read: retried on failure). */
    findAllPendingUnassignedAdvertisers(params?: { readonly employee_id?: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.findById (read: retried on failure). */
    findById(id: Id, query?: FindByIdOptions<AdvertiserField, AdvertiserContain>, options?: CallOptions): Promise<Advertiser | null>;
    /** HasOffers Advertiser.getAccountBalance (read: retried on failure). */
    getAccountBalance(params: { readonly id: Id }, options?: CallOptions): Promise<number>;
    /** HasOffers Advertiser.getAccountManager (read: retried on failure). */
    getAccountManager(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.getAccountNotes (read: retried on failure). */
    getAccountNotes(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.getBlockedAffiliateIds (read: retried on failure). */
    getBlockedAffiliateIds(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.getBlockedReasons (read: retried on failure). */
    getBlockedReasons(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.getCreatorUser (read: retried on failure). */
    getCreatorUser(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.getOverview (read: retried on failure). */
    getOverview(params?: { readonly advertiser_ids?: readonly ParamValue[]; readonly filters?: FilterInput<AdvertiserField>; readonly employee_id?: Id }, options?: CallOptions): Promise<Advertiser[]>;
    /** HasOffers Advertiser.getOwnersAdvertiserAccountId (read: retried on failure). */
    getOwnersAdvertiserAccountId(params?: Record<string, never>, options?: CallOptions): Promise<number>;
    /** HasOffers Advertiser.getSignupAnswers (read: retried on failure). */
    getSignupAnswers(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.getSignupQuestions (read: retried on failure). */
    getSignupQuestions(params?: { readonly status?: "active" | "paused" | "deleted" }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.getUnblockedAffiliateIds (read: retried on failure). */
    getUnblockedAffiliateIds(params: { readonly id: Id }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.signup (write: never repeated after an unknown outcome). */
    signup(params: { readonly account: AdvertiserWrite; readonly user?: AdvertiserUserWrite; readonly meta?: AdvertiserMetaWrite; readonly return_object?: boolean }, options?: CallOptions): Promise<Advertiser | string>;
    /** HasOffers Advertiser.unblockAffiliate (write: never repeated after an unknown outcome). */
    unblockAffiliate(params: { readonly id: Id; readonly affiliate_id: Id }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Advertiser.update (write: never repeated after an unknown outcome). */
    update(id: Id, data: AdvertiserWrite, options?: CallOptions): Promise<Advertiser>;
    /** HasOffers Advertiser.updateAccountNote (write: never repeated after an unknown outcome). */
    updateAccountNote(params: { readonly account_note_id: Id; readonly note: string }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Advertiser.updateField (write: never repeated after an unknown outcome). */
    updateField(params: { readonly id: Id; readonly field: AdvertiserField; readonly value: ParamValue; readonly return_object?: boolean }, options?: CallOptions): Promise<unknown>;
    /** HasOffers Advertiser.updateSignupQuestion (write: never repeated after an unknown outcome). */
    updateSignupQuestion(params: { readonly question_id: Id; readonly data: SignupQuestionWrite }, options?: CallOptions): Promise<boolean>;
    /** HasOffers Advertiser.updateSignupQuestionAnswer (write: never repeated after an unknown outcome). */
    updateSignupQuestionAnswer(params: { readonly answer_id: Id; readonly data: SignupAnswerWrite }, options?: CallOptions): Promise<boolean>;
    /** A typed, immutable query builder over getOverview (its other params given here). */
    query(method: "getOverview", params?: { readonly advertiser_ids?: readonly ParamValue[]; readonly employee_id?: Id }): QueryBuilder<AdvertiserField, AdvertiserContain, Advertiser>;
    /** A typed, immutable query builder over findAll. */
    query(): QueryBuilder<AdvertiserField, AdvertiserContain, Advertiser>;
}
