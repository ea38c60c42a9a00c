/**
 * The QueryBuilder sends the same bytes as the findAll/findAllIds calls pyoffers recorded: each
 * case replays a few recordings (on a server of their own, so the manager suites keep theirs)
 * through the builder instead of `findAll`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Conversion, HasOffersAPI, Offer } from '../../src/index.js';
import { HAVE_CASSETTES, REPLAY_NETWORK_TOKEN, SKIP_REASON, startReplay } from '../helpers/cassette.js';
import type { ReplayServer } from '../helpers/cassette.js';
import { mismatchList, unplayedList } from './flow.js';

if (!HAVE_CASSETTES) console.warn(`[replay/builder] skipped: ${SKIP_REASON}`);

describe.skipIf(!HAVE_CASSETTES)('QueryBuilder against the recordings', () => {
  const open: { api: HasOffersAPI; server: ReplayServer }[] = [];
  async function replay(cassette: string, indexes: readonly number[]): Promise<{ api: HasOffersAPI; server: ReplayServer }> {
    const server = await startReplay([cassette], (interaction) => indexes.includes(interaction.index));
    const api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: REPLAY_NETWORK_TOKEN, networkId: 'id', retries: 0 });
    open.push({ api, server });
    return { api, server };
  }
  function expectAllMatched(server: ReplayServer): void {
    expect(mismatchList(server)).toEqual([]);
    expect(unplayedList(server)).toEqual([]);
  }
  afterAll(async () => {
    for (const { api, server } of open) {
      await api.close();
      await server.close();
    }
  });

  it('offers: limit, where().eq() with contain, and ids() (offer #10, #14, #16, #17)', async () => {
    const { api, server } = await replay('offer', [10, 14, 16, 17]);
    expect((await api.offers.query().limit(2).all()).map(String)).toEqual(['Offer: PerfectMoney', 'Offer: Půjčka7']);
    // first() would add limit=1, which the recording does not have.
    const [kyzoo, ...others] = await api.offers.query().where('id').eq(62).contain('Country').all();
    expect(others).toEqual([]);
    expect(kyzoo).toBeInstanceOf(Offer);
    expect(kyzoo?.country?.map(String)).toEqual(['Country: ES']);
    const czk = await api.offers.query().where('currency').eq('CZK').contain('Country').all();
    expect(czk.map((offer) => offer.id)).toEqual(['100', '1']);
    const ids = await api.offers.query().ids();
    expect(ids.length).toBeGreaterThan(100);
    expectAllMatched(server);
  });

  it('conversions: several where() joined by AND, fields(), limit() (conversion #5, #8, #9)', async () => {
    const { api, server } = await replay('conversion', [5, 8, 9]);
    expect(await api.conversions.query().where('goal_id').eq(100000).limit(1).all()).toEqual([]);
    const approved = await api.conversions
      .query()
      .where('offer_id')
      .eq(7)
      .where('status')
      .eq('approved')
      .where('source')
      .eq('FP')
      .where('session_ip')
      .eq('127.0.0.1')
      .all();
    expect(approved.map((conversion) => conversion.id)).toEqual(['73']);
    const first = await api.conversions.query().where('offer_id').eq(7).fields('datetime', 'country_code').limit(1).first();
    expect(first).toBeInstanceOf(Conversion);
    expect(first?.toJSON()).toEqual({ datetime: '2016-02-22 04:29:09', country_code: 'CZ' });
    expectAllMatched(server);
  });

  it('advertisers: ids() and a page in descending order (default #1, advertiser #6)', async () => {
    const ids = await replay('default', [1]);
    expect((await ids.api.advertisers.query().ids()).slice(0, 3)).toEqual(['1', '3', '4']);
    expectAllMatched(ids.server);
    const page = await replay('advertiser', [6]);
    expect((await page.api.advertisers.query().limit(2).all()).map((advertiser) => advertiser.id)).toEqual(['114', '108']);
    expectAllMatched(page.server);
  });

  it('related managers: offer.conversions.query() and affiliate.files.query() (offer #18, affiliate #14)', async () => {
    const offers = await replay('offer', [0, 18]);
    const offer = await offers.api.offers.create({ name: 'Test', offer_url: 'http://www.example.com', status: 'pending', expiration_date: '2030-12-12 23:59:59', preview_url: 'http://www.example.com' });
    expect((await offer.conversions.query().all()).map((conversion) => conversion.id)).toEqual(['73']);
    expectAllMatched(offers.server);
    const affiliates = await replay('affiliate', [3, 14]);
    const affiliate = await affiliates.api.affiliates.create({ company: 'Test Company', country: 'USA', region: 'Ohio', zipcode: '12345' });
    expect((await affiliate.files.query().all()).map(String)).toEqual(['OfferFile: icon_1.png']);
    expectAllMatched(affiliates.server);
  });
});
