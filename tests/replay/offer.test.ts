import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, HasOffersError, Offer, Country, OfferCategory } from '../../src/index.js';
import { HAVE_CASSETTES, SKIP_REASON, startReplay } from '../helpers/cassette.js';
import type { ReplayServer } from '../helpers/cassette.js';

if (!HAVE_CASSETTES) console.warn(`[replay/offer] skipped: ${SKIP_REASON}`);

describe.skipIf(!HAVE_CASSETTES)('offer cassette replay', () => {
  let server: ReplayServer;
  let api: HasOffersAPI;
  beforeAll(async () => {
    server = await startReplay(['offer']);
    api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: 'token', networkId: 'id', retries: 0 });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });

  it('creates and finds an offer', async () => {
    const offer = await api.offers.create({ name: 'Test', offer_url: 'http://www.example.com', preview_url: 'http://www.example.com', expiration_date: '2030-12-12 23:59:59', status: 'pending' });
    expect(offer).toBeInstanceOf(Offer);
    expect(offer.id).toBe('196');
    expect(String(offer)).toBe('Offer: Test');
    const found = await api.offers.findById(196);
    expect(found?.equals(offer)).toBe(true);
    expect(await api.offers.findById(1000)).toBeNull();
    const updated = await api.offers.update(196, { offer_url: 'test.com' });
    expect(updated.offer_url).toBe('http://test.com'); // HasOffers normalises the URL it stores
    expect(await offer.addTargetCountry('ES')).toBe(true);
    expect(await offer.addCategory(1)).toBe(true);
    const categories = await offer.getCategories();
    expect(categories.map(String)).toEqual(['OfferCategory: 10']);
    const two = await api.offers.getCategories(196);
    expect(two).toHaveLength(2);
    expect(two[0]).toBeInstanceOf(OfferCategory);
    expect(await two[0]!.updateOfferCategory({ status: 'deleted' })).toBe(true);
    const failure = await offer.addCategory(-1).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HasOffersError);
    expect((failure as HasOffersError).message).toBe('Row id is negative');
    expect((failure as HasOffersError).errors).toEqual([{ publicMessage: 'Row id is negative' }]);
    const page = await api.offers.findAll({ limit: 2 });
    expect(page.map((o) => o.id)).toEqual(['1', '3']);
    const countries = await api.offers.getTargetCountries(46);
    expect(countries[0]).toBeInstanceOf(Country);
    expect(String(countries[0])).toBe('Country: CZ');
  });

  it('matched every request it sent', () => {
    expect(server.mismatches.map((m) => m.rawPairs.join('&'))).toEqual([]);
  });
});
