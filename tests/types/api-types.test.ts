/**
 * Type tests: what must compile, and (with @ts-expect-error) what must not. `npm run typecheck`
 * fails if any @ts-expect-error line stops being an error. The runtime part only builds requests
 * that are never sent.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import type { Advertiser, AffiliateOffer, Country, Offer, OfferContain, OfferField, OfferFile, QueryBuilder, Tag, TagRelation, TrackingLink } from '../../src/index.js';

const api = new HasOffersAPI({ endpoint: 'http://127.0.0.1:9/Apiv3/json', networkToken: 'never-sent', networkId: 'n' });

describe('public types', () => {
  it('types managers, models and relations', () => {
    expectTypeOf(api.offers.findById).returns.toEqualTypeOf<Promise<Offer | null>>();
    expectTypeOf(api.offers.findAll).returns.toEqualTypeOf<Promise<Offer[]>>();
    expectTypeOf(api.offers.findAllIds).returns.toEqualTypeOf<Promise<string[]>>();
    expectTypeOf(api.offers.setAffiliateApprovalStatus).toBeCallableWith(472, 20, 'approved');
    expectTypeOf(api.offers.setAffiliateApprovalStatus).returns.toEqualTypeOf<Promise<AffiliateOffer | boolean>>();
    expectTypeOf(api.tags.setForOffer).toBeCallableWith([286, 288], 196);
    expectTypeOf<Offer['country']>().toEqualTypeOf<Country[] | undefined>();
    expectTypeOf<Offer['advertiser']>().toEqualTypeOf<Advertiser | null | undefined>();
    expectTypeOf<Offer['thumbnail']>().toEqualTypeOf<OfferFile | null | undefined>();
    expectTypeOf<Offer['status']>().toEqualTypeOf<'active' | 'paused' | 'pending' | 'expired' | 'deleted' | null>();
    expectTypeOf<OfferFile['creativeCode']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Offer['getCategories']>().toBeCallableWith();
    expectTypeOf<Tag['addToOffer']>().returns.toEqualTypeOf<Promise<TagRelation>>();
    expectTypeOf(api.offers.query()).toEqualTypeOf<QueryBuilder<OfferField, OfferContain, Offer>>();
  });

  it('refuses what the API does not have', async () => {
    // @ts-expect-error Country has no methods at all
    void api.countries.findAll;
    // @ts-expect-error Conversion has no findAllIds in pyoffers' manager
    void api.conversions.findAllIds;
    // @ts-expect-error Offer has no delete (pyoffers does not offer one)
    void api.offers.delete;
    expect(() => {
      // @ts-expect-error "colour" is not an Offer field
      api.offers.query().where('colour');
    }).toThrow(/"colour" is not known for Offer/);
    expect(() => {
      // @ts-expect-error Offer cannot contain "Tag"
      api.offers.query().contain('Tag');
    }).toThrow(/contain\(\)/);
    expect(() => {
      // @ts-expect-error sort on an unknown field
      api.offers.query().sort('-colour');
    }).toThrow(/sort\(\)/);
    await expect(
      api.offers.findAll({
        // @ts-expect-error an operator pyoffers does not know
        filters: { id__between: 4 },
      }),
    ).rejects.toThrow(/unknown operator/);
    // @ts-expect-error value-less operators take `true`, not a value
    void (() => api.offers.findAll({ filters: { description__null: 'yes' } }));
    // @ts-expect-error positional arguments are typed
    void (() => api.offers.addTargetCountry(1));
  });

  it('never puts the token in string forms of the client', () => {
    expect(String(api)).not.toContain('never-sent');
    expect(JSON.stringify(api)).not.toContain('never-sent');
  });
});

describe('types that follow the answers', () => {
  it('types tracking links and id lists', () => {
    expectTypeOf(api.offers.generateTrackingLink).returns.toEqualTypeOf<Promise<TrackingLink>>();
    expectTypeOf<Awaited<ReturnType<Offer['generateTrackingLink']>>['click_url']>().toEqualTypeOf<string>();
    expectTypeOf(api.offers.generateTrackingLink).toBeCallableWith(62, 3, { tinyUrl: true, file_id: 727 });
    // @ts-expect-error findAllIds takes filters only
    void (() => api.offers.findAllIds({ limit: 3 }));
  });

  it('refuses findAllIds options HasOffers would ignore', async () => {
    await expect(api.offers.findAllIds({ sort: '-id' } as never)).rejects.toThrow(/takes only \{ filters, connector \}/);
  });
});

describe('field values follow the schema', () => {
  it('takes only an enum field’s values, flags as 0/1/true/false, the rest as scalars', () => {
    const query = api.offers.query();
    query.where('status').eq('active');
    query.where('status').in(['active', 'paused']);
    // @ts-expect-error not an Offer status
    query.where('status').eq('bogus-status');
    query.where('is_private').eq(true);
    query.where('id').gt(100);
    query.where('name').eq('Kyzoo');
    expectTypeOf(api.offers.create).toBeCallableWith({ name: 'x', status: 'pending' });
    // @ts-expect-error not an Offer status
    void (() => api.offers.create({ status: 'bogus' }));
    // @ts-expect-error null cannot be sent in a query string
    void (() => api.offers.update(1, { description: null }));
  });
});
