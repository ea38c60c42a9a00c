/**
 * The one HTTP pipeline of a client: HasOffers calls, raw-log downloads and uploads all go through
 * one ky instance (hooks declared once, variants by `extend`), one fetch adapter over one undici
 * dispatcher, one size-capped body reader, one envelope reader and one error translator.
 *
 * Per-call state lives in an `Exchange`, handed to the hooks through ky's `context` option and to
 * the fetch adapter with the fetch options (ky passes options it does not know, like undici's
 * `dispatcher`, on to fetch). Nothing is created per call that could be created once.
 *
 * The adapter talks to undici's dispatcher directly (`dispatcher.request`), not through undici's
 * fetch: no second Request, no web streams for the body, no redirect handling to turn off. It
 * reads buffered bodies (calls, uploads, every error answer) into the Exchange with a size cap,
 * under the attempt's timer, and hands ky a body-less Response carrying status and headers.
 */
import { isAscii } from 'node:buffer';
import { pipeline as pipe } from 'node:stream';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import ky, { HTTPError, isForceRetryError, TimeoutError as KyTimeoutError } from 'ky';
import type { KyInstance, Options as KyOptions } from 'ky';
import type { Dispatcher } from 'undici';
import {
  HasOffersError,
  InvalidResponseError,
  MaxRetriesExceededError,
  NetworkError,
  RateLimitError,
  ResponseTooLargeError,
  TimeoutError,
  TsoffersError,
  UnknownOutcomeError,
  UploadSourceError,
} from '../errors.js';
import { checkErrors, invalidBodyError, readEnvelope } from '../response/envelope.js';
import type { EnvelopeResponse } from '../response/envelope.js';
import { parseOrderedJson } from '../response/ordered-json.js';
import type { LimiterSlot, RateLimiter } from './limiter.js';
import type { Logger } from './logger.js';
import { redactDeep } from './redact.js';
import { causeCode, causeMessage, isNetworkFailure, NOT_SENT_CODES, REFUSED_STATUSES, RETRY_STATUSES, shouldRetryFailure, TLS_CODES } from './retry-policy.js';
import { describeValue } from '../util/describe.js';

export type ExchangeKind = 'call' | 'download' | 'upload';

/** An upload's body: read once, never buffered, never repeated. */
export interface UploadBody {
  readonly stream: AsyncIterable<Uint8Array>;
  readonly length?: number;
  readonly contentType: string;
}

/** The state of one call, retries included. Holds no secret: URLs stay on the Request. */
export interface Exchange {
  readonly kind: ExchangeKind;
  /** The HasOffers controller and method (calls and uploads). */
  readonly target?: string;
  readonly method?: string;
  /** `Offer.findAll`, or `download of https://host/file.zip?…`: what messages name. */
  readonly where: string;
  /** May be repeated after a failure whose outcome is unknown (reads). */
  readonly safe: boolean;
  /** The caller's signal. */
  readonly signal: AbortSignal | undefined;
  /** Request headers besides ky's (form content type, Basic auth, multipart). */
  readonly headers: Readonly<Record<string, string>>;
  /** A POST form body. */
  readonly form?: string;
  readonly upload?: UploadBody;
  /** For downloads: takes the link's secrets out of an error body. */
  readonly scrub?: (text: string) => string;
  attempts: number;
  slot?: LimiterSlot;
  /** The buffered body of the last answer (calls, uploads, and every error answer). */
  bytes?: Buffer;
  /** A download's body, handed over unread, and its Content-Length. */
  stream?: Readable;
  size?: number;
  envelope?: EnvelopeResponse;
  rateLimit?: RateLimitError;
  /** Upload bytes taken by the socket so far. */
  sent: number;
  sourceFailure?: Error;
  /** The upload made no progress for the timeout. */
  stalled?: boolean;
}

export interface PipelineOptions {
  readonly dispatcher: Dispatcher;
  /** Milliseconds per attempt: connect, headers and (buffered) body; for uploads, without progress. */
  readonly timeout: number;
  /** Buffered answers above this many bytes (after decompression) are refused. */
  readonly maxResponseBytes: number;
  readonly retries: number;
  /** Seconds between rate-limited attempts. */
  readonly retryTimeout: number;
  readonly backoff: { readonly initialMs: number; readonly maxMs: number };
  readonly limiter?: RateLimiter;
  readonly logger: Logger;
  readonly redact: (text: string) => string;
  /** Log every answer's body at debug level (verbosity 2+). Default true. Redacting a big body costs time, so it is done only when logged. */
  readonly logBodies?: boolean;
}

