/**
 * HasOffers returns lists as objects keyed by id (`{"100": {...}, "62": {...}}`) in the order it
 * sorted them. JavaScript objects iterate integer-like keys in ascending order, so a plain
 * `JSON.parse` would silently undo `sort[Offer.id]=desc`.
 *
 * The fast path is `JSON.parse` plus the order of the digit-only keys: one native regex pass lists
 * them in document order, and a walk over the parsed value hands each object whose keys are all
 * digits its own keys from that list (a hidden key order, read back with `orderedKeys`). The walk
 * stops as soon as the list is used up, and when one object holds every remaining key (a page of
 * rows keyed by id, the usual answer) it does not descend into the rows at all.
 *
 * Every step is checked (each key taken from the list must be the object's, once); text the check
 * does not accept (duplicate keys, an object mixing id keys with named keys, escaped digits) goes
 * through the slow path, which tags every digit key before parsing and rebuilds the objects.
 */

const ORDER = Symbol('tsoffers.keyOrder');

type Ordered = Record<string, unknown> & { [ORDER]?: readonly string[] };

/** `"123":` as an object key. A key's opening quote is never preceded by a backslash (that quote would be escaped, inside a string). */
const DIGIT_KEY = /"(\d+)"[ \t\n\r]*:/g;

function isDigits(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** A key JavaScript iterates before the others, in ascending order (an array index: canonical, below 2^32 - 1). */
function isArrayIndex(key: string): boolean {
  if (!isDigits(key)) return false;
  if (key.length > 1 && key.charCodeAt(0) === 48) return false;
  return key.length < 10 || (key.length === 10 && Number(key) <= 4_294_967_294);
}

function setOrder(target: object, order: readonly string[]): void {
  Object.defineProperty(target, ORDER, { value: Object.freeze(order), enumerable: false, configurable: true });
}

/** The digit-only keys of a JSON text, in document order. */
function digitKeys(text: string): string[] {
  const keys: string[] = [];
  DIGIT_KEY.lastIndex = 0;
  for (let match = DIGIT_KEY.exec(text); match; match = DIGIT_KEY.exec(text)) {
    if (match.index > 0 && text.charCodeAt(match.index - 1) === 92 /* \ */) continue;
    keys.push(match[1] as string);
  }
  return keys;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Hands the digit keys, in document order, to the objects of a parsed value. False when the text and the value disagree. */
class OrderWalk {
  cursor = 0;
  constructor(private readonly keys: readonly string[]) {}

  get done(): boolean {
    return this.cursor === this.keys.length;
  }

  visit(value: unknown): boolean {
    if (this.done || value === null || typeof value !== 'object') return true;
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) {
        if (item !== null && typeof item === 'object' && !this.visit(item)) return false;
        if (this.done) return true;
      }
      return true;
    }
    const object = value as Record<string, unknown>;
    const own = Object.keys(object);
    let digits = 0;
    for (const key of own) if (isDigits(key)) digits += 1;
    if (digits === 0) return this.children(object, own);
    if (digits < own.length) {
      // Named keys mixed with digit keys: only when the digit keys keep their place anyway (none is an array index).
      for (const key of own) {
        if (isDigits(key)) {
          if (isArrayIndex(key) || this.keys[this.cursor] !== key) return false;
          this.cursor += 1;
        }
        const child = object[key];
        if (child !== null && typeof child === 'object' && !this.visit(child)) return false;
      }
      return true;
    }
    const remaining = this.keys.length - this.cursor;
    if (remaining < digits) return false;
    const order = this.keys.slice(this.cursor, this.cursor + digits);
    if (remaining === digits) {
      // This object holds every key left: nothing below it has digit keys, so there is no need to descend.
      const seen = new Set<string>();
      for (const key of order) {
        if (!hasOwn.call(object, key) || seen.has(key)) return false;
        seen.add(key);
      }
      this.cursor += digits;
      setOrder(object, order);
      return true;
    }
    const seen = new Set<string>();
    for (let i = 0; i < digits; i++) {
      const key = this.keys[this.cursor] as string;
      if (!hasOwn.call(object, key) || seen.has(key)) return false;
      seen.add(key);
      order[i] = key;
      this.cursor += 1;
      if (!this.visit(object[key])) return false;
    }
    setOrder(object, order);
    return true;
  }

  private children(object: Record<string, unknown>, keys: readonly string[]): boolean {
    for (const key of keys) {
      const child = object[key];
      if (child !== null && typeof child === 'object' && !this.visit(child)) return false;
      if (this.done) return true;
    }
    return true;
  }
}

const MARK = '\u0000';
/** The marker as JSON text: a raw control character is not allowed inside a JSON string. */
const MARK_JSON = '\\u0000';

/** Slow path: every digit key prefixed with a marker so that V8 keeps insertion order. */
function tagDigitKeys(text: string): string {
  DIGIT_KEY.lastIndex = 0;
  return text.replace(DIGIT_KEY, (match: string, _digits: string, offset: number) => (offset > 0 && text.charCodeAt(offset - 1) === 92 ? match : `"${MARK_JSON}${match.slice(1)}`));
}

function restore(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (!keys.some((key) => key.startsWith(MARK))) return value;
  const order = keys.map((key) => (key.startsWith(MARK) ? key.slice(1) : key));
  const result: Ordered = {};
  keys.forEach((key, index) => {
    // defineProperty, not assignment: a "__proto__" key stays data and never becomes the prototype.
    Object.defineProperty(result, order[index] as string, { value: (value as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
  });
  setOrder(result, order);
  return result;
}

function parseTagged(text: string): unknown {
  return JSON.parse(tagDigitKeys(text), restore);
}

/** `JSON.parse` that remembers the document order of digit-only keys (see the module comment). */
export function parseOrderedJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== 'object') return value;
  const keys = digitKeys(text);
  if (keys.length === 0) return value;
  const walk = new OrderWalk(keys);
  let ok: boolean;
  try {
    ok = walk.visit(value) && walk.done;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error; // very deep nesting: let the slow path decide
    ok = false;
  }
  return ok ? value : parseTagged(text);
}

/** The keys of an object in the order the server wrote them. */
export function orderedKeys(value: object): readonly string[] {
  return (value as Ordered)[ORDER] ?? Object.keys(value);
}

/** Values of an object (or items of an array) in the order the server wrote them. */
export function orderedValues(value: object): unknown[] {
  if (Array.isArray(value)) return value;
  const order = (value as Ordered)[ORDER];
  if (order === undefined) return Object.values(value);
  const out = new Array<unknown>(order.length);
  for (let i = 0; i < order.length; i++) out[i] = (value as Record<string, unknown>)[order[i] as string];
  return out;
}
