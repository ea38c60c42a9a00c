/**
 * Bad input is refused before anything is sent: every case throws InvalidArgumentError (or the
 * wire encoder's WireEncodingError) naming the argument, and the server sees no request at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, InvalidArgumentError, TsoffersError, WireEncodingError } from '../../src/index.js';
import { envelope, sendJson, startServer, TOKEN } from '../transport/helpers.js';
import type { TestServer } from '../transport/helpers.js';

type Loose = Record<string, (...args: unknown[]) => unknown>;

describe('input is checked before sending', () => {
  let server: TestServer;
  let api: HasOffersAPI;
  beforeAll(async () => {
    server = await startServer((call, _req, res) => sendJson(res, envelope({}, call)));
    api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });

  const offers = () => api.offers as unknown as Loose;
  const query = () => api.offers.query() as unknown as Loose;

  // [what, argument named in the error, the call]
  const CASES: [string, string | RegExp, () => unknown][] = [
    ['limit 0', 'limit', () => offers().findAll!({ limit: 0 })],
    ['limit -5', 'limit', () => offers().findAll!({ limit: -5 })],
    ['limit 1.5', 'limit', () => offers().findAll!({ limit: 1.5 })],
    ['limit as a string', 'limit', () => offers().findAll!({ limit: '10' })],
    ['limit NaN', 'limit', () => offers().findAll!({ limit: Number.NaN })],
    ['limit Infinity', 'limit', () => offers().findAll!({ limit: Number.POSITIVE_INFINITY })],
    ['page 0', 'page', () => offers().findAll!({ page: 0 })],
    ['page 2.5', 'page', () => offers().findAll!({ page: 2.5 })],
    ['builder limit(0)', /limit/, () => query().limit!(0)],
    ['builder page(-1)', /page/, () => query().page!(-1)],
    ['unknown field in fields', 'fields', () => offers().findAll!({ fields: ['id', 'no_such_field'] })],
    ['fields not an array', 'fields', () => offers().findAll!({ fields: 'id' })],
    ['empty field name', 'fields', () => offers().findAll!({ fields: [''] })],
    ['unknown relation in contain', 'contain', () => offers().findAll!({ contain: ['NoSuchRelation'] })],
    ['contain for findById', 'contain', () => offers().findById!(1, { contain: ['Nope'] })],
    ['fields for findById', 'fields', () => offers().findById!(1, { fields: ['nope'] })],
    ['builder fields() with an unknown name', /fields/, () => query().fields!('nope')],
    ['builder contain() with an unknown relation', /contain/, () => query().contain!('Nope')],
    ['unknown operator', /filters/, () => offers().findAll!({ filters: { id__bogus: 1 } })],
    ['unknown filter field', /filters/, () => offers().findAll!({ filters: { no_such_field: 1 } })],
    ['builder where() on an unknown field', /where|field/, () => query().where!('no_such_field')],
    ['unknown connector', 'connector', () => offers().findAll!({ connector: 'XOR' })],
    ['filters not an object', 'filters', () => offers().findAll!({ filters: 'id=1' })],
    ['sort on an unknown field', 'sort', () => offers().findAll!({ sort: ['-nope'] })],
    ['empty id', 'id', () => offers().findById!('')],
    ['blank id', 'id', () => offers().findById!('   ')],
    ['null id', 'id', () => offers().findById!(null)],
    ['fractional id', 'id', () => offers().findById!(1.5)],
    ['NaN id', 'id', () => offers().findById!(Number.NaN)],
    ['object id', 'id', () => offers().findById!({ id: 1 })],
    ['update without id', 'id', () => offers().update!(undefined, { name: 'x' })],
    ['update with empty data', 'data', () => offers().update!(1, {})],
    ['delete with empty id', 'id', () => (api.offerFiles as unknown as Loose).delete!('')],
    ['create without data', 'data', () => offers().create!(undefined)],
    ['create with an array', 'data', () => offers().create!([{ name: 'x' }])],
    ['generated method with an empty id', /id/, () => offers().addTargetCountry!('', 'ES')],
    ['custom method with an empty id', 'offerId', () => offers().generateTrackingLink!('', 2)],
    ['low-level call without a method', 'method', () => api.call('Offer', '')],
    ['low-level call with params as a string', 'params', () => api.call('Offer', 'findAll', 'limit=1' as unknown as Record<string, never>)],
  ];

  for (const [what, argument, call] of CASES) {
    it(`refuses ${what}`, async () => {
      const before = server.calls.length;
      let error: unknown;
      try {
        await call();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      if (typeof argument === 'string') expect((error as InvalidArgumentError).argument).toBe(argument);
      else expect((error as InvalidArgumentError).argument).toMatch(argument);
      expect(server.calls.length).toBe(before);
    });
  }

  it('refuses parameters the wire cannot carry, before sending', async () => {
    const before = server.calls.length;
    await expect(api.call('Offer', 'findAll', { 'filters[id]': 1 })).rejects.toThrow(WireEncodingError);
    await expect(offers().create!({ name: 'x', description: { 'a]b': 1 } })).rejects.toThrow(WireEncodingError);
    await expect(offers().create!({ name: 'half an emoji \uD83C' })).rejects.toThrow(/lone UTF-16 surrogate/);
    await expect(offers().create!({ name: Number.NaN })).rejects.toThrow(WireEncodingError);
    // Like every error the SDK raises on purpose, a TsoffersError (and no longer a TypeError).
    const error: unknown = await (offers().create!({ name: Number.NaN }) as Promise<unknown>).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TsoffersError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(server.calls.length).toBe(before);
  });

  it('refuses bad client options, naming them', () => {
    const base = { endpoint: server.endpoint, networkToken: TOKEN, networkId: 'n' };
    expect(() => new HasOffersAPI({ ...base, networkToken: '' })).toThrow(/networkToken/);
    expect(() => new HasOffersAPI({ ...base, maxResponseBytes: 0 })).toThrow(/maxResponseBytes/);
    expect(() => new HasOffersAPI({ ...base, timeout: -1 })).toThrow(/timeout/);
    expect(() => new HasOffersAPI({ ...base, backoff: { initialMs: -1 } })).toThrow(/backoff.initialMs/);
  });
});
