/**
 * Params-object methods on the wire: query parts under other names (`offer_filters`, `sorts`),
 * the builder over a method that names its sort otherwise or takes no limit or fields, and results
 * declared number or boolean decoded as such.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, InvalidResponseError } from '../../src/index.js';
import { envelope, startJsonServer } from '../helpers/json-server.js';
import type { TestServer } from '../helpers/json-server.js';

let server: TestServer;
let api: HasOffersAPI;
let answer: unknown = [];

beforeAll(async () => {
  server = await startJsonServer(() => envelope(answer));
  api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: 'params-token', networkId: 'n', rateLimit: false, retries: 0 });
});
afterAll(async () => {
  await api.close();
  await server.close();
});

const sent = () => {
  const last = server.requests.at(-1)!;
  return [...new URLSearchParams(last.query)].filter(([key]) => !['NetworkToken', 'NetworkId'].includes(key));
};

describe('query parts under other names', () => {
  it('sends offer_filters and affiliate_filters as filters of their own', async () => {
    answer = [];
    await api.offers.getOverview({ offer_filters: { status: 'active' }, affiliate_filters: { id__gt: 5 } });
    expect(sent()).toEqual([
      ['Target', 'Offer'],
      ['Method', 'getOverview'],
      ['offer_filters[status]', 'active'],
      ['affiliate_filters[id][GREATER_THAN]', '5'],
    ]);
  });

  it('sends sorts as sorts, directly and through the builder', async () => {
    await api.customMenuLinks.find({ sorts: '-id', filters: { id__gt: 1 } });
    expect(sent().sort()).toEqual([['Method', 'find'], ['Target', 'CustomMenuLink'], ['filters[id][GREATER_THAN]', '1'], ['sorts[CustomMenuLink.id]', 'desc']]);
    expect(api.customMenuLinks.query('find').sort('-id').toParams()).toEqual([['sorts[CustomMenuLink.id]', 'desc']]);
    await api.customMenuLinks.query('find').where('id').gt(1).sort('-id').all();
    expect(sent().slice(2).sort()).toEqual([['filters[id][GREATER_THAN]', '1'], ['sorts[CustomMenuLink.id]', 'desc']]);
  });

  it('first() and ids() of a method that takes no limit or fields fetch the page and pick', async () => {
    answer = { '1': { Advertiser: { id: '1', company: 'A' } }, '2': { Advertiser: { id: '2', company: 'B' } } };
    const query = api.advertisers.query('getOverview', { advertiser_ids: [1, 2] }).where('status').eq('active');
    expect(String(await query.first())).toBe('Advertiser: A');
    expect(sent().some(([key]) => key === 'limit')).toBe(false);
    expect(await query.ids()).toEqual(['1', '2']);
    expect(sent().some(([key]) => key.startsWith('fields'))).toBe(false);
    expect(sent()).toContainEqual(['advertiser_ids[]', '1']);
    expect(() => api.advertisers.query('getOverview').limit(5).toParams()).toThrow(/takes no limit/);
  });
});

describe('results declared number or boolean', () => {
  it('turns HasOffers strings into numbers and booleans, and refuses what is neither', async () => {
    answer = '123';
    await expect(api.advertisers.addAccountNote({ id: 1, note: 'x' })).resolves.toBe(123);
    answer = 'true';
    await expect(api.advertisers.blockAffiliate({ id: 1, affiliate_id: 2 })).resolves.toBe(true);
    answer = '0';
    await expect(api.advertisers.blockAffiliate({ id: 1, affiliate_id: 2 })).resolves.toBe(false);
    answer = 'maybe';
    await expect(api.advertisers.blockAffiliate({ id: 1, affiliate_id: 2 })).rejects.toThrow(InvalidResponseError);
    answer = 'lots';
    await expect(api.advertisers.addAccountNote({ id: 1, note: 'x' })).rejects.toThrow(/Advertiser.addAccountNote should answer a number, got "lots"/);
  });
});

describe('values a params-object method refuses before sending', () => {
  it('refuses an array for an enum, and null for an optional param', async () => {
    const before = server.requests.length;
    await expect(api.offers.getPixels({ id: 1, status: ['active'] } as never)).rejects.toThrow(/"status" takes one of 'active'/);
    await expect(api.offers.getPixels({ id: 1, status: null } as never)).rejects.toThrow(/cannot send null for "status"/);
    expect(server.requests.length).toBe(before);
  });
});

describe('standard writes', () => {
  it('refuse a read-only field (the key, what HasOffers sets) before sending', async () => {
    const before = server.requests.length;
    await expect(api.advertisers.create({ company: 'x', date_added: '2020-01-01' } as never)).rejects.toThrow(/"date_added" is read-only/);
    await expect(api.advertisers.update(1, { id: 5 } as never)).rejects.toThrow(/"id" is read-only/);
    expect(server.requests.length).toBe(before);
  });
});