/** How much of a download's error answer is read: enough for the message, never the whole (maybe huge) body. */
export const ERROR_BODY_BYTES = 64 * 1024;

/** ky's own options that are passed on to fetch (it forwards options it does not know). */
interface AdapterInit {
  readonly exchange?: Exchange;
}

type KyCallOptions = KyOptions & { readonly exchange: Exchange };

function exchangeOf(options: { readonly context: Record<string, unknown> }): Exchange {
  return options.context.exchange as Exchange;
}

/** Failures the adapter threw, with their exchange: ky's `shouldRetry` is given the error only. */
const failures = new WeakMap<object, Exchange>();

function exchangeOfFailure(error: Error): Exchange | undefined {
  if (error instanceof HTTPError) return exchangeOf(error.options);
  return failures.get(error);
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function toHeaders(headers: Dispatcher.ResponseData['headers']): Headers {
  const out = new Headers();
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) out.append(name, item);
    else out.append(name, value);
  }
  return out;
}

function decoderFor(encoding: string | undefined, status: number): NodeJS.ReadWriteStream | undefined {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === '' || name === 'identity') return undefined;
  if (name === 'gzip' || name === 'x-gzip') return createGunzip();
  if (name === 'deflate') return createInflate();
  if (name === 'br') return createBrotliDecompress();
  throw new InvalidResponseError(`HasOffers answered HTTP ${status} with Content-Encoding "${name.slice(0, 40)}", which tsoffers does not decode.`, status, '');
}

/**
 * Reads a body (decompressing gzip, deflate or br), counting decoded bytes as they arrive. Past
 * `limit` it either refuses (ResponseTooLargeError, the connection closed at once) or, with
 * `truncate`, keeps the first `limit` bytes and drops the rest: a huge or endless answer costs at
 * most `limit` bytes of memory either way.
 */
export function readCapped(body: Readable, headers: Dispatcher.ResponseData['headers'], status: number, limit: number, truncate = false): Promise<Buffer> {
  const declared = Number(header(headers, 'content-length') ?? Number.NaN);
  if (!truncate && Number.isFinite(declared) && declared > limit) {
    discard(body);
    return Promise.reject(new ResponseTooLargeError(limit, status, `a body of ${declared} bytes (Content-Length)`));
  }
  let decoder: NodeJS.ReadWriteStream | undefined;
  try {
    decoder = decoderFor(header(headers, 'content-encoding'), status);
  } catch (error) {
    discard(body);
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const source: Readable = decoder ? (pipe(body, decoder, () => undefined) as unknown as Readable) : body;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
      source.off('close', onClose);
      // Stop reading: closes the connection of an answer that was not read to its end.
      if (!body.readableEnded) discard(body);
      if (decoder) discard(decoder);
      if (error !== undefined) reject(error);
      else resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total));
    };
    const onData = (chunk: Buffer) => {
      if (total + chunk.byteLength > limit) {
        if (!truncate) return finish(new ResponseTooLargeError(limit, status, `a body of more than ${limit} bytes`));
        chunks.push(chunk.subarray(0, limit - total));
        total = limit;
        return finish();
      }
      chunks.push(chunk);
      total += chunk.byteLength;
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(error);
    const onClose = () => finish(new NetworkError(`the answer (HTTP ${status}) was cut off before its end`));
    source.on('data', onData);
    source.on('end', onEnd);
    source.on('error', onError);
    source.on('close', onClose);
  });
}

/** Drops a body without reading it (closing its connection); its late 'error' (RequestAbortedError) goes nowhere. */
export function discard(stream: Readable | NodeJS.ReadWriteStream): void {
  const readable = stream as Readable;
  if (readable.destroyed) return;
  readable.on('error', () => undefined);
  readable.destroy();
}

/** `origin` and `path` of an absolute URL that a Request has already normalised. */
function split(url: string): { origin: string; path: string } {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  return slash < 0 ? { origin: url, path: '/' } : { origin: url.slice(0, slash), path: url.slice(slash) };
}

/** The answer ky is handed for a 200 whose body the adapter has read (cloned: a Response is used once). */
const OK = new Response(null, { status: 200 });

