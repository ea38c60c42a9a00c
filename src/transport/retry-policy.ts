import { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import { errors as undiciErrors } from 'undici';
import { TsoffersError } from '../errors.js';

/**
 * Which failures may be repeated. The decision is per HasOffers method (safe reads vs writes),
 * never per HTTP verb: HasOffers sends writes as GET too.
 *
 * - Safe calls: network errors, timeouts and the statuses below.
 * - Unsafe calls: only answers that prove the server did not act: HasOffers' rate-limit envelope
 *   (a forced retry from the afterResponse hook, which ky does not pass through here), HTTP 408 and
 *   429, and connection failures before anything was sent.
 */
export const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];
export const REFUSED_STATUSES: ReadonlySet<number> = new Set([408, 429]);

/** Failures while connecting: the request never left, so even a write can be sent again. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** TLS verification failures: nothing was sent, and repeating cannot help. */
export const TLS_CODES: ReadonlySet<string> = new Set([
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

/** The message of an error's cause (undici's "fetch failed" hides the useful part there). */
export function causeMessage(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** The first `code` along an error's `cause` chain (undici puts it a level or two down). */
export function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Network failures: undici's dispatcher errors (a `code` such as UND_ERR_SOCKET or ECONNRESET, or an
 * HTTPParserError for an answer that is not HTTP), and fetch's `TypeError('fetch failed' | 'terminated')`.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof TypeError && (error.message === 'fetch failed' || error.message === 'terminated')) return true;
  if (error instanceof undiciErrors.HTTPParserError) return true;
  return causeCode(error) !== undefined && !(error instanceof TsoffersError);
}

/**
 * The `shouldRetry` answer for ky: `false` stops, `undefined` lets ky apply its own status and
 * Retry-After handling. Aborts are checked by the caller (only it knows the user's signal).
 */
export function shouldRetryFailure(error: Error, safe: boolean): boolean | undefined {
  if (error instanceof TsoffersError) return false;
  if (error instanceof HTTPError) {
    const status = error.response.status;
    if (!RETRY_STATUSES.includes(status)) return false;
    return safe || REFUSED_STATUSES.has(status) ? undefined : false;
  }
  if (error instanceof KyTimeoutError) return safe;
  if (!isNetworkFailure(error)) return false; // a bug or an abort, not the network: never repeat
  const code = causeCode(error);
  if (code && TLS_CODES.has(code)) return false;
  if (safe) return true;
  return code !== undefined && NOT_SENT_CODES.has(code);
}
