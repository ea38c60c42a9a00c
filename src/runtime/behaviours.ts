import { InvalidArgumentError, TsoffersError } from '../errors.js';
import { assertId } from '../query/validate.js';
import { describeValue } from '../util/describe.js';
import { flattenParams } from '../wire/encode.js';
import type { ParamValue, Params, WirePair } from '../wire/params.js';
import { uploadOfferFile } from '../upload/offer-file.js';
import type { ApiContext, CallOptions } from './context.js';
import type { Model } from './model.js';
import type { ControllerSpec, MethodSpec, ResultKind } from '../table/spec.js';
import type { BehaviourName } from '../table/behaviour-names.js';
import { isPlainObject } from '../util/is-plain-object.js';
import { reportBuilder } from './report.js';

export interface CustomMethodScope {
  readonly context: ApiContext;
  readonly controller: ControllerSpec;
  readonly spec: MethodSpec;
  readonly manager: Record<string, unknown>;
  /** Sends this method with the given pairs and decodes as its spec says. */
  run(params: readonly WirePair[], options?: CallOptions): Promise<unknown>;
  /** Decodes an answer as the client decodes every answer. */
  decode(data: unknown, result: ResultKind, model: string): unknown;
  /** Checks the data of a standard create of `model` as `create` would, without sending anything. */
  checkCreate(model: string, data: unknown, argument: string): void;
}

/** A behaviour returns what the method returns: a promise, or (for `report`) a builder. */
export type Behaviour = (scope: CustomMethodScope, args: readonly unknown[]) => unknown;

/** Raised by `affiliates.createWithUser` when the affiliate was created but its user was not. */
export class PartialCreateError extends TsoffersError {
  override name = 'PartialCreateError';
  constructor(
    message: string,
    readonly created: Model,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

/**
 * The few behaviours the table cannot describe, declared in the schema as `behaviour: <name>`.
 * Typed by BEHAVIOUR_NAMES, so a declared behaviour without an implementation does not compile
 * (and codegen refuses a name that is not listed).
 */
export const BEHAVIOURS: Readonly<Record<BehaviourName, Behaviour>> = {
  /** (offerId, affiliateId, { tinyUrl, ...params }) → options[tiny_url], params[...]. */
  trackingLink: async (scope, [offerId, affiliateId, options = {}, callOptions]) => {
    assertId('offerId', offerId);
    assertId('affiliateId', affiliateId);
    if (!isPlainObject(options)) throw new InvalidArgumentError('options', `expected { tinyUrl?, ...params }, got ${describeValue(options)}.`);
    const { tinyUrl = false, ...params } = options;
    const pairs = flattenParams({
      offer_id: offerId as ParamValue,
      affiliate_id: affiliateId as ParamValue,
      options: { tiny_url: tinyUrl ? '1' : '0' },
      params: params as Params,
    });
    return scope.run(pairs, callOptions as CallOptions | undefined);
  },

  /** (file, { display, type, offer_id, … }, { signal, raw }): one streamed upload, never repeated. */
  upload: async (scope, [file, data, callOptions]) => {
    const options = (callOptions ?? {}) as CallOptions;
    if (!scope.context.upload) throw new InvalidArgumentError('client', 'this client was built without an upload channel; use HasOffersAPI (or createClient) to upload files.');
    const result = await uploadOfferFile(scope.context.upload, file, data, options.signal ? { signal: options.signal } : {});
    return scope.decode(result, options.raw ? 'raw' : scope.spec.result, scope.spec.model ?? scope.controller.model ?? scope.controller.target);
  },

  /** (userData, affiliateData): creates the affiliate, then its user; returns the affiliate. */
  createWithUser: async (scope, [userData, affiliateData, callOptions]) => {
    if (!isPlainObject(userData)) throw new InvalidArgumentError('userData', `expected the affiliate user's fields as an object, got ${describeValue(userData)}.`);
    // Refuse what would certainly fail *before* the affiliate exists: a user without a login would
    // leave an affiliate with no user behind (HasOffers answers "Email cannot be blank").
    const missing = ['email', 'password'].filter((field) => userData[field] === undefined || userData[field] === null || userData[field] === '');
    if (missing.length) {
      throw new InvalidArgumentError('userData', `the affiliate user needs ${missing.join(' and ')}; nothing was created. Example: { email: 'a@example.com', password: '…', password_confirmation: '…', first_name: 'A', last_name: 'B' }.`);
    }
    if (Object.prototype.hasOwnProperty.call(userData, 'affiliate_id')) {
      throw new InvalidArgumentError('userData.affiliate_id', 'leave it out: createWithUser sets it to the new affiliate\'s id; nothing was created.');
    }
    // The users manager's own checks (unknown, read-only or null fields), before the affiliate exists.
    const usersManager = 'affiliateUsers';
    const userModel = scope.context.table.controllers.find((controller) => controller.manager === usersManager)?.model ?? 'AffiliateUser';
    scope.checkCreate(userModel, { ...userData, affiliate_id: '0' }, 'userData');
    const create = scope.manager.create as (data: unknown, options?: unknown) => Promise<Model>;
    const affiliate = await create(affiliateData, callOptions);
    const users = scope.context.manager(usersManager);
    try {
      await (users.create as (data: unknown, options?: unknown) => Promise<unknown>)({ affiliate_id: String(affiliate.get('id')), ...userData }, callOptions);
    } catch (error) {
      throw new PartialCreateError(
        `Affiliate ${String(affiliate.get('id'))} was created, but creating its user failed: ${error instanceof Error ? error.message : String(error)}`,
        affiliate,
        error,
      );
    }
    return affiliate;
  },

  /** () → a typed, immutable report builder (src/query/report-builder.ts). */
  report: (scope, args) => {
    if (args.length) throw new InvalidArgumentError('arguments', `${scope.controller.manager}.${scope.spec.name}() takes no arguments: it returns a report builder (fields(), groupBy(), where()…).`);
    return reportBuilder(scope.context, scope.controller, scope.spec);
  },
};