/** Decodes a body: HasOffers' JSON is ASCII (json_encode escapes the rest), and latin1 is the fast path for it. */
export function bodyText(bytes: Buffer | undefined): string {
  if (!bytes || bytes.length === 0) return '';
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

const CALL_HEADERS = Object.freeze({ accept: 'application/json', 'accept-encoding': 'gzip, deflate' });
/** A download is a zip already: HTTP compression around it would hide its real size from the zip guards. */
const DOWNLOAD_HEADERS = Object.freeze({ 'accept-encoding': 'identity' });

export class Pipeline {
  readonly #options: PipelineOptions;
  /** The base instance: the hooks, declared once. */
  readonly #base: KyInstance;
  /** Variants by `extend`: HasOffers calls, uploads (never retried) and downloads. */
  readonly calls: KyInstance;
  readonly uploads: KyInstance;
  readonly downloads: KyInstance;
  #closed = false;
  /** Requests still running, so that close() can wait for them. */
  readonly #inFlight = new Set<Promise<unknown>>();

  constructor(options: PipelineOptions) {
    this.#options = options;
    const { backoff } = options;
    this.#base = ky.create({
      // The per-attempt timer is the adapter's own, with its own AbortController: it must cover the
      // body, restart on upload progress, and reach undici directly.
      timeout: false,
      throwHttpErrors: true,
      fetch: (input, init) => this.#fetch(input as Request, init as AdapterInit | undefined),
      hooks: {
        beforeRequest: [(_request, kyOptions) => this.#beforeRequest(exchangeOf(kyOptions))],
        afterResponse: [(_request, kyOptions, response) => this.#afterResponse(exchangeOf(kyOptions), response)],
        beforeRetry: [
          ({ error, retryCount, options: kyOptions }) => {
            const exchange = exchangeOf(kyOptions);
            if (!isForceRetryError(error)) this.#options.logger.info(`Retrying ${exchange.where} (retry ${retryCount} of ${kyOptions.retry.limit}) after: ${this.describe(error)}`);
          },
        ],
      },
    });
    this.calls = this.#base.extend({
      method: 'get',
      retry: {
        limit: options.retries,
        methods: ['get', 'post'],
        statusCodes: [...RETRY_STATUSES],
        afterStatusCodes: [429, 503],
        maxRetryAfter: Math.max(backoff.maxMs, options.retryTimeout * 1000),
        // shouldRetry decides timeouts too: retried for reads only.
        retryOnTimeout: true,
        delay: (attempt) => backoff.initialMs * 2 ** (attempt - 1),
        backoffLimit: backoff.maxMs,
        jitter: true,
        // Forced (rate-limit) retries do not come through here; everything else is decided per API method.
        shouldRetry: ({ error }) => this.#shouldRetry(error),
      },
    });
    this.uploads = this.#base.extend({ method: 'post', retry: { limit: 0 } });
    this.downloads = this.#base.extend({
      method: 'get',
      retry: { limit: options.retries, methods: ['get'], statusCodes: [...RETRY_STATUSES], retryOnTimeout: true, jitter: true, backoffLimit: 10_000, shouldRetry: ({ error }) => this.#shouldRetry(error) },
    });
  }

  /** Stops every call: queued ones are refused, nothing more is sent. Waits for requests already running. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#options.limiter?.close(new NetworkError('The client was closed (api.close()); the call was not sent.'));
    while (this.#inFlight.size) await Promise.all([...this.#inFlight]);
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Sends a request through a variant and returns the Exchange filled in; failures come translated. */
  async run(variant: KyInstance, url: string, exchange: Exchange, extra: KyOptions = {}): Promise<Exchange> {
    const options: KyCallOptions = {
      ...extra,
      // ky listens on the signal it is given (retry waits): a per-call signal, not the caller's shared one.
      ...(exchange.signal ? { signal: AbortSignal.any([exchange.signal]) } : {}),
      context: { exchange },
      exchange,
    };
    try {
      await variant(url, options);
    } catch (error) {
      throw await this.translate(error, exchange);
    } finally {
      exchange.slot?.release();
      exchange.slot = undefined;
    }
    return exchange;
  }

  async #beforeRequest(exchange: Exchange): Promise<void> {
    if (this.#closed) throw new NetworkError(`${exchange.where} was not sent: the client was closed (api.close()).`);
    // Waiting for the limiter happens before the attempt's timer starts. Downloads are not API calls.
    if (this.#options.limiter && exchange.kind !== 'download') exchange.slot = await this.#options.limiter.acquire(exchange.signal);
  }

  #shouldRetry(error: Error): boolean | undefined {
    // The retry policy needs the call's `safe` and the caller's signal; unknown failures are not repeated.
    const exchange = exchangeOfFailure(error);
    if (!exchange || exchange.signal?.aborted) return false;
    return shouldRetryFailure(error, exchange.safe);
  }

  /** The fetch adapter: one attempt over the dispatcher, under one timer and one AbortController that it owns. */
  #fetch(request: Request, init: AdapterInit | undefined): Promise<Response> {
    const exchange = init?.exchange;
    if (!exchange) return Promise.reject(new TypeError('tsoffers pipeline: a request without its exchange'));
    const sending = this.#attempt(request, exchange).catch((error: unknown) => {
      if (error !== null && typeof error === 'object') failures.set(error, exchange);
      throw error;
    });
    const settled = sending.then(
      () => undefined,
      () => undefined,
    );
    this.#inFlight.add(settled);
    void settled.then(() => this.#inFlight.delete(settled));
    return sending;
  }

  async #attempt(request: Request, exchange: Exchange): Promise<Response> {
    if (this.#closed) throw new NetworkError(`${exchange.where} was not sent: the client was closed (api.close()).`);
    exchange.attempts += 1;
    exchange.bytes = undefined;
    const controller = new AbortController();
    let timedOut: KyTimeoutError | undefined;
    const { timeout } = this.#options;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (exchange.kind === 'upload') exchange.stalled = true;
        // ky's own error type, so that its retryOnTimeout logic applies; never shown (it holds the URL).
        timedOut = new KyTimeoutError(request);
        controller.abort(timedOut);
      }, timeout);
    };
    arm();
    // The Request's signal is this call's own (ky derives it): a listener on it is not shared.
    const onCallAbort = () => controller.abort(request.signal.reason);
    request.signal.addEventListener('abort', onCallAbort, { once: true });
    const release = () => {
      exchange.slot?.release();
      exchange.slot = undefined;
    };
    try {
      request.signal.throwIfAborted();
      const { origin, path } = split(request.url);
      const headers: Record<string, string> = { ...(exchange.kind === 'download' ? DOWNLOAD_HEADERS : CALL_HEADERS), ...exchange.headers };
      // undici takes an async iterable body too (its types say Readable): chunks go to the socket as it drains.
      let body: string | AsyncIterable<Uint8Array> | undefined = exchange.form;
      if (exchange.upload) {
        const upload = exchange.upload;
        headers['content-type'] = upload.contentType;
        if (upload.length !== undefined) headers['content-length'] = String(upload.length);
        // Progress = the socket taking another chunk: a big file on a slow link is not cut off by a
        // timer meant for one call, a stalled connection still is.
        body = (async function* counted(): AsyncGenerator<Uint8Array> {
          try {
            for await (const chunk of upload.stream) {
              exchange.sent += chunk.byteLength;
              arm();
              yield chunk;
            }
          } catch (error) {
            exchange.sourceFailure ??= error instanceof Error ? error : new Error(String(error));
            throw error;
          }
        })();
      }
      const response = await this.#options.dispatcher.request({ origin, path, method: request.method as Dispatcher.HttpMethod, headers, body: (body ?? null) as string | Readable | null, signal: controller.signal });
      // The server has the request once its answer starts: the limiter slot's window can start now.
      release();
      if (exchange.kind === 'upload') arm();
      const status = response.statusCode;
      if (exchange.kind === 'download' && status >= 200 && status < 300) {
        const encoding = header(response.headers, 'content-encoding');
        if (encoding && encoding.trim().toLowerCase() !== 'identity') {
          discard(response.body);
          throw new InvalidResponseError(`${exchange.where} answered with Content-Encoding "${encoding.slice(0, 40)}" although none was asked for; refused, because it would hide the zip's real size from the decompression limits.`, status, '');
        }
        exchange.stream = response.body;
        const size = Number(header(response.headers, 'content-length'));
        if (Number.isFinite(size) && size > 0) exchange.size = size;
        return new Response(null, { status, headers: toHeaders(response.headers) });
      }
      const error = status < 200 || status >= 300;
      // Error answers are read for the message only: capped small for downloads (a 404 may be huge).
      exchange.bytes = await readCapped(response.body, response.headers, status, exchange.kind === 'download' && error ? ERROR_BODY_BYTES : this.#options.maxResponseBytes, exchange.kind === 'download' && error);
      // ky reads headers of error answers only (Retry-After, Location): a 200 needs none.
      return status === 200 ? OK.clone() : new Response(null, { status, headers: toHeaders(response.headers) });
    } catch (error) {
      if (timedOut) throw timedOut;
      throw error;
    } finally {
      if (timer) clearTimeout(timer);
      request.signal.removeEventListener('abort', onCallAbort);
      release();
    }
  }

  /** The one envelope reader: text, logged redacted; JSON in the server's key order; errors redacted. */
  readEnvelope(exchange: Exchange, status: number): EnvelopeResponse {
    const raw = bodyText(exchange.bytes);
    // HasOffers echoes the request (NetworkToken included) in every answer: whatever text may end up
    // in a log line or an error is redacted (only then: it costs time on a big page). The data
    // itself is parsed from the raw text, because a short token could also be an ordinary word in it.
    let redacted: string | undefined;
    const text = () => (redacted ??= this.#options.redact(raw));
    if (this.#options.logBodies !== false) this.#options.logger.debug(`Response [${status}] ${exchange.where}: ${text()}`);
    let body: unknown;
    try {
      body = parseOrderedJson(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
    } catch {
      throw invalidBodyError(status, text(), `for ${exchange.where} with a body that is not JSON`);
    }
    const response = body !== null && typeof body === 'object' ? (body as { response?: unknown }).response : undefined;
    const parsed = response !== null && typeof response === 'object' && !Array.isArray(body) && !Array.isArray(response) ? (response as EnvelopeResponse) : readEnvelope(body, status, text());
    return parsed.errors === undefined || parsed.errors === null ? parsed : { ...parsed, errors: redactDeep(parsed.errors, this.#options.redact) as EnvelopeResponse['errors'] };
  }

  #afterResponse(exchange: Exchange, response: Response): ReturnType<typeof ky.retry> | undefined {
    // Downloads have no envelope; error statuses become HTTPError (ky), translated below.
    if (!response.ok || exchange.kind === 'download') return undefined;
    const envelope = this.readEnvelope(exchange, response.status);
    exchange.bytes = undefined;
    try {
      checkErrors(envelope, exchange.target, exchange.method);
    } catch (error) {
      if (error instanceof RateLimitError && exchange.kind === 'call') {
        // The server refused without acting, so even a write may go again.
        exchange.rateLimit = error;
        this.#options.logger.info(`Rate-limited: retrying ${exchange.where} in ${this.#options.retryTimeout}s`);
        return ky.retry({ delay: this.#options.retryTimeout * 1000, code: 'RATE_LIMITED' });
      }
      // An upload's body has been consumed: a rate-limit answer is thrown as is, the caller decides.
      throw error;
    }
    exchange.envelope = envelope;
    return undefined;
  }

  /** A one-line, redacted description of a failure (ky's own messages carry the URL and token). */
  describe(error: unknown): string {
    if (error instanceof HTTPError) return `HTTP ${error.response.status}`;
    if (error instanceof KyTimeoutError) return `timeout after ${this.#options.timeout} ms`;
    if (error instanceof TsoffersError) return this.#options.redact(error.message);
    const code = causeCode(error);
    return this.#options.redact(`${code ? `${code}: ` : ''}${error instanceof Error ? causeMessage(error) : describeValue(error)}`);
  }

  /** The text of an error answer's body, redacted (and for downloads without the link's secrets). */
  #errorText(exchange: Exchange): string {
    const raw = bodyText(exchange.bytes);
    const text = this.#options.redact(raw);
    return exchange.scrub ? exchange.scrub(text) : text;
  }

  /** What a failure is, as a tsoffers error: InvalidResponseError, TimeoutError or NetworkError. */
  #failureOf(error: unknown, exchange: Exchange): TsoffersError {
    const { where } = exchange;
    if (error instanceof TsoffersError) return error;
    if (error instanceof HTTPError) {
      const { status } = error.response;
      const text = this.#errorText(exchange);
      if (exchange.kind === 'download') return new InvalidResponseError(`${where} answered HTTP ${status}`, status, text.slice(0, 200));
      if (status >= 300 && status < 400) {
        const location = this.#options.redact(error.response.headers.get('location') ?? '(no Location)');
        const body = exchange.kind === 'upload' ? ' (and the body was a one-time stream)' : '';
        return new InvalidResponseError(
          `HasOffers answered ${where} with a redirect (HTTP ${status}) to ${location}. Redirects are not followed because the request carries the credentials (NetworkToken or api_key)${body}; set endpoint to the final address.`,
          status,
          location,
        );
      }
      return invalidBodyError(status, text, `for ${where}`);
    }
    if (error instanceof KyTimeoutError) {
      if (exchange.kind === 'upload') return new TimeoutError(`${where} made no progress for ${this.#options.timeout} ms`);
      if (exchange.kind === 'download') return new TimeoutError(`${where} timed out after ${this.#options.timeout} ms`);
      return new TimeoutError(`${where} timed out after ${this.#options.timeout} ms (per attempt; raise the timeout option if HasOffers is slow for this call).`);
    }
    return new NetworkError(`${where} failed: ${this.describe(error)}`);
  }

  /** The one error translator: ky's and undici's errors (which carry the full URL, token included) into ours, redacted. */
  async translate(error: unknown, exchange: Exchange): Promise<unknown> {
    const { where } = exchange;
    if (exchange.signal?.aborted) return exchange.signal.reason ?? error;
    if (isForceRetryError(error) && exchange.rateLimit) return new MaxRetriesExceededError(exchange.attempts, exchange.rateLimit);
    // An answer in HasOffers' own words: the call was refused, whatever it was.
    if (error instanceof HasOffersError) return error;
    if (exchange.kind === 'upload' && exchange.sourceFailure) {
      const detail = this.#options.redact(exchange.sourceFailure.message);
      return new UploadSourceError(
        `${where}: reading the file failed after ${exchange.sent} bytes were sent (${detail}); the upload was cut short, so HasOffers received an incomplete body. Check the file and upload it again.`,
        { cause: exchange.sourceFailure },
      );
    }
    const failure = this.#failureOf(error, exchange);
    if (exchange.safe) return failure;
    // Refused before anything was sent (closed client, bad input): nothing can have been applied.
    if (exchange.attempts === 0) return error instanceof TsoffersError ? failure : new NetworkError(`${where} was not sent (${this.describe(error)}).`, { cause: failure });
    // An upload's answer that HasOffers (or a proxy) gave in full is reported as it is: only a 5xx or
    // a failure in the middle leaves the outcome unknown.
    if (exchange.kind === 'upload' && !exchange.stalled && (error instanceof TsoffersError || (error instanceof HTTPError && error.response.status < 500))) return failure;
    if (error instanceof HTTPError && REFUSED_STATUSES.has(error.response.status)) {
      return error.response.status === 429 ? new MaxRetriesExceededError(exchange.attempts, failure) : failure;
    }
    const code = isNetworkFailure(error) ? causeCode(error) : undefined;
    if (code && (NOT_SENT_CODES.has(code) || TLS_CODES.has(code))) {
      // It never left this machine: say so, so that nobody checks the server for a write that cannot be there.
      return new NetworkError(`${where} was not sent (${this.describe(error)}); nothing reached HasOffers, so it can be sent again.`, { cause: failure });
    }
    // Anything else may have happened after HasOffers acted: say so, and never repeat a write.
    if (exchange.kind === 'upload') {
      if (exchange.stalled) return new UnknownOutcomeError(`${failure.message}; it writes, so it was not repeated and may or may not have been applied.`, { cause: failure });
      if (error instanceof HTTPError) return new UnknownOutcomeError(`${where} failed with HTTP ${error.response.status} and was not repeated, because it writes: it may or may not have been applied. ${failure.message}`, { cause: failure });
      return new UnknownOutcomeError(`${where} failed (${this.describe(error)}) after it may have reached HasOffers; it writes, so it was not repeated.`, { cause: failure });
    }
    return new UnknownOutcomeError(
      `${where} may or may not have been applied: ${failure.message} It writes, so it was not repeated (that could duplicate it); check the server state before trying again.`,
      { cause: failure },
    );
  }
}

export interface ExchangeInit {
  readonly safe: boolean;
  readonly signal?: AbortSignal | undefined;
  readonly target?: string;
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly form?: string | undefined;
  readonly upload?: UploadBody;
  readonly scrub?: (text: string) => string;
}

/** A fresh Exchange. */
export function exchange(kind: ExchangeKind, where: string, init: ExchangeInit): Exchange {
  return { headers: {}, signal: undefined, ...init, kind, where, attempts: 0, sent: 0 };
}

