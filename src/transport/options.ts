import { InvalidArgumentError } from '../errors.js';
import { HASOFFERS_RATE_LIMIT } from './limiter.js';
import type { RateLimit } from './limiter.js';

/** 64 MiB: far above any page HasOffers sends (a findAll page of 10 000 offers is a few MB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_BACKOFF = Object.freeze({ initialMs: 300, maxMs: 10_000 });
/** ky refuses timeouts that setTimeout cannot represent. */
const MAX_TIMEOUT = 2_147_483_647;

/** The transport's part of the client options. */
export interface TransportClientOptions {
  /**
   * The client-side rate limit, shared by every call of this client (retries included). Default
   * HasOffers' own: 50 calls per 10 000 ms. `false` turns it off (for example when several
   * processes share one network and a limiter sits in front of them).
   */
  readonly rateLimit?: false | RateLimit;
  /**
   * A proxy URL such as `http://proxy.example:3128`. By default `HTTPS_PROXY`/`HTTP_PROXY` and
   * `NO_PROXY` (either case) are honoured; `false` ignores them.
   */
  readonly proxy?: string | false;
  /** Answers larger than this many bytes are refused with ResponseTooLargeError. Default 64 MiB. */
  readonly maxResponseBytes?: number;
  /** Exponential backoff between retried failures: first delay and cap in ms (full jitter). Default 300 / 10 000. */
  readonly backoff?: { readonly initialMs?: number; readonly maxMs?: number };
}

function positive(name: string, value: unknown, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
    throw new InvalidArgumentError(name, `expected a number > 0${max < Number.MAX_SAFE_INTEGER ? ` and ≤ ${max}` : ''}, got ${String(value)}.`);
  }
  return value;
}

/** A number option that may be 0 (`retries`, `verbosity`…), or its default when not given. */
export function nonNegative(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new InvalidArgumentError(name, `expected a number ≥ 0, got ${String(value)}.`);
  return value;
}

export interface ParsedTransportOptions {
  readonly rateLimit: RateLimit | false;
  readonly proxy: string | false | undefined;
  readonly maxResponseBytes: number;
  readonly backoff: { readonly initialMs: number; readonly maxMs: number };
  readonly timeout: number;
  /** Retries of a failed call or download (reads; writes only when they certainly did not arrive). */
  readonly retries: number;
  /** Seconds between rate-limited attempts. */
  readonly retryTimeout: number;
  /** Milliseconds a download may go without a byte. */
  readonly downloadIdleTimeout: number;
}

/** Checks the transport options, naming the bad one and the fix. */
export function parseTransportOptions(options: TransportClientOptions & { readonly timeout?: unknown; readonly retries?: unknown; readonly retryTimeout?: unknown; readonly downloadIdleTimeout?: unknown }): ParsedTransportOptions {
  let rateLimit: RateLimit | false = HASOFFERS_RATE_LIMIT;
  if (options.rateLimit === false) rateLimit = false;
  else if (options.rateLimit !== undefined) {
    const given = options.rateLimit as unknown;
    if (given === null || typeof given !== 'object') throw new InvalidArgumentError('rateLimit', `expected false or { calls, windowMs }, got ${String(given)}.`);
    const { calls, windowMs } = given as Partial<RateLimit>;
    if (typeof calls !== 'number' || !Number.isSafeInteger(calls) || calls < 1) throw new InvalidArgumentError('rateLimit.calls', `expected a positive integer (HasOffers allows 50), got ${String(calls)}.`);
    rateLimit = { calls, windowMs: positive('rateLimit.windowMs', windowMs, Number.NaN, MAX_TIMEOUT) };
  }
  const proxy = options.proxy;
  if (proxy !== undefined && proxy !== false) {
    let ok = false;
    try {
      ok = typeof proxy === 'string' && ['http:', 'https:'].includes(new URL(proxy).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new InvalidArgumentError('proxy', `expected an http(s) URL like http://proxy.example:3128, or false; got ${typeof proxy === 'string' ? JSON.stringify(proxySafe(proxy)) : String(proxy)}.`);
  }
  const backoff = options.backoff ?? {};
  return {
    rateLimit,
    proxy,
    maxResponseBytes: positive('maxResponseBytes', options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES),
    backoff: {
      initialMs: nonNegative('backoff.initialMs', backoff.initialMs, DEFAULT_BACKOFF.initialMs),
      maxMs: nonNegative('backoff.maxMs', backoff.maxMs, DEFAULT_BACKOFF.maxMs),
    },
    timeout: positive('timeout', options.timeout, 60_000, MAX_TIMEOUT),
    retries: nonNegative('retries', options.retries, 3),
    retryTimeout: nonNegative('retryTimeout', options.retryTimeout, 3),
    downloadIdleTimeout: nonNegative('downloadIdleTimeout', options.downloadIdleTimeout, 60_000),
  };
}

/** A proxy URL without its password, for messages. */
function proxySafe(text: string): string {
  return text.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@');
}

/** Secrets besides the NetworkToken that must never be printed: proxy passwords (option and environment). */
export function proxySecrets(proxy: string | false | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  const candidates = [typeof proxy === 'string' ? proxy : undefined, env.https_proxy, env.HTTPS_PROXY, env.http_proxy, env.HTTP_PROXY];
  const secrets: string[] = [];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.password) secrets.push(decodeURIComponent(url.password), url.password);
    } catch {
      // Not a URL: nothing to pick out (undici will refuse it with its own error).
    }
  }
  return secrets;
}
