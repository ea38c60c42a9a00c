import ky, { HTTPError, isForceRetryError, TimeoutError as KyTimeoutError } from 'ky';
import type { KyInstance, Options as KyOptions } from 'ky';
import type { Dispatcher } from 'undici';
import {
  HasOffersError,
  InvalidResponseError,
  MaxRetriesExceededError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  TsoffersError,
  UnknownOutcomeError,
} from '../errors.js';
import { checkErrors, invalidBodyError, readEnvelope } from '../response/envelope.js';
import type { EnvelopeResponse } from '../response/envelope.js';
import { parseOrderedJson } from '../response/ordered-json.js';
import type { CallRequest } from '../runtime/context.js';
import { toQueryString } from '../wire/encode.js';
import type { WirePair } from '../wire/params.js';
import { createFetch } from './fetch.js';
import type { FetchSetup } from './fetch.js';
import { RateLimiter } from './limiter.js';
import type { LimiterSlot, RateLimit } from './limiter.js';
import type { Logger } from './logger.js';
import { causeCode, causeMessage, isNetworkFailure, NOT_SENT_CODES, REFUSED_STATUSES, RETRY_STATUSES, shouldRetryFailure, TLS_CODES } from './retry-policy.js';
import { redactDeep } from './redact.js';

/** Query strings longer than this go as a POST form body instead (proxies and servers cap URLs near 8 KB). */
export const MAX_QUERY_LENGTH = 8192;

export interface TransportOptions {
  readonly endpoint: string;
  readonly networkToken: string;
  readonly networkId: string;
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
}

interface CallState {
  envelope?: EnvelopeResponse;
  rateLimit?: RateLimitError;
  attempts: number;
  slot?: LimiterSlot;
}



/**
 * Sends HasOffers calls through ky. ky does the retrying (limits, backoff with jitter, Retry-After,
 * timeouts, abort); this class decides what may be retried (retry-policy.ts), waits for the rate
 * limiter before every attempt, and turns every failure into a redacted tsoffers error.
 */
export class Transport {
  private readonly ky: KyInstance;
  private readonly fetchSetup: FetchSetup;
  /** Shared by every call of this client, retries included. */
  readonly limiter: RateLimiter | undefined;

  constructor(private readonly options: TransportOptions) {
    this.fetchSetup = createFetch({ verify: options.verify, proxy: options.proxy, maxResponseBytes: options.maxResponseBytes });
    this.limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
    // The per-attempt timeout is ours (attempt()): ky's would only cover the headers, and it aborts
    // through the Request's derived signal, which we saw fail to reach undici under load.
    this.ky = ky.create({ timeout: false, throwHttpErrors: true });
  }

  /** How requests leave this client: direct, through the `proxy` option, or through HTTPS_PROXY/HTTP_PROXY. */
  get route(): FetchSetup['route'] {
    return this.fetchSetup.route;
  }

  /** This client's connection pool (direct or proxy): offerFiles.create streams its upload through it. */
  get dispatcher(): Dispatcher {
    return this.fetchSetup.dispatcher;
  }

  /** Closes the connection pool; later calls fail. */
  async close(): Promise<void> {
    await this.fetchSetup.close();
  }

  /** Every pair of a call, credentials first (what pyoffers sends). Never log or keep it unredacted. */
  private pairs(call: Pick<CallRequest, 'target' | 'method' | 'params'>): WirePair[] {
    return [['NetworkToken', this.options.networkToken], ['NetworkId', this.options.networkId], ['Target', call.target], ['Method', call.method], ...call.params];
  }

  /** The GET URL of a call, credentials included. Never log or keep it unredacted. */
  url(call: Pick<CallRequest, 'target' | 'method' | 'params'>): string {
    const separator = this.options.endpoint.includes('?') ? '&' : '?';
    return `${this.options.endpoint}${separator}${toQueryString(this.pairs(call))}`;
  }

