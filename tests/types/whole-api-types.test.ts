/**
 * Type tests for the whole Network API surface: managers by Target, params objects named by the
 * documented parameters, standard methods with pyoffers' signatures on every controller. What must
 * not compile is marked @ts-expect-error (`npm run typecheck` fails when one stops being an error).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { HasOffersAPI, InvalidArgumentError } from '../../src/index.js';
import type { Advertiser, OfferPixel, OfferPixelField, QueryBuilder, AdvertiserField, AdvertiserContain } from '../../src/index.js';
import type { OfferPixelManager } from '../../generated/index.js';

const api = new HasOffersAPI({ endpoint: 'http://127.0.0.1:9/Apiv3/json', networkToken: 'never-sent', networkId: 'n', retries: 0 });

describe('the whole Network API, typed', () => {
  it('gives every controller a manager, also by its Target', () => {
    expectTypeOf(api.controller('OfferPixel')).toEqualTypeOf<OfferPixelManager>();
    expect(api.controller('OfferPixel')).toBe(api.offerPixels);
    expect(() => api.controller('OferPixel' as 'OfferPixel')).toThrow(/no controller "OferPixel".*Did you mean "OfferPixel"\?/);
  });

  it('keeps the standard methods in pyoffers’ shape on every controller', () => {
    expectTypeOf(api.offerPixels.findById).toBeCallableWith(5);
    expectTypeOf(api.offerPixels.findById).returns.toEqualTypeOf<Promise<OfferPixel | null>>();
    expectTypeOf(api.offerPixels.findAll).toBeCallableWith({ filters: { status: 'active' }, sort: '-id', limit: 10 });
    expectTypeOf(api.offerPixels.query()).toEqualTypeOf<QueryBuilder<OfferPixelField, 'Offer' | 'Affiliate' | 'Goal', OfferPixel>>();
    // HasOffers' own Tag.delete is deleteRecord; delete stays pyoffers' update to status deleted.
    expectTypeOf(api.tags.delete).toBeCallableWith(1);
    expectTypeOf(api.tags.deleteRecord).toBeCallableWith(1);
  });

  it('takes one params object named by the documented parameters', () => {
    expectTypeOf(api.advertisers.findAllByIds).toBeCallableWith({ ids: [1, '2'], fields: ['id', 'company'] });
    expectTypeOf(api.advertisers.findAllByIds).returns.toEqualTypeOf<Promise<Advertiser[]>>();
    expectTypeOf(api.offers.getPixels).toBeCallableWith({ id: 62, status: 'active' });
    // @ts-expect-error ids is required
    void (() => api.advertisers.findAllByIds({ fields: ['id'] }));
    // @ts-expect-error "feilds" is not a documented parameter
    void (() => api.advertisers.findAllByIds({ ids: [1], feilds: ['id'] }));
    // @ts-expect-error a status HasOffers does not have
    void (() => api.offers.getPixels({ id: 62, status: 'bogus' }));
    // @ts-expect-error "colour" is not an Advertiser field
    void (() => api.advertisers.findAllByIds({ ids: [1], fields: ['colour'] }));
    // arguments, a reserved word, is a plain key of the params object
    expectTypeOf(api.downloadReport.getDownloadReportLink).toBeCallableWith({ method: 'getStats', start_date: '2026-11-01', end_date: '2026-11-28', arguments: { fields: ['Stat.clicks'] } });
  });

  it('runs find-shaped methods through the builder', () => {
    expectTypeOf(api.advertisers.query('getOverview')).toEqualTypeOf<QueryBuilder<AdvertiserField, AdvertiserContain, Advertiser>>();
    expect(() => api.advertisers.query('findAllByIdz' as 'getOverview')).toThrow(/not a find-shaped method of Advertiser/);
  });

  it('refuses unknown params and wrong values before sending, naming the closest documented one', async () => {
    await expect(api.advertisers.findAllByIds({ ids: [1], feilds: ['id'] } as never)).rejects.toThrow(InvalidArgumentError);
    await expect(api.advertisers.findAllByIds({ ids: [1], feilds: ['id'] } as never)).rejects.toThrow(/Did you mean "fields"\?/);
    await expect(api.offers.getPixels({ id: 62, status: 'bogus' } as never)).rejects.toThrow(/"status" takes one of 'active', 'pending', 'deleted', 'rejected'/);
    await expect(api.advertisers.findAllByIds({} as never)).rejects.toThrow(/needs "ids"/);
    await expect(api.offerPixels.findById(5, { signal: AbortSignal.timeout(1) } as never)).rejects.toThrow(/third argument\) does not take "signal"/);
    await expect(api.offers.create({ name: 'x', bogus_field: 1 } as never)).rejects.toThrow(/has no field "bogus_field"/);
  });
});
