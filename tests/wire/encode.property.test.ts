/**
 * Property-based tests of the wire encoder (flattenParams + toQueryString): random nested
 * parameters encode to a query string that a PHP-compatible parser (written here from PHP's
 * documented parse_str/$_GET rules, independent of the encoder) decodes back to the same
 * structure. Keys PHP cannot read back as one key are refused instead of sent.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildParams, parsePairs } from '../../src/sandbox/php-params.js';
import type { PhpArray } from '../../src/sandbox/php-params.js';
import { WireEncodingError } from '../../src/errors.js';
import { encodeComponent, flattenParams, toQueryString } from '../../src/wire/encode.js';
import type { ParamValue, Params } from '../../src/wire/params.js';

const RUNS = 400;
let totalRuns = 0;
const run = <T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = RUNS) => {
  fc.assert(fc.property(arbitrary, predicate), { numRuns });
  totalRuns += numRuns;
};

// ---------------------------------------------------------------------------------------------
// A reference PHP parser: what PHP does with a query string (or form body) before HasOffers sees it.

type PhpKey = string | number;
type Php = string | Map<PhpKey, Php>;

/** PHP turns decimal-integer keys without leading zeros into integers. */
function phpKey(key: string): PhpKey {
  return /^(0|-?[1-9][0-9]{0,17})$/.test(key) ? Number(key) : key;
}

/** urldecode: `+` is a space, `%XX` a byte; the bytes are UTF-8. */
function urldecode(text: string): string {
  const bytes: number[] = [];
  const plain = text.replace(/\+/g, ' ');
  for (let i = 0; i < plain.length; i++) {
    if (plain[i] === '%' && /^[0-9a-fA-F]{2}$/.test(plain.slice(i + 1, i + 3))) {
      bytes.push(parseInt(plain.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(plain[i]!));
      // A surrogate pair is two UTF-16 units but one code point.
      if (/[\uD800-\uDBFF]/.test(plain[i]!) && i + 1 < plain.length) {
        bytes.splice(bytes.length - 3, 3, ...new TextEncoder().encode(plain.slice(i, i + 2)));
        i += 1;
      }
    }
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
}

function nextIndex(node: Map<PhpKey, Php>): number {
  let max = -1;
  for (const key of node.keys()) if (typeof key === 'number' && key > max) max = key;
  return max + 1;
}

/** php_register_variable: the name (`.` and space become `_`), then `[index]` segments. */
function register(root: Map<PhpKey, Php>, rawKey: string, value: string): void {
  const key = rawKey.replace(/^ +/, '');
  const open = key.indexOf('[');
  let name = open < 0 ? key : key.slice(0, open);
  const segments: string[] = [];
  if (open >= 0 && key.indexOf(']', open) < 0) {
    name = key.replace('[', '_'); // an unclosed bracket is part of the name
  } else if (open >= 0) {
    let pos = open;
    while (key[pos] === '[') {
      const close = key.indexOf(']', pos + 1);
      if (close < 0) break;
      segments.push(key.slice(pos + 1, close));
      pos = close + 1;
    }
  }
  name = name.replace(/[. ]/g, '_');
  if (name === '') return;
  const path = [name, ...segments];
  let node = root;
  path.forEach((segment, index) => {
    const k = index > 0 && segment === '' ? nextIndex(node) : phpKey(segment);
    if (index === path.length - 1) {
      node.set(k, value);
      return;
    }
    let child = node.get(k);
    if (!(child instanceof Map)) {
      child = new Map();
      node.set(k, child);
    }
    node = child;
  });
}

function phpParse(query: string): Map<PhpKey, Php> {
  const root = new Map<PhpKey, Php>();
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    register(root, urldecode(eq < 0 ? part : part.slice(0, eq)), eq < 0 ? '' : urldecode(part.slice(eq + 1)));
  }
  return root;
}

// ---------------------------------------------------------------------------------------------
// What PHP should end up with, computed from the parameters by the encoder's documented contract.

function scalarText(value: string | number | boolean | bigint | Date | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace('T', ' ');
  return String(value);
}

const isContainer = (value: ParamValue): boolean => Array.isArray(value) || (value !== null && typeof value === 'object' && !(value instanceof Date));

/** null/undefined and empty containers send nothing, so PHP never sees them. */
function expected(value: ParamValue): Php | undefined {
  if (Array.isArray(value)) {
    const out = new Map<PhpKey, Php>();
    const indexed = value.some(isContainer);
    value.forEach((item: ParamValue, index: number) => {
      const php = expected(item);
      if (php === undefined) return;
      out.set(indexed ? index : out.size === 0 ? 0 : nextIndex(out), php);
    });
    return out.size ? out : undefined;
  }
  if (isContainer(value)) {
    const out = new Map<PhpKey, Php>();
    for (const [key, item] of Object.entries(value as Record<string, ParamValue>)) {
      const php = expected(item);
      if (php !== undefined) out.set(phpKey(key), php);
    }
    return out.size ? out : undefined;
  }
  return scalarText(value as Parameters<typeof scalarText>[0]);
}

function expectedParams(params: Params): Map<PhpKey, Php> {
  const root = expected(params as ParamValue);
  return root instanceof Map ? root : new Map();
}

/** Maps → nested [key, value] lists, so that toEqual compares order and key types too. */
function plain(value: Php | PhpArray): unknown {
  if (typeof value === 'string') return value;
  return [...value.entries()].map(([key, item]) => [key, plain(item as Php)]);
}

// ---------------------------------------------------------------------------------------------
// Generators.

const SPECIALS = ['[', ']', '&', '=', '%', '+', ' ', '.', '#', '?', '/', '\\', '"', "'", ';', ',', '\n', '\t', 'é', 'ß', '中', '🎉', '👍🏽', '\u0301', '%20', '%ZZ', '+%2B'];
const unit = fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom('a', 'b', 'id', '0', '1', '10'));
const text = fc.string({ unit, maxLength: 12 });
const safeKey = (top: boolean) =>
  text.filter((key) => key !== '' && !/[[\]\0]/.test(key) && !(top && /[. ]/.test(key)) && key !== '__proto__');