  private async afterResponse(state: CallState, call: CallRequest, response: Response): Promise<Response | undefined | ReturnType<typeof ky.retry>> {
    if (!response.ok) return undefined; // ky turns it into an HTTPError, handled by the retry policy and translate()
    const raw = await response.text();
    // HasOffers echoes the request (NetworkToken included) in every answer: whatever text may end up
    // in a log line or an error is redacted. The data itself is parsed from the raw text, because a
    // short token could also be an ordinary word inside the data.
    const text = this.options.redact(raw);
    this.options.logger.debug(`Response [${response.status}] ${call.target}.${call.method}: ${text}`);
    let body: unknown;
    try {
      body = parseOrderedJson(raw);
    } catch {
      throw invalidBodyError(response.status, text, `for ${call.target}.${call.method} with a body that is not JSON`);
    }
    const parsed = readEnvelope(body, response.status, text);
    const envelope: EnvelopeResponse = parsed.errors === undefined || parsed.errors === null ? parsed : { ...parsed, errors: redactDeep(parsed.errors, this.options.redact) as EnvelopeResponse['errors'] };
    try {
      checkErrors(envelope, call.target, call.method);
    } catch (error) {
      if (error instanceof RateLimitError) {
        // The server refused without acting, so even a write may go again.
        state.rateLimit = error;
        this.options.logger.info(`Rate-limited: retrying ${call.target}.${call.method} in ${this.options.retryTimeout}s`);
        return ky.retry({ delay: this.options.retryTimeout * 1000, code: 'RATE_LIMITED' });
      }
      throw error;
    }
    state.envelope = envelope;
    // Hand ky an empty body: the real one has been read and parsed already.
    return new Response(null, { status: 204 });
  }

  /**
   * One attempt: connect, send, read the whole body, all under one timer and one AbortController
   * that we own. The timer and the listener on the caller's signal are removed however the
   * attempt ends, so an aborted or timed-out call leaves no timer behind, and aborting the
   * controller closes the socket of an unfinished answer.
   */
  private async attempt(input: Request, call: CallRequest, state: CallState): Promise<Response> {
    state.attempts += 1;
    const controller = new AbortController();
    let timedOut: KyTimeoutError | undefined;
    const timer = setTimeout(() => {
      // ky's own error type, so that its retryOnTimeout logic applies; never shown (it holds the URL).
      timedOut = new KyTimeoutError(input);
      controller.abort(timedOut);
    }, this.options.timeout);
    const onAbort = () => controller.abort(call.signal?.reason);
    call.signal?.addEventListener('abort', onAbort, { once: true });
    // The server has received the request once its answer starts: the limiter slot's window can
    // start then, without waiting for the body.
    const release = () => {
      state.slot?.release();
      state.slot = undefined;
    };
    try {
      if (call.signal?.aborted) throw call.signal.reason;
      return await this.fetchSetup.fetch(input, { signal: controller.signal }, release);
    } catch (error) {
      // undici rejects with an AbortError (or the reason); ky's retry logic wants its TimeoutError.
      if (timedOut) throw timedOut;
      throw error;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
      // Failed or timed out before any answer: the slot's window starts now.
      release();
    }
  }

