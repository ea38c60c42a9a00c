// The order-keeping parser as it was before the fast path (commit 7b0c96e), kept as the reference the property tests compare against.
/**
 * HasOffers returns lists as objects keyed by id (`{"100": {...}, "62": {...}}`) in the order it
 * sorted them. JavaScript objects iterate integer-like keys in ascending order, so a plain
 * `JSON.parse` would silently undo `sort[Offer.id]=desc`. This parser keeps the server's order:
 * integer-like keys are tagged before parsing, and every object that had them gets a hidden list
 * of its keys in document order, read back with `orderedEntries`.
 */

const ORDER = Symbol('tsoffers.keyOrder');
const MARK = '\u0000';
/** The marker as JSON text: a raw control character is not allowed inside a JSON string. */
const MARK_JSON = '\\u0000';

type Ordered = Record<string, unknown> & { [ORDER]?: readonly string[] };

function isDigits(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Prefixes every integer-like object key with a marker so that V8 keeps insertion order. */
function tagIntegerKeys(text: string): string | undefined {
  let out: string[] | undefined;
  let last = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    if (text.charCodeAt(i) !== 34 /* " */) continue;
    const start = i + 1;
    let j = start;
    // Find the closing quote, skipping escapes.
    while (j < length) {
      const code = text.charCodeAt(j);
      if (code === 92 /* \ */) j += 2;
      else if (code === 34) break;
      else j++;
    }
    let k = j + 1;
    while (k < length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 9)) k++;
    if (text.charCodeAt(k) === 58 /* : */ && isDigits(text, start, j)) {
      out ??= [];
      out.push(text.slice(last, start), MARK_JSON);
      last = start;
    }
    i = j;
  }
  if (!out) return undefined;
  out.push(text.slice(last));
  return out.join('');
}

function restore(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (!keys.some((key) => key.startsWith(MARK))) return value;
  const order = keys.map((key) => (key.startsWith(MARK) ? key.slice(1) : key));
  const result: Ordered = {};
  keys.forEach((key, index) => {
    result[order[index] as string] = (value as Record<string, unknown>)[key];
  });
  Object.defineProperty(result, ORDER, { value: Object.freeze(order), enumerable: false });
  return result;
}

/** `JSON.parse` that remembers the document order of integer-like keys. */
export function parseOrderedJson(text: string): unknown {
  const tagged = tagIntegerKeys(text);
  return tagged === undefined ? JSON.parse(text) : JSON.parse(tagged, restore);
}

/** The keys of an object in the order the server wrote them. */
export function orderedKeys(value: object): readonly string[] {
  return (value as Ordered)[ORDER] ?? Object.keys(value);
}

/** Values of an object (or items of an array) in the order the server wrote them. */
export function orderedValues(value: object): unknown[] {
  if (Array.isArray(value)) return value;
  return orderedKeys(value).map((key) => (value as Record<string, unknown>)[key]);
}
