import type { Dispatcher } from 'undici';
import type { EnvelopeResponse } from '../response/envelope.js';
import type { WirePair } from '../wire/params.js';
import { WireFormat } from '../wire/request.js';
import type { WireCall } from '../wire/request.js';
import { createDispatcher } from './dispatcher.js';
import type { Route } from './dispatcher.js';
import { RateLimiter } from './limiter.js';
import type { RateLimit } from './limiter.js';
import type { Logger } from './logger.js';
import { exchange, Pipeline } from './pipeline.js';
import type { UploadBody } from './pipeline.js';

export interface TransportOptions {
  readonly endpoint: string;
  /** The network API's credentials, when `credentials` is not given. */
  readonly networkToken?: string;
  readonly networkId?: string;
  /** The pairs that authenticate every call (the API profile's), in order. */
  readonly credentials?: readonly (readonly [string, string])[];
  /** Wire names never to send (another API's credentials). */
  readonly refuse?: readonly string[];
  readonly verify: boolean;
  /** Retries after the first attempt. */
  readonly retries: number;
  /** Seconds between rate-limited attempts. */
  readonly retryTimeout: number;
  /** Milliseconds per attempt (connect, headers and body). */
  readonly timeout: number;
  /** Exponential backoff between retried failures: first delay and cap, in ms (full jitter). */
  readonly backoff: { readonly initialMs: number; readonly maxMs: number };
  /** The client's rate limit, or false for none. */
  readonly rateLimit: RateLimit | false;
  /** Answers above this many bytes are refused. */
  readonly maxResponseBytes: number;
  /** A proxy URL, false to ignore HTTPS_PROXY/HTTP_PROXY, undefined to honour them. */
  readonly proxy?: string | false;
  /** Query strings above this length are sent as a POST form body (default 8192). */
  readonly maxQueryLength?: number;
  readonly logger: Logger;
  readonly redact: (text: string) => string;
  /** Log request parameters and answer bodies at debug level (verbosity 2+). Default true. */
  readonly logBodies?: boolean;
}

/** One multipart upload call (offerFiles.create): never retried, never buffered. */
export interface UploadSend extends WireCall {
  readonly body: UploadBody;
  readonly signal?: AbortSignal;
}

/** One HasOffers call, ready for the transport. Params exclude credentials. */
export interface CallRequest {
  readonly target: string;
  readonly method: string;
  readonly params: readonly WirePair[];
  /** Safe (read-only) calls may be retried after failures whose outcome is unknown. */
  readonly safe: boolean;
  readonly signal?: AbortSignal;
}

/**
 * Sends HasOffers calls, uploads and downloads through the client's one pipeline (pipeline.ts):
 * ky does the retrying (limits, backoff with jitter, Retry-After, abort); the retry policy decides
 * what may be repeated; the rate limiter is waited for before every attempt; every failure becomes
 * a redacted tsoffers error. The wire format (credentials, GET or POST form) is wire/'s.
 */
export class Transport {
  readonly #wire: WireFormat;
  readonly #pipeline: Pipeline;
  readonly #route: Route;
  readonly #dispatcher: Dispatcher;
  readonly #logger: Logger;
  readonly #logBodies: boolean;
  /** Shared by every call of this client, retries included. */
  readonly limiter: RateLimiter | undefined;

  constructor(options: TransportOptions) {
    this.#wire = new WireFormat(options);
    const { dispatcher, route } = createDispatcher({ verify: options.verify, proxy: options.proxy });
    this.#dispatcher = dispatcher;
    this.#route = route;
    this.#logger = options.logger;
    this.limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
    this.#pipeline = new Pipeline({
      dispatcher,
      timeout: options.timeout,
      maxResponseBytes: options.maxResponseBytes,
      retries: options.retries,
      retryTimeout: options.retryTimeout,
      backoff: options.backoff,
      ...(this.limiter ? { limiter: this.limiter } : {}),
      logger: options.logger,
      redact: options.redact,
      logBodies: options.logBodies ?? true,
    });
    this.#logBodies = options.logBodies ?? true;
  }

  /** How requests leave this client: direct, through the `proxy` option, or through HTTPS_PROXY/HTTP_PROXY. */
  get route(): Route {
    return this.#route;
  }

  /** This client's connection pool (direct or proxy). */
  get dispatcher(): Dispatcher {
    return this.#dispatcher;
  }

  /** The client's one HTTP pipeline (downloads and uploads use it too). */
  get pipeline(): Pipeline {
    return this.#pipeline;
  }

  /** The endpoint as it may be shown (without its password). */
  get endpoint(): string {
    return this.#wire.endpoint.display;
  }

  /** Refuses queued and later calls, waits for the running ones, then closes the connection pool. */
  async close(): Promise<void> {
    await this.#pipeline.close();
    // undici's graceful close() can wait forever on bookkeeping left by requests aborted mid-connection.
    await this.#dispatcher.destroy();
  }

  /** The GET URL of a call, credentials included. Never log or keep it unredacted. */
  url(call: WireCall): string {
    return this.#wire.url(call);
  }

  /** Sends one call and returns the checked envelope. */
  async send(call: CallRequest): Promise<EnvelopeResponse> {
    const started = Date.now();
    const where = `${call.target}.${call.method}`;
    const wire = this.#wire.request(call);
    const post = wire.method === 'POST';
    if (this.#logBodies) this.#logger.debug(`Request ${where} (${post ? 'POST form' : 'GET'}, ${wire.length} bytes) parameters: ${JSON.stringify(call.params)}`);
    const state = exchange('call', where, {
      safe: call.safe,
      signal: call.signal,
      target: call.target,
      method: call.method,
      // Same bytes either way; as a form body the credentials stay out of the URL too.
      headers: post ? this.#wire.formHeaders : this.#wire.headers,
      form: wire.body,
    });
    try {
      await this.#pipeline.run(this.#pipeline.calls, wire.url, state, post ? { method: 'post' } : {});
    } catch (failure) {
      this.#logger.info(`${where} failed after ${state.attempts} attempt${state.attempts === 1 ? '' : 's'}: ${failure instanceof Error ? failure.message : 'aborted'}`);
      throw failure;
    }
    this.#logger.info(`${where} OK in ${Date.now() - started} ms (${state.attempts} attempt${state.attempts === 1 ? '' : 's'})`);
    return state.envelope as EnvelopeResponse;
  }

  /** Streams one multipart upload; returns the checked envelope. Never repeated: the body is read once. */
  async upload(call: UploadSend): Promise<{ envelope: EnvelopeResponse; sent: number }> {
    const where = `${call.target}.${call.method}`;
    const state = exchange('upload', where, { safe: false, signal: call.signal, target: call.target, method: call.method, headers: this.#wire.headers, upload: call.body });
    await this.#pipeline.run(this.#pipeline.uploads, this.#wire.url(call), state);
    return { envelope: state.envelope as EnvelopeResponse, sent: state.sent };
  }
}

