import { inspect } from 'node:util';
import { API_TABLE, MODEL_CLASSES } from '../generated/index.js';
import type { ControllerManagers, GeneratedManagers } from '../generated/index.js';
import { API_TABLE as AFFILIATE_TABLE, MODEL_CLASSES as AFFILIATE_CLASSES } from '../generated/affiliate/index.js';
import type { ControllerManagers as AffiliateControllers, GeneratedManagers as AffiliateManagers } from '../generated/affiliate/index.js';
import { API_TABLE as ADVERTISER_TABLE, MODEL_CLASSES as ADVERTISER_CLASSES } from '../generated/advertiser/index.js';
import type { ControllerManagers as AdvertiserControllers, GeneratedManagers as AdvertiserManagers } from '../generated/advertiser/index.js';
import { ADVERTISER_PROFILE, AFFILIATE_PROFILE, NETWORK_PROFILE } from './profile.js';
import type { ApiProfile } from './profile.js';
import { applyRules } from './runtime/api-rules.js';
import { InvalidArgumentError } from './errors.js';
import type { ApiContext } from './runtime/context.js';
import type { CallRequest } from './transport/transport.js';
import { modelClasses } from './runtime/model-classes.js';
import { CallRunner, createManager } from './runtime/manager.js';
import type { LowLevelCallOptions } from './runtime/manager.js';
import type { ModelConstructor } from './runtime/model.js';
import type { ApiTable, ModelSpec } from './table/spec.js';
import type { Logger } from './transport/logger.js';
import { gatedLogger, stderrLogger } from './transport/logger.js';
import { nonNegative, parseTransportOptions, proxySecrets } from './transport/options.js';
import type { TransportClientOptions } from './transport/options.js';
import { makeRedactor, REDACTED } from './transport/redact.js';
import { suggestion } from './util/closest.js';
import { Transport } from './transport/transport.js';
import type { Params } from './wire/params.js';
import { flattenParams } from './wire/encode.js';
import { parseEndpoint } from './wire/request.js';
import type { Endpoint } from './wire/request.js';
import { RawLogs } from './rawlog/raw-logs.js';
import { createDownloader } from './rawlog/download.js';

/** What every client takes besides its credentials: the endpoint and the transport. */
export interface ClientOptions extends TransportClientOptions {
  /** `https://api.hasoffers.com/Apiv3/json`, or a network's own `https://<network>.api.hasoffers.com/Apiv3/json`. */
  readonly endpoint: string;
  /** Check TLS certificates (default true). `false` switches the check off for this client only. */
  readonly verify?: boolean;
  /** Retries after the first attempt (rate-limit answers; and failures of read-only calls). Default 3. */
  readonly retries?: number;
  /** Seconds between rate-limited attempts. Default 3. */
  readonly retryTimeout?: number;
  /** Milliseconds per attempt before it is abandoned. Default 60 000. */
  readonly timeout?: number;
  /** 0 silent, 1 info (one line per call), 2+ request parameters and raw responses. Tokens are always redacted. */
  readonly verbosity?: number;
  /** Milliseconds without data before a raw-log download is abandoned. Default 60 000. */
  readonly downloadIdleTimeout?: number;
  /** Where log lines go (default: stderr). */
  readonly logger?: Logger;
}

export interface HasOffersOptions extends ClientOptions {
  readonly networkToken: string;
  readonly networkId: string;
}

/** The Affiliate API's options (AffiliateAPI) and the Advertiser API's (AdvertiserAPI). */
export interface ApiKeyOptions extends ClientOptions {
  /** The affiliate's (or advertiser's) API key, sent as `api_key`. A secret, like a NetworkToken. */
  readonly apiKey: string;
  /** Sent as `NetworkId` when given (the shared endpoint https://api.hasoffers.com/Apiv3/json needs it). */
  readonly networkId?: string;
}

function requireString(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidArgumentError(name, `expected a non-empty string (for example from process.env.HASOFFERS_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}).`);
  }
  return value;
}