const scalar: fc.Arbitrary<ParamValue> = fc.oneof(
  { weight: 5, arbitrary: text },
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.bigInt(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
);

const tree = fc.letrec<{ value: ParamValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: scalar },
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(safeKey(false), tie('value'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;

const params: fc.Arbitrary<Params> = fc.dictionary(safeKey(true), tree, { maxKeys: 5, noNullPrototype: true });

// ---------------------------------------------------------------------------------------------

describe('wire encoder properties', () => {
  afterAll(() => {
    console.info(`[wire properties] ${totalRuns} generated cases checked`);
  });

  it('random nested params decode (PHP rules) to the same structure', () => {
    run(params, (value) => {
      const query = toQueryString(flattenParams(value));
      expect(plain(phpParse(query))).toEqual(plain(expectedParams(value)));
    }, 1000);
  });

  it('the sandbox parser reads the same structure as the reference parser', () => {
    run(params, (value) => {
      const query = toQueryString(flattenParams(value));
      const sandbox = plain(buildParams(parsePairs(query)));
      const reference = JSON.parse(JSON.stringify(plain(phpParse(query)), (_key, item: unknown) => (typeof item === 'number' ? String(item) : item))) as unknown;
      expect(sandbox).toEqual(reference);
    });
  });

  it('the query string uses only the quote_plus alphabet and splits back into the same pairs', () => {
    run(params, (value) => {
      const pairs = flattenParams(value);
      const query = toQueryString(pairs);
      expect(query).toMatch(/^[A-Za-z0-9_.~+%=&-]*$/);
      const split = query === '' ? [] : query.split('&').map((part) => part.split('=').map(urldecode));
      expect(split).toEqual(pairs.map(([key, item]) => [key, item]));
    });
  });

  it("each component is Python's quote_plus, byte for byte", () => {
    const quotePlus = (input: string) =>
      [...new TextEncoder().encode(input)]
        .map((byte) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : byte === 0x20 ? '+' : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
        .join('');
    run(text, (input) => {
      expect(encodeComponent(input)).toBe(quotePlus(input));
    });
  });

  it('keys PHP cannot read back as one key are refused with a WireEncodingError', () => {
    const bad = fc.oneof(
      fc.tuple(text, fc.constantFrom('[', ']', '[]', 'a][b', '\0'), text).map(([a, b, c]) => `${a}${b}${c}`),
      fc.constant(''),
    );
    run(fc.tuple(bad, fc.boolean(), tree), ([key, top, value]) => {
      const input: Params = top ? { [key]: value ?? 'x' } : { data: { [key]: value ?? 'x' } };
      expect(() => flattenParams(input)).toThrow(WireEncodingError);
    });
    const part = text.filter((key) => !/[[\]\0]/.test(key));
    run(fc.tuple(part, fc.constantFrom('.', ' '), part), ([a, b, c]) => {
      expect(() => flattenParams({ [`${a}${b}${c}`]: 1 })).toThrow(/PHP turns into "_"/);
      // Inside brackets PHP keeps them, so nested keys may hold them.
      expect(phpParse(toQueryString(flattenParams({ data: { [`${a}${b}${c}`]: 1 } })))).toEqual(new Map([['data', new Map([[phpKey(`${a}${b}${c}`), '1']])]]));
    });
  });

  it('a lone surrogate in a value is refused with a WireEncodingError naming the key', () => {
    run(fc.tuple(text, fc.constantFrom('\uD83C', '\uDF89', '\uDBFF'), text), ([a, lone, b]) => {
      expect(() => toQueryString(flattenParams({ note: `${a}${lone}${b}` }))).toThrow(/Parameter "note" holds a lone UTF-16 surrogate/);
    });
  });

  it('keeps examples a reader can check by hand', () => {
    expect(toQueryString(flattenParams({ data: { 'a&b=c': '50% + 🎉', 'x.y z': ['1', '2'] } }))).toBe('data%5Ba%26b%3Dc%5D=50%25+%2B+%F0%9F%8E%89&data%5Bx.y+z%5D%5B%5D=1&data%5Bx.y+z%5D%5B%5D=2');
    expect(() => flattenParams({ 'data[name]': 'x' })).toThrow(/contains a bracket.*Nest with objects/);
  });
});
