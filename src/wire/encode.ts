import type { ParamScalar, ParamValue, Params, WirePair } from './params.js';
import { WireEncodingError } from '../errors.js';
import { isPlainObject } from '../util/is-plain-object.js';

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

/**
 * Keys PHP would not read back as one key. Brackets are PHP's nesting syntax, so a key holding
 * one would be split (or cut short at `]`); an empty nested key would mean "append"; PHP turns
 * `.` and spaces in a top-level name into `_`; names are C strings to PHP, so NUL cuts them.
 * Such keys are refused rather than sent in a form HasOffers would read differently.
 */
function assertKey(key: string, parent: string | undefined): void {
  const where = parent === undefined ? `Parameter name "${key}"` : `Key "${key}" inside parameter "${parent}"`;
  const fix = 'Nest with objects instead of writing brackets into keys: { data: { name: … } }, not { "data[name]": … }.';
  if (key === '') throw new WireEncodingError(`${where} is empty; PHP would read an empty key as "append to a list".`);
  if (/[[\]]/.test(key)) throw new WireEncodingError(`${where} contains a bracket, which PHP reads as nesting. ${fix}`);
  if (key.includes('\0')) throw new WireEncodingError(`${where} contains a NUL character, which PHP cuts names at.`);
  if (parent === undefined && /[. ]/.test(key)) throw new WireEncodingError(`${where} contains "." or a space, which PHP turns into "_" in parameter names.`);
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
    for (const [sub, item] of Object.entries(value)) {
      assertKey(sub, key);
      flattenInto(out, `${key}[${sub}]`, item);
    }
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
  for (const [key, value] of Object.entries(params)) {
    assertKey(key, undefined);
    flattenInto(out, key, value);
  }
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
  return pairs
    .map(([key, value]) => {
      try {
        return `${encodeComponent(key)}=${encodeComponent(value)}`;
      } catch (error) {
        // encodeURIComponent throws URIError on a lone UTF-16 surrogate: no UTF-8 bytes exist for it.
        if (error instanceof URIError) throw new WireEncodingError(`Parameter "${key}" holds a lone UTF-16 surrogate (a broken emoji or a string cut in half); it has no UTF-8 form.`);
        throw error;
      }
    })
    .join('&');
}
