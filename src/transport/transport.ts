import ky, { HTTPError, isForceRetryError, TimeoutError as KyTimeoutError } from 'ky';
import type { KyInstance } from 'ky';
import {
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
import type { Logger } from './logger.js';

export interface TransportOptions {
  readonly endpoint: string;
  readonly networkToken: string;
  readonly networkId: string;
  readonly verify: boolean;
  /** Retries after the first attempt. */
  readonly retries: number;
  /** Seconds between rate-limited attempts. */
  readonly retryTimeout: number;
  /** Milliseconds per attempt. */
  readonly timeout: number;
  readonly logger: Logger;
  readonly redact: (text: string) => string;
}

interface CallState {
  envelope?: EnvelopeResponse;
  rateLimit?: RateLimitError;
  attempts: number;
}

/** Network failures where the request cannot have reached the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ERR_TLS_CERT_ALTNAME_INVALID', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_HAS_EXPIRED']);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function causeMessage(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sends HasOffers calls through ky. ky does the retrying (limits, backoff with jitter, timeouts,
 * abort); this class decides what may be retried: HasOffers' rate-limit answer always (the server
 * refused without acting), everything else only for safe (read-only) methods.
 */
export class Transport {
  private readonly ky: KyInstance;
  private readonly fetchSetup: FetchSetup;

  constructor(private readonly options: TransportOptions) {
    this.fetchSetup = createFetch({ verify: options.verify });
    this.ky = ky.create({
      fetch: this.fetchSetup.fetch,
      timeout: options.timeout,
      throwHttpErrors: true,
      hooks: { afterResponse: [(request, kyOptions, response, state) => this.afterResponse(kyOptions.context, response, state.retryCount)] },
    });
  }

  /** Closes the connection pool; later calls open a new one lazily (undici does). */
  async close(): Promise<void> {
    await this.fetchSetup.close();
  }

  private async afterResponse(context: Record<string, unknown>, response: Response, retryCount: number): Promise<Response | undefined | ReturnType<typeof ky.retry>> {
    const state = context.state as CallState;
    const call = context.call as CallRequest;
    state.attempts = retryCount + 1;
    if (!response.ok) return undefined; // ky turns it into an HTTPError, handled in send()
    const text = await response.text();
    this.options.logger.debug(`Response [${response.status}] ${call.target}.${call.method}: ${text}`);
    let body: unknown;
    try {
      body = parseOrderedJson(text);
    } catch {
      throw invalidBodyError(response.status, this.options.redact(text), 'with a body that is not JSON');
    }
    const envelope = readEnvelope(body, response.status, this.options.redact(text));
    try {
      checkErrors(envelope, call.target, call.method);
    } catch (error) {
      if (error instanceof RateLimitError) {
        state.rateLimit = error;
        this.options.logger.info(`Retrying ${call.target}.${call.method} in ${this.options.retryTimeout}s: ${error.message}`);
        return ky.retry({ delay: this.options.retryTimeout * 1000, code: 'RATE_LIMITED' });
      }
      throw error;
    }
    state.envelope = envelope;
    // Hand ky an empty body: the real one has been read and parsed already.
    return new Response(null, { status: 204 });
  }

  /** The URL of a call, credentials included. Never log or keep it unredacted. */
  url(call: Pick<CallRequest, 'target' | 'method' | 'params'>): string {
    const pairs: WirePair[] = [
      ['NetworkToken', this.options.networkToken],
      ['NetworkId', this.options.networkId],
      ['Target', call.target],
      ['Method', call.method],
      ...call.params,
    ];
    const separator = this.options.endpoint.includes('?') ? '&' : '?';
    return `${this.options.endpoint}${separator}${toQueryString(pairs)}`;
  }

  /** Sends one call and returns the checked envelope. */
  async send(call: CallRequest): Promise<EnvelopeResponse> {
    const state: CallState = { attempts: 0 };
    const started = Date.now();
    this.options.logger.debug(`Request parameters: ${call.target}.${call.method} ${JSON.stringify(call.params)}`);
    try {
      await this.ky.get(this.url(call), {
        signal: call.signal,
        context: { state, call },
        retry: {
          limit: this.options.retries,
          methods: ['get', 'post'],
          retryOnTimeout: call.safe,
          jitter: true,
          backoffLimit: 10_000,
          // Forced (rate-limit) retries bypass this; everything else repeats only for safe calls.
          shouldRetry: ({ error }) => (error instanceof TsoffersError || !call.safe ? false : undefined),
        },
      });
    } catch (error) {
      throw await this.translate(error, call, state);
    }
    this.options.logger.info(`${call.target}.${call.method} OK in ${Date.now() - started} ms (${state.attempts} attempt${state.attempts === 1 ? '' : 's'})`);
    return state.envelope as EnvelopeResponse;
  }

  /** Turns ky's errors (which carry the full URL, token included) into ours, redacted. */
  private async translate(error: unknown, call: CallRequest, state: CallState): Promise<unknown> {
    const where = `${call.target}.${call.method}`;
    if (call.signal?.aborted) return call.signal.reason ?? error;
    if (isForceRetryError(error) && state.rateLimit) {
      return new MaxRetriesExceededError(state.attempts, state.rateLimit);
    }
    if (error instanceof TsoffersError) return error;
    if (error instanceof HTTPError) {
      const text = this.options.redact(await error.response.text().catch(() => ''));
      const failure = invalidBodyError(error.response.status, text, `for ${where}`);
      if (!call.safe && error.response.status >= 500) {
        return new UnknownOutcomeError(`${where} failed with HTTP ${error.response.status} and was not repeated, because it writes: it may or may not have been applied. ${failure.message}`);
      }
      return failure;
    }
    if (error instanceof KyTimeoutError) {
      const message = `${where} timed out after ${this.options.timeout} ms`;
      return call.safe ? new TimeoutError(message) : new UnknownOutcomeError(`${message}; it writes, so it was not repeated and may or may not have been applied.`);
    }
    const code = causeCode(error);
    const detail = this.options.redact(`${code ? `${code}: ` : ''}${causeMessage(error)}`);
    if (!call.safe && !(code && NOT_SENT_CODES.has(code))) {
      return new UnknownOutcomeError(`${where} failed (${detail}) after it may have reached HasOffers; it writes, so it was not repeated.`);
    }
    return new NetworkError(`${where} failed: ${detail}`);
  }
}

export { InvalidResponseError };
