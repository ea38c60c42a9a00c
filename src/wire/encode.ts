import type { ParamScalar, ParamValue, Params, WirePair } from './params.js';

/** Thrown when a value cannot be put on the wire (a function, a symbol, NaN…). */
export class WireEncodingError extends TypeError {
  override readonly name = 'WireEncodingError';
}

function scalarToWire(key: string, value: Exclude<ParamScalar, null | undefined> | Date): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      // HasOffers reads flags as 1/0; pyoffers itself sends tiny_url as '1'/'0'.
      return value ? '1' : '0';
    case 'number':
      if (!Number.isFinite(value)) {
        throw new WireEncodingError(`Parameter "${key}" is ${value}; pass a finite number or a string.`);
      }
      return String(value);
    case 'bigint':
      return value.toString();
    default:
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new WireEncodingError(`Parameter "${key}" is an invalid Date.`);
        // HasOffers takes "YYYY-MM-DD HH:MM:SS" in the network's time zone; we send UTC wall time.
        return value.toISOString().slice(0, 19).replace('T', ' ');
      }
      throw new WireEncodingError(`Parameter "${key}" has an unsupported type (${typeof value}).`);
  }
}

function isPlainObject(value: unknown): value is Record<string, ParamValue> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isContainer(value: ParamValue): boolean {
  return Array.isArray(value) || isPlainObject(value);
}

/**
 * Flattens one value under `key` into PHP-style pairs, appending to `out`.
 * Arrays of scalars become `key[]` (what HasOffers and pyoffers use); arrays holding objects or
 * arrays need explicit indexes (`key[0][name]`), because `key[][name]` is ambiguous to PHP.
 */
export function flattenInto(out: WirePair[], key: string, value: ParamValue): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    const indexed = value.some((item: ParamValue) => isContainer(item));
    value.forEach((item: ParamValue, index: number) => {
      flattenInto(out, indexed ? `${key}[${index}]` : `${key}[]`, item);
    });
    return;
  }
  if (isPlainObject(value)) {
    for (const [sub, item] of Object.entries(value)) flattenInto(out, `${key}[${sub}]`, item);
    return;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    throw new WireEncodingError(
      `Parameter "${key}" is a ${value.constructor?.name ?? 'non-plain object'}; pass a plain object, an array or a scalar.`,
    );
  }
  out.push([key, scalarToWire(key, value as Exclude<ParamScalar, null | undefined> | Date)]);
}

/** Flattens a whole parameter tree, keeping insertion order. */
export function flattenParams(params: Params): WirePair[] {
  const out: WirePair[] = [];
  for (const [key, value] of Object.entries(params)) flattenInto(out, key, value);
  return out;
}

const EXTRA_ESCAPES: Record<string, string> = { '!': '%21', "'": '%27', '(': '%28', ')': '%29', '*': '%2A' };

/**
 * Percent-encodes like Python's `urllib.parse.quote_plus` (what `requests` sends for pyoffers):
 * only `A-Z a-z 0-9 _ . - ~` stay literal, a space becomes `+`, everything else is `%XX` of its
 * UTF-8 bytes. `encodeURIComponent` also keeps `!'()*`, so those are escaped after it.
 */
export function encodeComponent(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (ch) => EXTRA_ESCAPES[ch] ?? ch)
    .replace(/%20/g, '+');
}

/** Pairs → `a=1&b%5B%5D=2`, the exact bytes pyoffers puts in its query string. */
export function toQueryString(pairs: readonly WirePair[]): string {
  return pairs.map(([key, value]) => `${encodeComponent(key)}=${encodeComponent(value)}`).join('&');
}
