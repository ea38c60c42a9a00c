/**
 * Every error tsoffers throws. Messages name what was wrong and how to fix it, and never carry
 * the NetworkToken (URLs kept on errors are redacted first).
 */

/** One entry of the `errors` list HasOffers returns (or the single object it sends for bad credentials). */
export interface HasOffersErrorDetail {
  readonly publicMessage?: string;
  readonly err_code?: number | string;
  readonly err_msg?: string;
  readonly attribute_name?: string;
  readonly [key: string]: unknown;
}

/** Base class: `instanceof TsoffersError` catches everything the SDK raises on purpose. */
export class TsoffersError extends Error {
  override name = 'TsoffersError';
}

/** Bad input, refused before any request is sent. `argument` names the offending argument. */
export class InvalidArgumentError extends TsoffersError {
  override name = 'InvalidArgumentError';
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`Invalid ${argument}: ${message}`);
  }
}

/** A value that cannot be put on the wire (a function, a symbol, NaN, a key with brackets…), refused before sending. */
export class WireEncodingError extends TsoffersError {
  override name = 'WireEncodingError';
}

/**
 * A server-sent value as text. Not `String(value)`: an object from the server may carry its own
 * `toString` or `valueOf` key (data, not a function), and String() would then throw.
 */
export function detailText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** pyoffers' text for one error: the bare publicMessage, or `Error code: N. …`. */
export function formatErrorDetail(detail: HasOffersErrorDetail): string {
  if (detail === null || typeof detail !== 'object') return detailText(detail);
  const keys = Object.keys(detail);
  if (detail.publicMessage !== undefined && keys.length === 1) return detailText(detail.publicMessage);
  if (detail.publicMessage === undefined) return `Error code: ${detailText(detail.err_code)}. ${detailText(detail.err_msg)}`;
  return `Error code: ${detailText(detail.err_code)}. ${detailText(detail.publicMessage)} ${detailText(detail.err_msg)}`;
}

/** HasOffers answered with `errors`: the call was refused. */
export class HasOffersError extends TsoffersError {
  override name = 'HasOffersError';
  readonly errors: readonly HasOffersErrorDetail[];
  constructor(
    errors: HasOffersErrorDetail | readonly HasOffersErrorDetail[],
    readonly target?: string,
    readonly method?: string,
  ) {
    const list = Array.isArray(errors) ? (errors as readonly HasOffersErrorDetail[]) : [errors as HasOffersErrorDetail];
    super(list.map(formatErrorDetail).join('\n'));
    this.errors = list;
  }
}

/** HasOffers' "API usage exceeded rate limit" answer: the server refused the call without acting. */
export class RateLimitError extends HasOffersError {
  override name = 'RateLimitError';
}

/**
 * Rate-limit answers kept coming after every allowed retry. `lastError` is the final answer. A
 * HasOffersError (as pyoffers' MaxRetriesExceeded is a HasOffersException): code that catches
 * HasOffers errors sees rate-limit exhaustion too; `errors` are the last answer's.
 */
export class MaxRetriesExceededError extends HasOffersError {
  override name = 'MaxRetriesExceededError';
  constructor(
    readonly attempts: number,
    readonly lastError?: Error,
  ) {
    const last = lastError instanceof HasOffersError ? lastError : undefined;
    super(last ? last.errors : [{ publicMessage: lastError?.message ?? 'API usage exceeded rate limit' }], last?.target, last?.method);
    this.message = `Max retries exceeded: ${attempts} attempts were rate-limited${lastError ? ` (last: ${lastError.message})` : ''}`;
  }
}

/** An HTTP status outside 2xx, or a body that is not a HasOffers JSON envelope. */
export class InvalidResponseError extends TsoffersError {
  override name = 'InvalidResponseError';
  constructor(
    message: string,
    readonly status: number,
    readonly bodyExcerpt: string,
  ) {
    super(message);
  }
}

/** The request failed at the network level (connection refused/reset, DNS, TLS, timeout). */
export class NetworkError extends TsoffersError {
  override name = 'NetworkError';
}

/** A call took longer than its timeout. */
export class TimeoutError extends NetworkError {
  override name = 'TimeoutError';
}

/**
 * A write failed after it may have reached HasOffers (connection reset, timeout, 5xx). It was not
 * repeated, because repeating could duplicate it; check the server state before trying again.
 */
export class UnknownOutcomeError extends NetworkError {
  override name = 'UnknownOutcomeError';
}

/** Raised when the file (or stream) could not be read to the end while it was being sent. */
export class UploadSourceError extends TsoffersError {
  override name = 'UploadSourceError';
}

/** The answer was bigger than the client's `maxResponseBytes`; the rest was not read. */
export class ResponseTooLargeError extends InvalidResponseError {
  override name = 'ResponseTooLargeError';
  constructor(
    readonly limit: number,
    status: number,
    what: string,
  ) {
    super(`HasOffers answered HTTP ${status} with ${what}, more than the limit of ${limit} bytes; the rest was not read. Ask for fewer rows (limit, fields) or raise maxResponseBytes.`, status, '');
  }
}
