import { fetch as undiciFetch } from 'undici';
import type { Dispatcher } from 'undici';
import { InvalidResponseError, NetworkError, ResponseTooLargeError, TimeoutError, TsoffersError, UnknownOutcomeError } from '../errors.js';
import { checkErrors, invalidBodyError, readEnvelope } from '../response/envelope.js';
import type { EnvelopeResponse } from '../response/envelope.js';
import { parseOrderedJson } from '../response/ordered-json.js';
import type { LimiterSlot } from '../transport/limiter.js';
import type { Logger } from '../transport/logger.js';
import { causeCode, causeMessage, NOT_SENT_CODES, TLS_CODES } from '../transport/retry-policy.js';
import { redactDeep } from '../transport/redact.js';
import type { WirePair } from '../wire/params.js';
import type { MultipartBody } from './multipart.js';
import { readLimited } from '../transport/fetch.js';

/** One upload call: Target/Method and the `data[...]` pairs that go in the query string. */
export interface UploadCall {
  readonly target: string;
  readonly method: string;
  readonly params: readonly WirePair[];
}

/**
 * What an upload needs from the client: the URL builder the transport uses for every call (same
 * encoder, same credentials), the transport's own dispatcher (so `verify: false` and the proxy
 * apply to uploads too), its rate limiter, the redactor and logger, and the client's timeout and
 * answer size limit. The client puts one on its ApiContext (`context.upload`) for custom methods.
 */
export interface UploadChannel {
  /** The call URL, credentials included: never log or keep it unredacted. */
  url(call: UploadCall): string;
  readonly dispatcher: Dispatcher;
  /** The client's rate limiter: an upload is one call against HasOffers' limit. */
  readonly limiter?: { acquire(signal?: AbortSignal): Promise<LimiterSlot> };
  redact(text: string): string;
  readonly logger: Logger;
  /** Milliseconds without progress (bytes taken by the socket, or the answer) before giving up. */
  readonly timeout: number;
  /** Answers above this many bytes are refused (ResponseTooLargeError). */
  readonly maxResponseBytes: number;
}

export interface UploadRequest extends UploadCall {
  readonly body: MultipartBody;
  readonly signal?: AbortSignal;
}



/** Reads an answer, stopping as soon as it passes the client's size limit. */
async function readText(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLargeError(limit, response.status, `a body of ${declared} bytes (Content-Length)`);
  }
  return Buffer.from(await readLimited(response.body, limit, response.status)).toString('utf8');
}

/** Raised when the file (or stream) could not be read to the end while it was being sent. */
export class UploadSourceError extends TsoffersError {
  override name = 'UploadSourceError';
}

/**
 * Sends one multipart upload and returns `response.data` once the envelope has been checked.
 *
 * Never retried: the body is a stream that has been consumed, and `create` writes, so repeating
 * it could store the creative twice. Failures after the body may have reached HasOffers are
 * UnknownOutcomeError; failures before (connection refused, DNS, TLS) are NetworkError.
 *
 * It calls undici's fetch directly rather than through ky: the transport's fetch adapter reads
 * request bodies into memory (ky hands it a Request), and ky would buffer a streamed body to be
 * able to retry it.
 */
