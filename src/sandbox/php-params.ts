/**
 * Request parameters the way PHP (and so HasOffers) reads them: `a[b][c]=1` nests, `a[]=1&a[]=2`
 * appends, repeated plain keys overwrite, `+` is a space. The result keeps insertion order, which
 * the request echo and `sort[...]` depend on.
 *
 * Parsing is linear in the input, and bounded: more parameters, deeper nesting or longer lists
 * than PARAM_LIMITS allow are refused with an error naming the limit (PHP's max_input_vars and
 * max_input_nesting_level drop the excess silently; a test double should say so instead).
 */
import { ApiFailure } from './errors.js';

export type PhpValue = string | PhpArray;
/** A PHP array: ordered, string-keyed (integer keys are kept as their decimal text). */
export type PhpArray = Map<string, PhpValue>;

export interface ParamLimits {
  /** Pairs in one request (query string and body together). */
  readonly parameters: number;
  /** Bracket levels in one key: `filters[OR][0][id][GREATER_THAN]` has 4. */
  readonly depth: number;
  /** Items in one array (`a[]=…` appends, `a[7]=…` keys). */
  readonly arrayItems: number;
}

/** Far above what the SDK sends (a findAll with every filter has a few dozen pairs). */
export const PARAM_LIMITS: ParamLimits = Object.freeze({ parameters: 10_000, depth: 16, arrayItems: 5_000 });

function decode(text: string): string {
  const spaced = text.includes('+') ? text.replace(/\+/g, ' ') : text;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A stray "%" is kept literally, as PHP does, rather than failing the whole request.
    return spaced.replace(/%([0-9a-fA-F]{2})/g, (match, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : match;
    });
  }
}

function tooMany(limits: ParamLimits): ApiFailure {
  return ApiFailure.message(`Too many parameters: the sandbox reads at most ${limits.parameters} per request (query string and body together).`);
}

/**
 * `a=1&b%5B%5D=2` → [['a', '1'], ['b[]', '2']], decoded, in order. `already` counts pairs taken
 * from another part of the same request, so the limit covers query and body together.
 */
export function parsePairs(query: string, limits: ParamLimits = PARAM_LIMITS, already = 0): [string, string][] {
  const out: [string, string][] = [];
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end === -1) end = query.length;
    if (end > start) {
      const eq = query.indexOf('=', start);
      const at = eq !== -1 && eq < end ? eq : -1;
      const key = decode(query.slice(start, at === -1 ? end : at));
      if (key) {
        if (already + out.length >= limits.parameters) throw tooMany(limits);
        out.push([key, at === -1 ? '' : decode(query.slice(at + 1, end))]);
      }
    }
    start = end + 1;
  }
  return out;
}

/**
 * `filters[OR][id][]` → ['filters', 'OR', 'id', '']; a malformed bracket ends the path like PHP.
 * Throws when the key nests deeper than `limits.depth`.
 */
export function splitKey(key: string, limits: ParamLimits = PARAM_LIMITS): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const path = [key.slice(0, open)];
  let at = open;
  while (key[at] === '[') {
    const close = key.indexOf(']', at + 1);
    if (close === -1) break;
    if (path.length > limits.depth) {
      throw ApiFailure.message(`Parameter "${path[0]}" nests more than ${limits.depth} levels deep (${key.length > 80 ? `${key.slice(0, 80)}…` : key}).`);
    }
    path.push(key.slice(at + 1, close));
    at = close + 1;
  }
  return path;
}

const INDEX = /^(0|[1-9]\d*)$/;

/**
 * Builds nested parameters. The next index `a[]` appends at (PHP: the largest integer key + 1) is
 * kept per array and updated on every set, so an append costs O(1) instead of a scan of the keys.
 */
class Builder {
  private readonly next = new WeakMap<PhpArray, number>();
  constructor(private readonly limits: ParamLimits) {}

  private nextIndex(array: PhpArray): number {
    let next = this.next.get(array);
    if (next === undefined) {
      // An array this builder did not make (buildParams into a filled map): scanned once.
      next = 0;
      for (const key of array.keys()) if (INDEX.test(key)) next = Math.max(next, Number(key) + 1);
      this.next.set(array, next);
    }
    return next;
  }

  private claim(array: PhpArray, segment: string, key: string): string {
    const name = segment === '' ? String(this.nextIndex(array)) : segment;
    if (!array.has(name) && array.size >= this.limits.arrayItems) {
      throw ApiFailure.message(`Parameter "${key.length > 80 ? `${key.slice(0, 80)}…` : key}": an array may hold at most ${this.limits.arrayItems} items.`);
    }
    if (INDEX.test(name)) {
      const index = Number(name);
      if (index >= this.nextIndex(array)) this.next.set(array, index + 1);
    }
    return name;
  }

  set(root: PhpArray, key: string, value: string): void {
    const path = splitKey(key, this.limits);
    let node = root;
    for (let index = 0; index < path.length; index++) {
      const name = index === 0 ? (path[0] as string) : this.claim(node, path[index] as string, key);
      if (index === path.length - 1) {
        node.set(name, value);
        return;
      }
      let child = node.get(name);
      if (!(child instanceof Map)) {
        child = new Map();
        node.set(name, child);
      }
      node = child;
    }
  }
}

/** Sets one decoded pair into `root` (for many pairs use buildParams, which keeps its bookkeeping between them). */
export function setPair(root: PhpArray, key: string, value: string, limits: ParamLimits = PARAM_LIMITS): void {
  new Builder(limits).set(root, key, value);
}

/** Decoded pairs → nested parameters. */
export function buildParams(pairs: Iterable<readonly [string, string]>, into: PhpArray = new Map(), limits: ParamLimits = PARAM_LIMITS): PhpArray {
  const builder = new Builder(limits);
  for (const [key, value] of pairs) builder.set(into, key, value);
  return into;
}

/** A query string (or form body) → nested parameters. */
export function parsePhpQuery(query: string): PhpArray {
  return buildParams(parsePairs(query));
}

/** True for PHP arrays whose keys are 0..n-1 in order (what `a[]=…` builds). */
export function isList(value: PhpArray): boolean {
  let expected = 0;
  for (const key of value.keys()) {
    if (key !== String(expected)) return false;
    expected++;
  }
  return true;
}

/** The scalar at `key`, or undefined when absent or nested. */
export function scalar(params: PhpArray, key: string): string | undefined {
  const value = params.get(key);
  return typeof value === 'string' ? value : undefined;
}

/** A value as a list of strings: `a[]=1&a[]=2`, `a[0]=1`, or a single `a=1`. */
export function stringList(value: PhpValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return [...value.values()].filter((item): item is string => typeof item === 'string');
}
