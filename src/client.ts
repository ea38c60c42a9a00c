import { inspect } from 'node:util';
import { API_TABLE, MODEL_CLASSES } from '../generated/index.js';
import type { ControllerManagers, GeneratedManagers } from '../generated/index.js';
import { InvalidArgumentError } from './errors.js';
import { checkErrors } from './response/envelope.js';
import type { ApiContext, CallRequest } from './runtime/context.js';
import { modelClasses } from './runtime/model-classes.js';
import { CallRunner, createManager } from './runtime/manager.js';
import type { LowLevelCallOptions } from './runtime/manager.js';
import type { ModelConstructor } from './runtime/model.js';
import type { ApiTable, ModelSpec } from './runtime/spec.js';
import type { Logger } from './transport/logger.js';
import { gatedLogger, stderrLogger } from './transport/logger.js';
import { parseTransportOptions, proxySecrets } from './transport/options.js';
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

export interface HasOffersOptions extends TransportClientOptions {
  /** `https://api.hasoffers.com/Apiv3/json`, or a network's own `https://<network>.api.hasoffers.com/Apiv3/json`. */
  readonly endpoint: string;
  readonly networkToken: string;
  readonly networkId: string;
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

function requireString(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidArgumentError(name, `expected a non-empty string (for example from process.env.HASOFFERS_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}).`);
  }
  return value;
}

function nonNegative(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new InvalidArgumentError(name, `expected a number ≥ 0, got ${String(value)}.`);
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
  readonly #transport: Transport;
  readonly #context: ApiContext;
  readonly #runner: CallRunner;
  readonly #managers = new Map<string, Record<string, unknown>>();
  readonly #byTarget = new Map<string, Record<string, unknown>>();
  readonly #logger: Logger;
  /** Raw click/conversion/impression logs (`api.rawLogs.clicks.listDateDirs()`…), streamed. */
  readonly rawLogs: RawLogs;

  constructor(options: HasOffersOptions, table: ApiTable = API_TABLE, classes: Readonly<Record<string, ModelConstructor>> = table === API_TABLE ? MODEL_CLASSES : modelClasses(table)) {
    if (options === null || typeof options !== 'object') throw new InvalidArgumentError('options', 'expected { endpoint, networkToken, networkId }.');
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
    const networkToken = requireString('networkToken', options.networkToken);
    // The endpoint as shown (messages, toJSON, inspect): without its password.
    this.endpoint = endpointParts.display;
    this.networkId = requireString('networkId', options.networkId);
    this.verbosity = nonNegative('verbosity', options.verbosity, 0);
    const transportOptions = parseTransportOptions(options);
    const redact = makeRedactor([networkToken, ...proxySecrets(transportOptions.proxy), ...endpointParts.secrets]);
    this.#logger = gatedLogger(options.logger ?? stderrLogger, this.verbosity, redact);
    this.#transport = new Transport({
      endpoint,
      networkToken,
      networkId: this.networkId,
      verify: options.verify ?? true,
      retries: nonNegative('retries', options.retries, 3),
      retryTimeout: nonNegative('retryTimeout', options.retryTimeout, 3),
      ...transportOptions,
      logger: this.#logger,
      redact,
      logBodies: this.verbosity >= 2,
    });
    const transport = this.#transport;
    const managers = this.#managers;
    const specs = new Map<string, ModelSpec>(table.models.map((spec) => [spec.name, spec]));
    this.#context = {
      table,
      async send(request: CallRequest) {
        const envelope = await transport.send(request);
        checkErrors(envelope, request.target, request.method);
        return envelope.data;
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
      Object.defineProperty(this, controller.manager, { value: manager, enumerable: true });
    }
    const context = this.#context;
    const download = createDownloader({
      pipeline: transport.pipeline,
      retries: nonNegative('retries', options.retries, 3),
      timeout: transportOptions.timeout,
      idleTimeout: nonNegative('downloadIdleTimeout', options.downloadIdleTimeout, 60_000),
    });
    this.rawLogs = new RawLogs({
      call: (method, params, callOptions) => context.send({ target: 'RawLog', method, params: flattenParams(params), safe: true, signal: callOptions?.signal }),
      download,
      bodyRetries: nonNegative('retries', options.retries, 3),
    });
  }

  /** A low-level call to any controller and method (pyoffers' `api._call`). */
  call(target: string, method: string, params: Params = {}, options: LowLevelCallOptions = {}): Promise<unknown> {
    return this.#runner.call(target, method, params, options);
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

  toString(): string {
    return `HasOffersAPI: ${REDACTED} / ${this.networkId}`;
  }

  toJSON(): Record<string, unknown> {
    return { endpoint: this.endpoint, networkId: this.networkId, networkToken: REDACTED };
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
  options: HasOffersOptions,
  generated: { readonly API_TABLE: ApiTable; readonly MODEL_CLASSES?: Readonly<Record<string, ModelConstructor>> },
): HasOffersAPIBase & Managers {
  return new HasOffersAPIBase(options, generated.API_TABLE, generated.MODEL_CLASSES ?? modelClasses(generated.API_TABLE)) as HasOffersAPIBase & Managers;
}

/** The client: the base methods plus one manager per schema file. */
export type HasOffersAPI = HasOffersAPIBase & GeneratedManagers;
export const HasOffersAPI = HasOffersAPIBase as unknown as {
  new (options: HasOffersOptions): HasOffersAPI;
  readonly prototype: HasOffersAPI;
};