export async function sendUpload(channel: UploadChannel, request: UploadRequest): Promise<unknown> {
  const where = `${request.target}.${request.method}`;
  const started = Date.now();
  const idle = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let sourceFailure: Error | undefined;
  const touch = () => {
    if (timer) clearTimeout(timer);
    if (channel.timeout > 0) timer = setTimeout(() => idle.abort(new TimeoutError(`${where} made no progress for ${channel.timeout} ms`)), channel.timeout);
  };
  // Progress = the socket taking another chunk, so a big file on a slow link is not cut off by a
  // timeout meant for one API call, while a stalled connection still is. fetch pulls from this
  // generator only as the socket drains, so counting here counts bytes handed to the network.
  let sent = 0;
  const source = request.body.body;
  async function* counted(): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of source as AsyncIterable<Uint8Array>) {
        sent += chunk.byteLength;
        touch();
        yield chunk;
      }
    } catch (error) {
      sourceFailure ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    }
  }
  const signal = request.signal ? AbortSignal.any([request.signal, idle.signal]) : idle.signal;
  const headers: Record<string, string> = { 'content-type': request.body.contentType, accept: 'application/json' };
  if (request.body.length !== undefined) headers['content-length'] = String(request.body.length);
  channel.logger.debug(`Upload ${where} (POST multipart, ${request.body.length ?? 'chunked'} bytes) parameters: ${JSON.stringify(request.params)}`);
  let text: string;
  let status: number;
  let slot: LimiterSlot | undefined;
  try {
    // Wait for the rate limiter before the idle timer starts: waiting is not a stall.
    slot = await channel.limiter?.acquire(request.signal);
    touch();
    const response = await undiciFetch(channel.url(request), {
      method: 'POST',
      headers,
      body: counted(),
      duplex: 'half',
      // With any other redirect mode fetch clones the request in case it must follow a redirect,
      // and the unread copy of the tee'd body stream buffers the whole file (measured, 200 MB
      // file: RSS and ArrayBuffers +214-217 MB; with 'error': +32-36 MB, the same for 64 or
      // 500 MB). The clone is skipped only for 'error' with window "no-window" (what Node uses;
      // `window: null` says so explicitly). Redirects must not be followed anyway: the query
      // string carries the NetworkToken.
      redirect: 'error',
      window: null,
      dispatcher: channel.dispatcher,
      signal,
    });
    touch();
    status = response.status;
    text = await readText(response as unknown as Response, channel.maxResponseBytes);
  } catch (error) {
    throw translate(channel, error, { where, signal: request.signal, idle: idle.signal, sourceFailure, sent });
  } finally {
    if (timer) clearTimeout(timer);
    slot?.release();
    source.destroy();
  }
  const redacted = channel.redact(text);
  if (status < 200 || status >= 300) {
    const failure = invalidBodyError(status, redacted, `for ${where}`);
    if (status >= 500) throw new UnknownOutcomeError(`${where} failed with HTTP ${status} and was not repeated, because it writes: it may or may not have been applied. ${failure.message}`, { cause: failure });
    throw failure;
  }
  channel.logger.debug(`Response [${status}] ${where}: ${redacted}`);
  let parsed: unknown;
  try {
    parsed = parseOrderedJson(text);
  } catch {
    throw invalidBodyError(status, redacted, `for ${where} with a body that is not JSON`);
  }
  const envelope = readEnvelope(parsed, status, redacted);
  const checked: EnvelopeResponse = envelope.errors === undefined || envelope.errors === null ? envelope : { ...envelope, errors: redactDeep(envelope.errors, channel.redact) as EnvelopeResponse['errors'] };
  // A rate-limit answer (RateLimitError) is thrown as is: HasOffers did not act, but the body has
  // been consumed, so the caller decides whether to upload again.
  checkErrors(checked, request.target, request.method);
  channel.logger.info(`${where} OK in ${Date.now() - started} ms (${sent} bytes uploaded; uploads are never repeated)`);
  return envelope.data;
}

function translate(channel: UploadChannel, error: unknown, state: { where: string; signal?: AbortSignal; idle: AbortSignal; sourceFailure?: Error; sent: number }): unknown {
  const { where } = state;
  if (state.signal?.aborted) return state.signal.reason ?? error;
  if (state.idle.aborted) {
    const reason = state.idle.reason as Error;
    return new UnknownOutcomeError(`${reason.message}; it writes, so it was not repeated and may or may not have been applied.`);
  }
  if (state.sourceFailure) {
    const detail = channel.redact(state.sourceFailure.message);
    return new UploadSourceError(`${where}: reading the file failed after ${state.sent} bytes were sent (${detail}); the upload was cut short, so HasOffers received an incomplete body. Check the file and upload it again.`, { cause: state.sourceFailure });
  }
  if (error instanceof TsoffersError) return error;
  const code = causeCode(error);
  const message = causeMessage(error);
  const detail = channel.redact(`${code ? `${code}: ` : ''}${message}`);
  if (/redirect/i.test(message)) {
    return new InvalidResponseError(`HasOffers answered ${where} with a redirect. Redirects are not followed because the request carries the NetworkToken (and the body was a one-time stream); set endpoint to the final address.`, 0, '');
  }
  if (code && (NOT_SENT_CODES.has(code) || TLS_CODES.has(code))) return new NetworkError(`${where} failed before anything was sent: ${detail}`);
  return new UnknownOutcomeError(`${where} failed (${detail}) after it may have reached HasOffers; it writes, so it was not repeated.`);
}
