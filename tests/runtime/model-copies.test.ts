/**
 * What ordinary JavaScript does with a model (deep equality, clones, spreads, proxies, for…in),
 * written by a review of a version that read fields through prototype accessors and got these
 * wrong: fields are own properties, so each of these holds.
 */
import { notDeepStrictEqual } from 'node:assert';
import { describe, expect, it } from 'vitest';
import type { Model, Offer } from '../../src/index.js';
import type { OfferFields } from '../../generated/models/offer.gen.js';
import { parseOrderedJson } from '../../src/response/ordered-json.js';
import { offlineDecoder } from '../helpers/offline-decoder.js';

const decoder = offlineDecoder;
const offer = (fields: Record<string, string>) => decoder.decode(parseOrderedJson(JSON.stringify({ Offer: fields })), 'model', 'Offer') as Model & Record<string, unknown>;

describe('models are plain data where JavaScript expects it', () => {
  it('two offers with different fields are not deep-equal (node:assert, vitest toEqual)', () => {
    const a = offer({ id: '1', name: 'A', status: 'active' });
    const b = offer({ id: '2', name: 'B', status: 'paused' });
    // Both compare own enumerable properties only: every schema field is invisible to them now.
    expect(() => notDeepStrictEqual(a, b)).not.toThrow();
    expect(a).not.toEqual(b);
  });

  it('a failing toEqual on a model gets a diff (vitest clones the model with its prototype, then reads the accessors)', async () => {
    const { printDiffOrStringify } = await import('@vitest/utils/diff');
    const a = offer({ id: '1', name: 'A' });
    // Throws "Cannot read private member #data": in a real failing expect(model).toEqual(...) this
    // escapes vitest's error processing, fails the whole file and leaves its later tests pending
    // (see vitest-diff-crash.test.ts).
    expect(() => printDiffOrStringify(a, { id: '2' })).not.toThrow();
  });

  it('structuredClone (worker postMessage, caches) keeps the fields', () => {
    const clone = structuredClone(offer({ id: '62', name: 'Kyzoo' })) as Record<string, unknown>;
    expect(clone.id).toBe('62');
    expect(clone.name).toBe('Kyzoo');
  });

  it('for…in and `in` see only the fields HasOffers sent (fields: [id, name] → two)', () => {
    const a = offer({ id: '62', name: 'Kyzoo' });
    const seen: string[] = [];
    for (const key in a) seen.push(key);
    expect(seen).toEqual(['id', 'name']);
    expect('advertiser_id' in a).toBe(false);
  });

  it('a field reads through a Proxy of the model (Vue reactive(), MobX, logging wrappers)', () => {
    const a = offer({ id: '62', name: 'Kyzoo' });
    const wrapped = new Proxy(a, {});
    expect(() => wrapped.name).not.toThrow();
    expect(wrapped.name).toBe('Kyzoo');
  });

  it('a copy made with the same prototype (lodash cloneDeep, Object.create) reads its fields', () => {
    const a = offer({ id: '62', name: 'Kyzoo' });
    const copy = Object.assign(Object.create(Object.getPrototypeOf(a) as object) as Record<string, unknown>, a);
    expect(() => copy.name).not.toThrow();
  });

  it('delete after an assignment leaves the field deleted, not back to the server value', () => {
    const a = offer({ id: '62', name: 'Kyzoo' });
    a.name = 'Renamed';
    delete a.name;
    expect(a.name).toBeUndefined();
  });
});

describe('the constructor copies own keys only', () => {
  it('an enumerable key on Object.prototype (polluted by some other library) is not copied onto every model', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.pollutedByAnotherLibrary = 'x';
    try {
      const a = offer({ id: '62', name: 'Kyzoo' });
      // Own, enumerable: the CLI's modelEntries (Object.keys(model)) would print it as a column.
      expect(Object.keys(a)).not.toContain('pollutedByAnotherLibrary');
    } finally {
      delete proto.pollutedByAnotherLibrary;
    }
  });
});

describe('the generated types match what a spread has', () => {
  it('`{ ...offer }` type-checks as OfferFields (so `copy.name` is string | null) but has no name', () => {
    const typed = offer({ id: '62', name: 'Kyzoo' }) as unknown as Offer;
    // Compiles without a cast: TypeScript keeps every field of the interface in the spread.
    const copy: OfferFields = { ...typed };
    expect(copy.name).toBe('Kyzoo');
  });
});