/**
 * The HasOffers Network API client. Managers (`api.offers`, `api.affiliates`…) come from the
 * generated table, one per schema file.
 */
class HasOffersAPIBase {
  readonly endpoint: string;
  readonly networkId: string;
  readonly verbosity: number;
  readonly #profile: ApiProfile;
  readonly #transport: Transport;
  readonly #context: ApiContext;
  readonly #runner: CallRunner;
  readonly #managers = new Map<string, Record<string, unknown>>();
  readonly #byTarget = new Map<string, Record<string, unknown>>();
  readonly #logger: Logger;
  /** Raw click/conversion/impression logs (`api.rawLogs.clicks.listDateDirs()`…), streamed. */
  readonly rawLogs: RawLogs;

  constructor(options: ClientOptions, table: ApiTable = API_TABLE, classes: Readonly<Record<string, ModelConstructor>> = table === API_TABLE ? MODEL_CLASSES : modelClasses(table), profile: ApiProfile = NETWORK_PROFILE) {
    this.#profile = profile;
    if (options === null || typeof options !== 'object') throw new InvalidArgumentError('options', `expected { endpoint, ${profile.credentials.map((credential) => `${credential.option}${credential.required ? '' : '?'}`).join(', ')} }.`);
    const endpoint = requireString('endpoint', options.endpoint);
    let endpointParts: Endpoint;
    try {
      const url = new URL(endpoint);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
      endpointParts = parseEndpoint(endpoint);
    } catch {
      // Without anything that looks like user:password@ (an endpoint may carry credentials).
      throw new InvalidArgumentError('endpoint', `expected an http(s) URL like https://api.hasoffers.com/Apiv3/json, got "${endpoint.replace(/\/\/[^/@]*@/, '//***@')}".`);
    }
    // The profile's credentials, in its order: the required ones checked, the optional ones sent when given.
    const given = options as unknown as Readonly<Record<string, unknown>>;
    const credentials: (readonly [string, string])[] = [];
    const secrets: string[] = [];
    let networkId: string | undefined;
    for (const credential of profile.credentials) {
      const raw = given[credential.option];
      if (!credential.required && (raw === undefined || raw === null || raw === '')) continue;
      const value = requireString(credential.option, raw);
      credentials.push([credential.wire, value]);
      if (credential.secret) secrets.push(value);
      if (credential.option === 'networkId') networkId = value;
    }
    // The endpoint as shown (messages, toJSON, inspect): without its password.
    this.endpoint = endpointParts.display;
    this.networkId = networkId as string;
    this.verbosity = nonNegative('verbosity', options.verbosity, 0);
    const transportOptions = parseTransportOptions(options);
    const redact = makeRedactor([...secrets, ...proxySecrets(transportOptions.proxy), ...endpointParts.secrets]);
    this.#logger = gatedLogger(options.logger ?? stderrLogger, this.verbosity, redact);
    this.#transport = new Transport({
      endpoint,
      credentials,
      refuse: profile.neverSends,
      verify: options.verify ?? true,
      ...transportOptions,
      logger: this.#logger,
      redact,
      logBodies: this.verbosity >= 2,
    });
    const transport = this.#transport;
    const managers = this.#managers;
    const specs = new Map<string, ModelSpec>(table.models.map((spec) => [spec.name, spec]));
    // The primary key of the model each Target.Method reads, for the profile's `fields` rule.
    const keys = new Map<string, readonly string[]>();
    for (const controller of table.controllers) {
      for (const method of controller.methods) {
        const model = method.model ?? controller.model;
        keys.set(`${method.target ?? controller.target}.${method.method}`, (model && specs.get(model)?.key) || []);
      }
    }
    const rules = profile.rules;
    this.#context = {
      table,
      targetPrefix: profile.targetPrefix,
      async send(given: CallRequest) {
        // A target named without the profile's prefix (`Offer` on the Affiliate API) is this API's
        // own: never a Network API target, which would receive the api_key.
        const call = profile.targetPrefix && !given.target.startsWith(profile.targetPrefix) ? { ...given, target: `${profile.targetPrefix}${given.target}` } : given;
        const request = applyRules(rules, call, keys.get(`${call.target}.${call.method}`) ?? []);
        // The pipeline has read the envelope and raised its errors.
        return (await transport.send(request)).data;
      },
      manager(name: string) {
        const manager = managers.get(name);
        if (!manager) throw new InvalidArgumentError('manager', `no manager "${name}"; known: ${[...managers.keys()].join(', ')}.`);
        return manager;
      },
      modelClass: (name) => (Object.prototype.hasOwnProperty.call(classes, name) ? classes[name] : undefined),
      modelSpec: (name) => specs.get(name),
      upload: { send: (call) => transport.upload(call), logger: this.#logger },
      download: (url, options) => download(url, options),
    };
    this.#runner = new CallRunner(this.#context);
    for (const controller of table.controllers) {
      const manager = createManager(this.#context, this.#runner, controller);
      managers.set(controller.manager, manager);
      this.#byTarget.set(controller.target, manager);
      // controller('Affiliate_Offer') and controller('Offer') are the same manager.
      if (profile.targetPrefix && controller.target.startsWith(profile.targetPrefix)) this.#byTarget.set(controller.target.slice(profile.targetPrefix.length), manager);
      Object.defineProperty(this, controller.manager, { value: manager, enumerable: true });
    }
    const context = this.#context;
    const download = createDownloader({
      pipeline: transport.pipeline,
      retries: transportOptions.retries,
      timeout: transportOptions.timeout,
      idleTimeout: transportOptions.downloadIdleTimeout,
    });
    this.rawLogs = new RawLogs({
      call: (method, params, callOptions) => {
        // Raw logs are the network's: the Affiliate and Advertiser APIs have none.
        if (profile !== NETWORK_PROFILE) return Promise.reject(new InvalidArgumentError('rawLogs', `${profile.label} has no raw logs: they belong to the Network API (HasOffersAPI).`));
        return context.send({ target: 'RawLog', method, params: flattenParams(params), safe: true, signal: callOptions?.signal });
      },
      download,
      bodyRetries: transportOptions.retries,
    });
  }

  /** A low-level call to any controller and method (pyoffers' `api._call`). */
  call(target: string, method: string, params: Params = {}, options: LowLevelCallOptions = {}): Promise<unknown> {
    const prefix = this.#profile.targetPrefix;
    // `aff.call('Offer', …)` is Affiliate_Offer, as `aff.controller('Offer')` is.
    return this.#runner.call(prefix && typeof target === 'string' && target && !target.startsWith(prefix) ? `${prefix}${target}` : target, method, params, options);
  }

  /**
   * The manager of a HasOffers Target (`api.controller('OfferPixel')` is `api.offerPixels`), typed
   * by the literal.
   */
  controller<T extends keyof ControllerManagers>(target: T): ControllerManagers[T];
  controller(target: string): unknown;
  controller(target: string): unknown {
    const manager = typeof target === 'string' ? this.#byTarget.get(target) : undefined;
    if (!manager) throw new InvalidArgumentError('target', `no controller "${String(target)}" in this client's table.${typeof target === 'string' ? suggestion(target, this.#byTarget.keys()) : ''} For a controller the table lacks use api.call(target, method, params).`);
    return manager;
  }

  /** Closes the client's connections. Optional: idle connections close by themselves. */
  close(): Promise<void> {
    return this.#transport.close();
  }

  /** The API this client speaks (its Target prefix, credentials and rules). */
  get profile(): ApiProfile {
    return this.#profile;
  }

  toString(): string {
    return `${this.#profile.label}: ${REDACTED} / ${this.networkId ?? ''}`;
  }

  toJSON(): Record<string, unknown> {
    const secrets = Object.fromEntries(this.#profile.credentials.filter((credential) => credential.secret).map((credential) => [credential.option, REDACTED]));
    return { endpoint: this.endpoint, ...(this.networkId === undefined ? {} : { networkId: this.networkId }), ...secrets };
  }

  [inspect.custom](): string {
    return `<${this.toString()}>`;
  }
}

