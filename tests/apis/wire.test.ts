/**
 * The wire of the Affiliate and Advertiser APIs against a real HTTP server on 127.0.0.1: the
 * api_key goes first (NetworkId only when given), no NetworkToken ever, the prefix on Target, the
 * primary key added to `fields`, id filters other than equality refused before sending, and the
 * network client never sends an api_key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdvertiserAPI, AffiliateAPI, HasOffersAPI, InvalidArgumentError } from '../../src/index.js';
import { sendJson, startServer } from '../transport/helpers.js';
import type { Call, TestServer } from '../transport/helpers.js';

const KEY = 'aff-KEY+/secret=42';

function answer(call: Call): string {
  const method = call.params.Method;
  const data =
    method === 'findMyOffers' || method === 'findAll'
      ? { page: 1, current: 1, count: 1, pageCount: 1, data: { 7: { Offer: { id: '7', name: 'Seven' } } } }
      : method === 'findById'
        ? { Offer: { id: '7', name: 'Seven' } }
        : method === 'getStats'
          ? { page: 1, current: 1, count: 1, pageCount: 1, data: [{ Stat: { clicks: '3' } }], totals: { Stat: { clicks: '3' } } }
          : method === 'getDownloadReportLink'
            ? 'http://127.0.0.1:9/export.csv'
            : true;
  return JSON.stringify({ request: {}, response: { status: 1, httpStatus: 200, data, errors: [], errorMessage: null } });
}

describe('the Affiliate and Advertiser APIs on the wire', () => {
  let server: TestServer;
  let aff: AffiliateAPI;
  let adv: AdvertiserAPI;
  beforeAll(async () => {
    server = await startServer((call, _req, res) => sendJson(res, answer(call)));
    aff = new AffiliateAPI({ endpoint: server.endpoint, apiKey: KEY, rateLimit: false, retries: 0 });
    adv = new AdvertiserAPI({ endpoint: server.endpoint, apiKey: 'adv-key-99', networkId: 'demo', rateLimit: false, retries: 0 });
  });
  afterAll(async () => {
    await aff.close();
    await adv.close();
    await server.close();
  });

  const last = () => server.calls[server.calls.length - 1]!;

  it('sends api_key first, no NetworkToken, no NetworkId unless given, and the prefixed Target', async () => {
    const offers = await aff.offers.findMyOffers({ fields: ['name'] });
    expect(offers.map((offer) => offer.name)).toEqual(['Seven']);
    const call = last();
    expect(call.pairs.slice(0, 3)).toEqual([
      ['api_key', KEY],
      ['Target', 'Affiliate_Offer'],
      ['Method', 'findMyOffers'],
    ]);
    expect(call.rawPairs[0]).toBe(`api_key=${encodeURIComponent(KEY).replace(/%20/g, '+')}`);
    expect(call.pairs.some(([name]) => name === 'NetworkToken' || name === 'NetworkId')).toBe(false);
  });

  it('adds the primary key to fields when the caller leaves it out, and keeps a list that has it', async () => {
    await aff.offers.findMyOffers({ fields: ['name', 'payout_type'] });
    expect(last().pairs.filter(([name]) => name.startsWith('fields'))).toEqual([
      ['fields[]', 'name'],
      ['fields[]', 'payout_type'],
      ['fields[]', 'id'],
    ]);
    await aff.offers.findById(7, { fields: ['id', 'name'] });
    expect(last().pairs.filter(([name]) => name.startsWith('fields'))).toEqual([
      ['fields[]', 'id'],
      ['fields[]', 'name'],
    ]);
    await aff.offers.query('findMyOffers').fields('name').all();
    expect(last().pairs.filter(([name]) => name.startsWith('fields'))).toEqual([
      ['fields[]', 'name'],
      ['fields[]', 'id'],
    ]);
    // Without fields HasOffers sends every field: nothing is added.
    await aff.offers.findMyOffers();
    expect(last().pairs.some(([name]) => name.startsWith('fields'))).toBe(false);
  });

  it('allows only equality on id, refusing other operators before sending', async () => {
    await aff.offers.findMyOffers({ filters: { id: [7, 8] } });
    expect(last().pairs.filter(([name]) => name.startsWith('filters'))).toEqual([
      ['filters[id][]', '7'],
      ['filters[id][]', '8'],
    ]);
    const before = server.calls.length;
    await expect(aff.offers.findMyOffers({ filters: { id__gt: 5 } })).rejects.toThrow(InvalidArgumentError);
    await expect(aff.offers.query('findMyOffers').where('id').ne(5).all()).rejects.toThrow(/only equality on id.*NOT_EQUAL_TO/);
    await expect(aff.call('Affiliate_Offer', 'findAll', { filters: { OR: { id: { LESS_THAN: 3 } } } })).rejects.toThrow(/LESS_THAN/);
    expect(server.calls.length).toBe(before);
    // Other fields take any operator.
    await aff.offers.findMyOffers({ filters: { name__like: '%Seven%' } });
    expect(last().pairs).toContainEqual(['filters[name][LIKE]', '%Seven%']);
  });

  it("reaches one manager through the property, controller('Affiliate_Offer') and controller('Offer')", () => {
    expect(aff.controller('Affiliate_Offer')).toBe(aff.offers);
    expect(aff.controller('Offer')).toBe(aff.offers);
    expect(aff.controller('Report')).toBe(aff.reports);
    expect(() => aff.controller('Nope')).toThrow(/no controller "Nope"/);
  });

  it('runs Affiliate_Report.getStats through the report builder', async () => {
    const page = await aff.reports.getStats().fields('Stat.clicks').groupBy('Stat.date').where('Stat.date').between('2026-11-01', '2026-11-30').page();
    expect(page.rows[0]!.Stat.clicks).toBe(3);
    const call = last();
    expect(call.params.Target).toBe('Affiliate_Report');
    expect(call.params.Method).toBe('getStats');
    expect(call.params.api_key).toBe(KEY);
  });

  it('sends the advertiser key and the NetworkId given, on Advertiser_ targets', async () => {
    await adv.reports.getStats().fields('Stat.clicks').where('Stat.date').between('2026-11-01', '2026-11-30').page();
    const call = last();
    expect(call.pairs.slice(0, 4)).toEqual([
      ['api_key', 'adv-key-99'],
      ['NetworkId', 'demo'],
      ['Target', 'Advertiser_Report'],
      ['Method', 'getStats'],
    ]);
    expect(call.pairs.some(([name]) => name === 'NetworkToken')).toBe(false);
    expect(adv.controller('Report')).toBe(adv.reports);
  });

  it("exports through the API's own DownloadReport (the Advertiser API has none)", async () => {
    const link = await aff.reports.getStats().fields('Stat.clicks').where('Stat.date').between('2026-11-01', '2026-11-30').exportLink();
    expect(link).toBe('http://127.0.0.1:9/export.csv');
    expect(last().params.Target).toBe('Affiliate_DownloadReport');
    expect(last().params.Method).toBe('getDownloadReportLink');
    const before = server.calls.length;
    await expect(adv.reports.getStats().fields('Stat.clicks').where('Stat.date').between('2026-11-01', '2026-11-30').exportLink()).rejects.toThrow(/no Advertiser_DownloadReport/);
    expect(server.calls.length).toBe(before);
  });

  it('never sends a NetworkToken to the affiliate API; the network API authenticates with its token only', async () => {
    const before = server.calls.length;
    await expect(aff.call('Affiliate_Offer', 'findMyOffers', { NetworkToken: 'network-secret' })).rejects.toThrow(/"NetworkToken" is a credential/);
    const network = new HasOffersAPI({ endpoint: server.endpoint, networkToken: 'net-token', networkId: 'n', rateLimit: false, retries: 0 });
    try {
      expect(server.calls.length).toBe(before);
      // A documented api_key parameter of a network method goes out as a parameter, after the token.
      await network.application.validNetworkApiKey({ api_key: 'some-affiliate-key' });
      expect(last().pairs.slice(0, 2)).toEqual([['NetworkToken', 'net-token'], ['NetworkId', 'n']]);
      expect(last().pairs).toContainEqual(['api_key', 'some-affiliate-key']);
      await network.offers.findAll({ fields: ['name'] });
      // The network API has no fields rule and no api_key.
      expect(last().pairs.filter(([name]) => name.startsWith('fields') || name === 'api_key')).toEqual([['fields[]', 'name']]);
      expect(last().pairs[0]).toEqual(['NetworkToken', 'net-token']);
    } finally {
      await network.close();
    }
  });

  it('asks for the api key by name and shows it nowhere', () => {
    expect(() => new AffiliateAPI({ endpoint: server.endpoint } as never)).toThrow(/apiKey.*HASOFFERS_API_KEY/);
    expect(() => new AffiliateAPI({ endpoint: server.endpoint, apiKey: KEY, networkToken: 'x' } as never)).not.toThrow();
    expect(String(aff)).toBe('AffiliateAPI: *** / ');
    expect(JSON.stringify(adv)).toBe(JSON.stringify({ endpoint: server.endpoint, networkId: 'demo', apiKey: '***' }));
    expect(aff.profile.targetPrefix).toBe('Affiliate_');
  });
});

describe('the affiliate rules on every path (review findings)', () => {
  it('puts the prefix on a target named without it, so the api_key never reaches a network target', async () => {
    const server = await startServer((call, _req, res) => sendJson(res, answer(call)));
    const last = () => server.calls[server.calls.length - 1]!;
    const aff = new AffiliateAPI({ endpoint: server.endpoint, apiKey: 'review-key', rateLimit: false, retries: 0 });
    try {
      await aff.call('Offer', 'findMyOffers', { fields: ['name'] });
      expect(last().params.Target).toBe('Affiliate_Offer');
      // The fields rule applies too, since the call is the prefixed method's.
      expect(last().pairs.filter(([name]) => name.startsWith('fields'))).toEqual([['fields[]', 'name'], ['fields[]', 'id']]);
      await expect(aff.call('Affiliate_Offer', 'findMyOffers', { NetworkToken: ['x'] })).rejects.toThrow(/"NetworkToken\[\]" is a credential/);
      await expect(aff.call('Affiliate_Offer', 'findMyOffers', { fields: 'name' })).rejects.toThrow(/fields takes a list/);
      for (const filters of [{ OR: [{ id: { GREATER_THAN: 3 } }] }, { OR: { AND: { id: { GREATER_THAN: 3 } } } }, { 'Offer.id': { greater_than: 3 } }]) {
        await expect(aff.call('Affiliate_Offer', 'findMyOffers', { filters })).rejects.toThrow(/only equality on id/);
      }
      await aff.call('Affiliate_Offer', 'findMyOffers', { filters: { OR: [{ id: [1, 2] }] } });
      expect(last().pairs).toContainEqual(['filters[OR][0][id][]', '1']);
      await expect((aff as unknown as { rawLogs: { clicks: { listDateDirs(): Promise<unknown> } } }).rawLogs.clicks.listDateDirs()).rejects.toThrow(/AffiliateAPI has no raw logs/);
    } finally {
      await aff.close();
      await server.close();
    }
  });
});