  /** Sends one call and returns the checked envelope. */
  async send(call: CallRequest): Promise<EnvelopeResponse> {
    const state: CallState = { attempts: 0 };
    const started = Date.now();
    const where = `${call.target}.${call.method}`;
    const query = toQueryString(this.pairs(call));
    const post = query.length > (this.options.maxQueryLength ?? MAX_QUERY_LENGTH);
    this.options.logger.debug(`Request ${where} (${post ? 'POST form' : 'GET'}, ${query.length} bytes) parameters: ${JSON.stringify(call.params)}`);
    const separator = this.options.endpoint.includes('?') ? '&' : '?';
    const { backoff } = this.options;
    const options: KyOptions = {
      method: post ? 'post' : 'get',
      // Same bytes either way; as a form body the credentials stay out of the URL too.
      ...(post ? { body: query, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
      signal: call.signal,
      fetch: (input) => this.attempt(input as Request, call, state),
      retry: {
        limit: this.options.retries,
        methods: ['get', 'post'],
        statusCodes: [...RETRY_STATUSES],
        afterStatusCodes: [429, 503],
        maxRetryAfter: Math.max(backoff.maxMs, this.options.retryTimeout * 1000),
        retryOnTimeout: call.safe,
        delay: (attempt) => backoff.initialMs * 2 ** (attempt - 1),
        backoffLimit: backoff.maxMs,
        jitter: true,
        // Forced (rate-limit) retries do not come through here; everything else is decided per method.
        shouldRetry: ({ error }) => (call.signal?.aborted ? false : shouldRetryFailure(error, call.safe)),
      },
      hooks: {
        // Waiting for the limiter happens before ky starts the attempt's timer.
        beforeRequest: this.limiter ? [async () => void (state.slot = await (this.limiter as RateLimiter).acquire(call.signal))] : [],
        afterResponse: [(_request, _options, response) => this.afterResponse(state, call, response)],
        beforeRetry: [
          ({ error, retryCount }) => {
            if (!isForceRetryError(error)) this.options.logger.info(`Retrying ${where} (retry ${retryCount} of ${this.options.retries}) after: ${this.describe(error)}`);
          },
        ],
      },
    };
    try {
      await this.ky(post ? this.options.endpoint : `${this.options.endpoint}${separator}${query}`, options);
    } catch (error) {
      const failure = await this.translate(error, call, state);
      this.options.logger.info(`${where} failed after ${state.attempts} attempt${state.attempts === 1 ? '' : 's'}: ${failure instanceof Error ? failure.message : 'aborted'}`);
      throw failure;
    } finally {
      state.slot?.release();
    }
    this.options.logger.info(`${where} OK in ${Date.now() - started} ms (${state.attempts} attempt${state.attempts === 1 ? '' : 's'})`);
    return state.envelope as EnvelopeResponse;
  }

  /** A one-line, redacted description of a failure (ky's own messages carry the URL and token). */
  private describe(error: unknown): string {
    if (error instanceof HTTPError) return `HTTP ${error.response.status}`;
    if (error instanceof KyTimeoutError) return `timeout after ${this.options.timeout} ms`;
    if (error instanceof TsoffersError) return this.options.redact(error.message);
    const code = causeCode(error);
    return this.options.redact(`${code ? `${code}: ` : ''}${causeMessage(error)}`);
  }

  /** What a failed read would be reported as: an InvalidResponseError, TimeoutError or NetworkError. */
  private async failureOf(error: unknown, where: string): Promise<TsoffersError> {
    if (error instanceof TsoffersError) return error;
    if (error instanceof HTTPError) {
      const { status } = error.response;
      const text = this.options.redact(await error.response.text().catch(() => ''));
      if (status >= 300 && status < 400) {
        const location = this.options.redact(error.response.headers.get('location') ?? '(no Location)');
        return new InvalidResponseError(
          `HasOffers answered ${where} with a redirect (HTTP ${status}) to ${location}. Redirects are not followed because the request carries the NetworkToken; set endpoint to the final address.`,
          status,
          location,
        );
      }
      return invalidBodyError(status, text, `for ${where}`);
    }
    if (error instanceof KyTimeoutError) return new TimeoutError(`${where} timed out after ${this.options.timeout} ms (per attempt; raise the timeout option if HasOffers is slow for this call).`);
    return new NetworkError(`${where} failed: ${this.describe(error)}`);
  }

  /** Turns ky's errors (which carry the full URL, token included) into ours, redacted. */
  private async translate(error: unknown, call: CallRequest, state: CallState): Promise<unknown> {
    const where = `${call.target}.${call.method}`;
    if (call.signal?.aborted) return call.signal.reason ?? error;
    if (isForceRetryError(error) && state.rateLimit) return new MaxRetriesExceededError(state.attempts, state.rateLimit);
    // An answer in HasOffers' own words: the call was refused, whatever it was.
    if (error instanceof HasOffersError) return error;
    const failure = await this.failureOf(error, where);
    if (call.safe) return failure;
    if (error instanceof HTTPError && REFUSED_STATUSES.has(error.response.status)) {
      return error.response.status === 429 ? new MaxRetriesExceededError(state.attempts, failure) : failure;
    }
    const code = isNetworkFailure(error) ? causeCode(error) : undefined;
    if (code && (NOT_SENT_CODES.has(code) || TLS_CODES.has(code))) return failure;
    // Anything else may have happened after HasOffers acted: say so, and never repeat a write.
    return new UnknownOutcomeError(
      `${where} may or may not have been applied: ${failure.message} It writes, so it was not repeated (that could duplicate it); check the server state before trying again.`,
      { cause: failure },
    );
  }
}

export { InvalidResponseError };