/**
 * A client over another generated API (for example one generated from a schema folder of your
 * own): `createClient<GeneratedManagers>(options, { API_TABLE, MODEL_CLASSES })`.
 */
export function createClient<Managers>(
  options: HasOffersOptions | ApiKeyOptions,
  generated: { readonly API_TABLE: ApiTable; readonly MODEL_CLASSES?: Readonly<Record<string, ModelConstructor>> },
  /** The API the table is of (its credentials, Target prefix, rules): the network's by default. */
  profile: ApiProfile = NETWORK_PROFILE,
): HasOffersAPIBase & Managers {
  return new HasOffersAPIBase(options, generated.API_TABLE, generated.MODEL_CLASSES ?? modelClasses(generated.API_TABLE), profile) as HasOffersAPIBase & Managers;
}

/** The client: the base methods plus one manager per schema file. */
export type HasOffersAPI = HasOffersAPIBase & GeneratedManagers;
export const HasOffersAPI = HasOffersAPIBase as unknown as {
  new (options: HasOffersOptions): HasOffersAPI;
  readonly prototype: HasOffersAPI;
};

/** A client of an API that authenticates with an api_key: its managers, and controller() typed by its Targets. */
type ApiKeyClient<Managers, Controllers> = Omit<HasOffersAPIBase, 'controller' | 'networkId' | 'rawLogs'> &
  Managers & {
    readonly networkId: string | undefined;
    /** The manager of one of the API's Targets, with or without its prefix (`'Affiliate_Offer'` or `'Offer'`). */
    controller<T extends keyof Controllers>(target: T): Controllers[T];
    controller(target: string): unknown;
  };

