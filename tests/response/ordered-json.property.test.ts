/**
 * The fast order-keeping parser against the parser it replaced (tests/response/reference-ordered-json.ts):
 * on random JSON texts built to stress key order (id-keyed objects at every depth, ids that collide
 * across levels, mixed named and digit keys, leading zeros, duplicate keys, escapes, whitespace) and on
 * every answer recorded in the pyoffers cassettes, both give the same values and the same key order
 * for every object.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderedKeys, parseOrderedJson } from '../../src/response/ordered-json.js';
import * as reference from './reference-ordered-json.js';
import { HAVE_CASSETTES, SKIP_REASON, loadCassette } from '../helpers/cassette.js';

/** Same value, and the same key order everywhere (each side read with its own parser's orderedKeys). */
function expectSame(actual: unknown, expected: unknown, path = '$'): void {
  if (expected === null || typeof expected !== 'object') {
    expect(actual, path).toStrictEqual(expected);
    return;
  }
  expect(actual !== null && typeof actual === 'object', path).toBe(true);
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    const list = actual as unknown[];
    expect(list.length, path).toBe(expected.length);
    expected.forEach((item, index) => expectSame(list[index], item, `${path}[${index}]`));
    return;
  }
  const keys = reference.orderedKeys(expected);
  expect(orderedKeys(actual as object), `${path}: key order`).toEqual(keys);
  expect(Object.keys(actual as object).length, path).toBe(Object.keys(expected).length);
  for (const key of keys) expectSame((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
}

function expectSameParse(text: string): void {
  let expected: unknown;
  try {
    expected = reference.parseOrderedJson(text);
  } catch (error) {
    expect(() => parseOrderedJson(text)).toThrow((error as Error).constructor as new () => Error);
    return;
  }
  expectSame(parseOrderedJson(text), expected);
}

// A JSON text built from entries (so duplicate keys and any key order can occur).
type Node = { kind: 'object'; entries: [string, Node][] } | { kind: 'array'; items: Node[] } | { kind: 'scalar'; text: string };

const ids = fc.oneof(
  fc.integer({ min: 0, max: 30 }).map(String), // small ids collide across levels
  fc.integer({ min: 0, max: 4_294_967_300 }).map(String), // around the array-index limit
  fc.constantFrom('007', '00', '0', '4294967294', '4294967295', '99999999999999999999'),
);
const names = fc.constantFrom('id', 'name', 'Offer', 'Goal', 'page', 'data', 'a', 'b', 'status', '', 'x y', 'é', '1a', 'a1', '-1', '1.5');
const keys = fc.oneof({ weight: 3, arbitrary: ids }, { weight: 2, arbitrary: names });
const scalars = fc.oneof(
  fc.constantFrom('null', 'true', 'false', '0', '-1.5e3', '"62"', '""', '"http:\\/\\/x.example\\/a"', '"a\\"12\\":b"', '"\\\\"', '"\\u0031"', '"{\\"9\\":1}"', '"\\"3\\": x"'),
  fc.string({ maxLength: 6 }).map((text) => JSON.stringify(text)),
);
const space = fc.constantFrom('', '', '', ' ', '\n  ', '\t', '\r\n');

const { node } = fc.letrec<{ node: Node; object: Node; array: Node; scalar: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('scalar'), tie('object'), tie('array')),
  scalar: scalars.map((text): Node => ({ kind: 'scalar', text })),
  array: fc.array(tie('node'), { maxLength: 4 }).map((items): Node => ({ kind: 'array', items })),
  object: fc
    .oneof(
      // an id-keyed list: every key digits
      fc.array(fc.tuple(ids, tie('node')), { maxLength: 6 }),
      // any keys
      fc.array(fc.tuple(keys, tie('node')), { maxLength: 5 }),
    )
    .map((entries): Node => ({ kind: 'object', entries })),
}));

function render(tree: Node, ws: () => string): string {
  switch (tree.kind) {
    case 'scalar':
      return tree.text;
    case 'array':
      return `[${ws()}${tree.items.map((item) => render(item, ws)).join(`${ws()},${ws()}`)}${ws()}]`;
    case 'object':
      return `{${ws()}${tree.entries.map(([key, value]) => `${JSON.stringify(key)}${ws()}:${ws()}${render(value, ws)}`).join(`${ws()},${ws()}`)}${ws()}}`;
  }
}

const texts = fc.tuple(node, fc.array(space, { minLength: 1, maxLength: 8 })).map(([tree, spaces]) => {
  let i = 0;
  return render(tree, () => spaces[i++ % spaces.length] as string);
});

describe('parseOrderedJson (fast path) against the reference parser', () => {
  it('gives the same values and key order on random texts', () => {
    fc.assert(fc.property(texts, (text) => expectSameParse(text)), { numRuns: 3000 });
  });

  it('gives the same values and key order on random pages keyed by id, with id-keyed relations', () => {
    const row = fc.record({ id: fc.integer({ min: 1, max: 500 }), goals: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }) });
    const pages = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 30 }).map((rows) =>
      JSON.stringify({
        request: { Target: 'Offer', Method: 'findAll' },
        response: {
          status: 1,
          data: {
            page: 1,
            data: Object.fromEntries(rows.map((r) => [`k${r.id}`, { Offer: { id: String(r.id) }, Goal: Object.fromEntries(r.goals.map((g) => [`k${g}`, { id: String(g) }])) }])),
          },
        },
      }).replace(/"k(\d+)":/g, '"$1":'),
    );
    fc.assert(fc.property(pages, (text) => expectSameParse(text)), { numRuns: 500 });
  });

  it('gives the same answer on texts that are not JSON', () => {
    for (const text of ['<html>', '{"1":', '{"1":1,}', '', '{"1":1}{', '"\\u00"', '[1,2']) expectSameParse(text);
  });
});

if (!HAVE_CASSETTES) console.warn(`[response/ordered-json.property] recorded answers skipped: ${SKIP_REASON}`);

describe.skipIf(!HAVE_CASSETTES)('parseOrderedJson (fast path) on every recorded answer', () => {
  const CASSETTES = ['advertiser', 'affiliate', 'conversion', 'default', 'goal', 'offer', 'offer_file', 'raw_log'];
  it.each(CASSETTES)('%s: same values and key order as the reference parser', (name) => {
    const interactions = HAVE_CASSETTES ? loadCassette(name) : [];
    let json = 0;
    for (const interaction of interactions) {
      try {
        JSON.parse(interaction.text);
      } catch {
        continue; // not JSON (a download, an HTML error page)
      }
      json += 1;
      expectSameParse(interaction.text);
    }
    expect(json).toBeGreaterThan(0);
  });
});

describe('parseOrderedJson on hostile keys', () => {
  it('keeps "__proto__" next to id keys as data, never as the prototype', () => {
    const parsed = parseOrderedJson('{"2":{"id":"2"},"__proto__":{"id":"x"},"1":{"id":"1"}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(orderedKeys(parsed)).toEqual(['2', '__proto__', '1']);
    expect(Object.prototype.hasOwnProperty.call(parsed, '__proto__')).toBe(true);
  });
});
