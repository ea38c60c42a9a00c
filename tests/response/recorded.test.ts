/**
 * Every answer recorded in the pyoffers cassettes goes through the envelope reader and the
 * order-keeping parser: each parses, its errors read as a list, its pages give page numbers, and
 * every list keyed by id keeps the order the text has. The test also checks that the recordings
 * cover every data shape the issue names, so a shape the decoder must handle is really exercised.
 */
import { describe, expect, it } from 'vitest';
import { errorList, isPaginated, pageInfo, readEnvelope, unwrapPage } from '../../src/response/envelope.js';
import { orderedKeys, parseOrderedJson } from '../../src/response/ordered-json.js';
import { HAVE_CASSETTES, SKIP_REASON, loadCassette } from '../helpers/cassette.js';

const CASSETTES = ['advertiser', 'affiliate', 'conversion', 'default', 'goal', 'offer', 'offer_file', 'raw_log'];

type Shape =
  | 'single model'
  | 'single model with contained keys'
  | 'list keyed by id'
  | 'page'
  | 'page without page'
  | 'empty page (count 0)'
  | 'true'
  | 'null'
  | '[]'
  | 'plain string'
  | 'id list'
  | 'fields object'
  | 'errors list'
  | 'errors object';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function shapeOf(data: unknown): Shape {
  if (data === true) return 'true';
  if (data === null) return 'null';
  if (typeof data === 'string') return 'plain string';
  if (Array.isArray(data)) return data.length === 0 ? '[]' : 'id list';
  if (!isObject(data)) throw new Error(`unexpected data ${JSON.stringify(data)}`);
  if (isPaginated(data)) {
    if (!Number(data.count)) return 'empty page (count 0)';
    return 'page' in data ? 'page' : 'page without page';
  }
  const keys = Object.keys(data);
  if (keys.every((key) => /^\d+$/.test(key))) return 'list keyed by id';
  const modelKeys = keys.filter((key) => /^[A-Z]/.test(key));
  if (modelKeys.length === keys.length) return keys.length > 1 ? 'single model with contained keys' : 'single model';
  return 'fields object';
}

/** Each key must occur in the text after the one before it (the order the server wrote). */
function expectTextOrder(text: string, keys: readonly string[], where: string): void {
  let position = 0;
  for (const key of keys) {
    const found = text.slice(position).search(new RegExp(`"${key}"\\s*:`));
    expect(found, `${where}: key "${key}" out of the order the server wrote`).toBeGreaterThanOrEqual(0);
    position += found + key.length + 2;
  }
}

if (!HAVE_CASSETTES) console.warn(`[response/recorded] skipped: ${SKIP_REASON}`);

describe.skipIf(!HAVE_CASSETTES)('every recorded answer', () => {
  it('parses, reads its errors and pages, keeps the server order, and covers every shape', () => {
    const seen = new Map<Shape, number>();
    let answers = 0;
    let reordered = 0;
    for (const cassette of CASSETTES) {
      for (const interaction of loadCassette(cassette)) {
        if (interaction.uri.startsWith('https://s3.amazonaws.com/')) continue;
        const where = `${cassette} #${interaction.index}`;
        answers += 1;
        const response = readEnvelope(parseOrderedJson(interaction.text), interaction.status, interaction.text);
        const errors = errorList(response);
        if (errors.length) {
          const kind: Shape = Array.isArray(response.errors) ? 'errors list' : 'errors object';
          seen.set(kind, 1 + (seen.get(kind) ?? 0));
          expect(errors.every((error) => typeof error.publicMessage === 'string' || typeof error.err_msg === 'string'), where).toBe(true);
          continue;
        }
        const shape = shapeOf(response.data);
        seen.set(shape, 1 + (seen.get(shape) ?? 0));
        const info = pageInfo(response.data);
        if (isPaginated(response.data)) {
          const raw = response.data as { count: unknown; pageCount: unknown };
          expect(info, where).toEqual({ page: 1, count: Number(raw.count), pageCount: Number(raw.pageCount) });
        } else {
          expect(info, where).toBeUndefined();
        }
        const items = unwrapPage(response.data);
        if (isObject(items) && Object.keys(items).every((key) => /^\d+$/.test(key)) && Object.keys(items).length > 1) {
          const keys = orderedKeys(items);
          if (keys.join() !== Object.keys(items).join()) reordered += 1;
          expectTextOrder(interaction.text.slice(interaction.text.indexOf('"response"')), keys, where);
        }
      }
    }
    expect(answers).toBe(113); // 117 recordings, 4 of them S3 downloads
    // Six recorded lists arrive in descending id order (advertiser #6, affiliate #8, conversion #3 and
    // #6, offer #16 and #42); a plain JSON.parse would turn them round.
    expect(reordered).toBe(6);
    expect([...seen.keys()].sort()).toEqual(
      [
        'single model',
        'single model with contained keys',
        'list keyed by id',
        'page',
        'page without page',
        'empty page (count 0)',
        'true',
        'null',
        '[]',
        'plain string',
        'id list',
        'fields object',
        'errors list',
        'errors object',
      ].sort(),
    );
  });
});