/** The class of an api_key client over one table and profile. */
function apiKeyClient<Client>(name: string, table: ApiTable, classes: Readonly<Record<string, ModelConstructor>>, profile: ApiProfile): { new (options: ApiKeyOptions): Client; readonly prototype: Client } {
  const made = class extends HasOffersAPIBase {
    constructor(options: ApiKeyOptions) {
      super(options, table, classes, profile);
    }
  };
  Object.defineProperty(made, 'name', { value: name });
  return made as unknown as { new (options: ApiKeyOptions): Client; readonly prototype: Client };
}

/** An Affiliate API client: `aff.offers.findMyOffers()`, `aff.reports.getStats()`, `aff.controller('Offer')`. */
export type AffiliateAPI = ApiKeyClient<AffiliateManagers, AffiliateControllers>;
export const AffiliateAPI = apiKeyClient<AffiliateAPI>('AffiliateAPI', AFFILIATE_TABLE, AFFILIATE_CLASSES, AFFILIATE_PROFILE);

/** An Advertiser API client: `adv.reports.getStats()`, `adv.reports.getConversions()`. */
export type AdvertiserAPI = ApiKeyClient<AdvertiserManagers, AdvertiserControllers>;
export const AdvertiserAPI = apiKeyClient<AdvertiserAPI>('AdvertiserAPI', ADVERTISER_TABLE, ADVERTISER_CLASSES, ADVERTISER_PROFILE);

/**
 * The table each API's client is built from, by profile name (`network`, `affiliate`,
 * `advertiser`): what the CLI lists managers, fields and relations from before any client exists.
 */
export const API_TABLES: Readonly<Record<string, ApiTable>> = Object.freeze({
  [NETWORK_PROFILE.name]: API_TABLE,
  [AFFILIATE_PROFILE.name]: AFFILIATE_TABLE,
  [ADVERTISER_PROFILE.name]: ADVERTISER_TABLE,
});
