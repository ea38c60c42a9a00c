/**
 * offer.json: pyoffers' tests/models/test_offer.py (the `offer` fixture creates offer 196; some
 * tests create fresh offers, which the server recorded as ids 212, 502, 512…).
 */
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { Advertiser, Affiliate, AffiliateOffer, Conversion, Country, HasOffersError, Offer, OfferCategory, OfferFile } from '../../../src/index.js';
import type { HasOffersAPI } from '../../../src/index.js';
import type { FlowFactory } from '../flow.js';
import { recordedData, step } from '../flow.js';

const URL = 'http://www.example.com';
const NEW_OFFER = { name: 'Test', offer_url: URL, status: 'pending', expiration_date: '2030-12-12 23:59:59', preview_url: URL } as const;

async function rejection(promise: Promise<unknown>): Promise<HasOffersError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(HasOffersError);
  return error as HasOffersError;
}

async function createOffer(api: HasOffersAPI, expectedId: string): Promise<Offer> {
  const created = await api.offers.create(NEW_OFFER);
  expect(created).toBeInstanceOf(Offer);
  expect(created.id).toBe(expectedId);
  return created;
}

export const offerFlow: FlowFactory = () => {
  let offer: Offer;
  let categories: OfferCategory[];
  return {
    cassette: 'offer',
    steps: [
      step('create() returns the new Offer with the fields HasOffers sent (#0)', async ({ api, server }) => {
        offer = await createOffer(api, '196');
        expect(offer.toJSON()).toEqual(recordedData(server, 0, 'Offer'));
        expect(offer.offer_url).toBe(URL);
        expect(offer.status).toBe('pending');
        expect(String(offer)).toBe('Offer: Test');
        expect(inspect(offer)).toBe('<Offer: Test>');
      }),
      step('findById() finds it and returns null for an unknown id (#1, #2)', async ({ api, server }) => {
        const found = await api.offers.findById(offer.id);
        expect(found).toBeInstanceOf(Offer);
        expect(found?.toJSON()).toEqual(recordedData(server, 1, 'Offer'));
        expect(found?.equals(offer)).toBe(true);
        expect(await api.offers.findById(1000)).toBeNull();
      }),
      step('offer.update() sends only the changed field (#3)', async () => {
        const updated = await offer.update({ offer_url: 'test.com' });
        expect(updated).toBeInstanceOf(Offer);
        // HasOffers normalises the URL it stores.
        expect(updated.offer_url).toBe('http://test.com');
        expect(updated.equals(offer)).toBe(true);
      }),
      step('addTargetCountry and addCategory answer true (#4, #5)', async () => {
        expect(await offer.addTargetCountry('ES')).toBe(true);
        expect(await offer.addCategory(1)).toBe(true);
      }),
      step('getCategories() decodes OfferCategory lists (#6, #7)', async ({ server }) => {
        const one = await offer.getCategories();
        expect(one.map(String)).toEqual(['OfferCategory: 10']);
        expect(one[0]).toBeInstanceOf(OfferCategory);
        expect(one[0]?.name).toBe('External');
        categories = await offer.getCategories();
        expect(categories.map((category) => category.id)).toEqual(['1', '10']);
        expect(categories.map((category) => category.toJSON())).toEqual((recordedData(server, 7) as { OfferCategory: unknown }[]).map((item) => item.OfferCategory));
      }),
      step('category.update() goes to Application.updateOfferCategory (#8)', async () => {
        expect(await categories[0]!.update({ status: 'deleted' })).toBe(true);
      }),
      step('a refused call throws HasOffersError with the bare publicMessage (#9)', async () => {
        const error = await rejection(offer.addCategory(-1));
        expect(error.message).toBe('Row id is negative');
        expect(error.errors).toEqual([{ publicMessage: 'Row id is negative' }]);
        expect(error.target).toBe('Offer');
        expect(error.method).toBe('addCategory');
      }),
      step('findAll({ limit: 2 }) returns the page items in server order (#10)', async ({ api }) => {
        const page = await api.offers.findAll({ limit: 2 });
        expect(page.every((item) => item instanceof Offer)).toBe(true);
        expect(page.map(String)).toEqual(['Offer: PerfectMoney', 'Offer: Půjčka7']);
      }),
      step('getTargetCountries() decodes Country models, empty as [] (#11, #12, #13)', async ({ api }) => {
        const countries = await api.offers.getTargetCountries(46);
        expect(countries).toHaveLength(1);
        expect(countries[0]).toBeInstanceOf(Country);
        expect(String(countries[0])).toBe('Country: CZ');
        expect(countries[0]?.id).toBe('203');
        await createOffer(api, '212');
        expect(await offer.getTargetCountries()).toEqual([]);
      }),
      step("contain: ['Country'] makes offer.country an array, also with one element (#14, #15)", async ({ api }) => {
        const [found, ...rest] = await api.offers.findAll({ filters: { id: 62 }, contain: ['Country'] });
        expect(rest).toEqual([]);
        expect(found).toBeInstanceOf(Offer);
        expect(found?.country).toHaveLength(1);
        expect(found?.country?.[0]).toBeInstanceOf(Country);
        expect(found?.country?.map((country) => [country.id, country.code])).toEqual([['724', 'ES']]);
        const byId = await api.offers.findById(62, { contain: ['Country'] });
        expect(String(byId)).toBe('Offer: Kyzoo');
        expect(byId?.country?.map(String)).toEqual(['Country: ES']);
        // Relations are not part of the raw fields.
        expect(byId?.toJSON()).not.toHaveProperty('Country');
      }),
      step("findAll({ filters: { currency: 'CZK' }, contain: ['Country'] }): an empty relation is [] (#16)", async ({ api }) => {
        const offers = await api.offers.findAll({ filters: { currency: 'CZK' }, contain: ['Country'] });
        // The server wrote offer 100 first; integer-like keys must not be re-sorted.
        expect(offers.map((item) => item.id)).toEqual(['100', '1']);
        expect(offers[0]?.country).toEqual([]);
        expect(offers[1]?.country?.map((country) => country.id)).toEqual(['203']);
      }),
      step('findAllIds() returns the raw id strings (#17)', async ({ api, server }) => {
        const ids = await api.offers.findAllIds();
        expect(ids).toEqual(recordedData(server, 17));
        expect(ids.length).toBeGreaterThan(100);
        expect(ids.every((id) => /^\d+$/.test(id))).toBe(true);
      }),
      step('offer.conversions.findAll() filters on offer_id (#18)', async ({ server }) => {
        const conversions = await offer.conversions.findAll();
        expect(conversions).toHaveLength(1);
        expect(conversions[0]).toBeInstanceOf(Conversion);
        expect(conversions[0]?.toJSON()).toEqual(recordedData(server, 18, '73', 'Conversion'));
        expect(conversions[0]?.offer_id).toBe(offer.id);
      }),
      step('blockAffiliate: true, then a refusal (#19, #20)', async () => {
        expect(await offer.blockAffiliate(1)).toBe(true);
        const error = await rejection(offer.blockAffiliate(21));
        expect(error.message).toBe('Failed to hydrate rows: 21');
      }),
      step('findById with two contained countries and with a belongs-to Advertiser (#21, #22)', async ({ api, server }) => {
        const withCountries = await api.offers.findById(438, { contain: ['Country'] });
        expect(withCountries?.country?.map(String)).toEqual(['Country: ES', 'Country: RU']);
        const withAdvertiser = await api.offers.findById(438, { contain: ['Advertiser'] });
        expect(withAdvertiser?.advertiser).toBeInstanceOf(Advertiser);
        expect(withAdvertiser?.advertiser?.toJSON()).toEqual(recordedData(server, 22, 'Advertiser'));
        expect(String(withAdvertiser?.advertiser)).toBe(`Advertiser: ${String((recordedData(server, 22, 'Advertiser') as { company: string }).company)}`);
        expect(withAdvertiser?.country).toBeUndefined();
      }),
      step('offer.files iterates the one page of OfferFiles (#23)', async () => {
        const files: OfferFile[] = [];
        for await (const file of offer.files.query()) files.push(file);
        expect(files.map((file) => file.id)).toEqual(['2']);
        expect(files[0]).toBeInstanceOf(OfferFile);
        expect(files[0]?.offer_id).toBe(offer.id);
      }),
      step('offer.getOfferFilesWithCreativeCode(affiliateId): the page without `page`, CreativeCode as a string (#24)', async () => {
        const files = await offer.getOfferFilesWithCreativeCode(20);
        expect(files).toHaveLength(1);
        expect(files[0]).toBeInstanceOf(OfferFile);
        expect(files[0]?.id).toBe('2');
        expect(files[0]?.offer_id).toBe(offer.id);
        expect(files[0]?.creativeCode).toBe('http://www.example.com');
      }),
      step('setAffiliateApprovalStatus: true, or the AffiliateOffer HasOffers returns (#25-#29)', async ({ api, server }) => {
        // Recording #25 answered `true` for offer 472.
        expect(await api.offers.setAffiliateApprovalStatus(472, 20, 'approved')).toBe(true);
        await createOffer(api, '502');
        // Recording #27 answered the AffiliateOffer itself, unwrapped.
        const answer = await offer.setAffiliateApprovalStatus(20, 'approved');
        expect(answer).toBeInstanceOf(AffiliateOffer);
        const approval = answer as AffiliateOffer;
        expect(approval.toJSON()).toEqual(recordedData(server, 27));
        expect(approval.id).toBe('250');
        expect(String(approval)).toBe('AffiliateOffer: approved');
        expect(await offer.setAffiliateApprovalStatus(20, 'approved')).toBe(true);
        expect(await api.offers.setAffiliateApprovalStatus(offer.id, 20, 'approved')).toBe(true);
      }),
      step('getAffiliateApprovalStatus returns the raw string (#30, #31)', async ({ api }) => {
        await createOffer(api, '512');
        expect(await offer.getAffiliateApprovalStatus(20)).toBe('approved');
      }),
      step('the affiliate id lists come back raw, empty as [] (#32-#37)', async ({ api }) => {
        await createOffer(api, '514');
        expect(await offer.getBlockedAffiliateIds()).toEqual([]);
        await createOffer(api, '516');
        expect(await offer.getApprovedAffiliateIds()).toEqual([]);
        await createOffer(api, '518');
        expect(await api.offers.getUnapprovedAffiliateIds(offer.id)).toEqual([]);
      }),
      step('unblockAffiliate answers true (#38, #39)', async ({ api }) => {
        await createOffer(api, '520');
        expect(await offer.unblockAffiliate(20)).toBe(true);
      }),
      step('generateTrackingLink(affiliateId, { tinyUrl, file_id }) returns the raw link data (#40, #41)', async ({ server }) => {
        const tiny = await offer.generateTrackingLink(94, { tinyUrl: true, file_id: 727 });
        expect(tiny).toEqual(recordedData(server, 40));
        expect((tiny as { click_url: string }).click_url).toBe('http://tracking.volsor.com/SHk');
        const full = await offer.generateTrackingLink(94, { tinyUrl: false, file_id: 727 });
        expect((full as { click_url: string }).click_url).toBe('http://tracking.volsor.com/aff_c?offer_id=472&aff_id=94&file_id=727');
      }),
      step('offer.findAllAffiliateApprovals() decodes AffiliateOffers with their Affiliate and Offer (#42)', async ({ server }) => {
        const approvals = await offer.findAllAffiliateApprovals();
        expect(approvals.map((approval) => approval.id)).toEqual(['292', '290', '288']);
        expect(approvals.every((approval) => approval instanceof AffiliateOffer)).toBe(true);
        expect(approvals.map(String)).toEqual(['AffiliateOffer: approved', 'AffiliateOffer: approved', 'AffiliateOffer: approved']);
        const first = approvals[0]!; // typed: AffiliateOffer declares its Affiliate and Offer relations
        expect(first.affiliate).toBeInstanceOf(Affiliate);
        expect(first.affiliate?.toJSON()).toEqual(recordedData(server, 42, '292', 'Affiliate'));
        expect(first.offer).toBeInstanceOf(Offer);
        expect(String(first.offer)).toBe('Offer: Aggregated Email PD ES');
      }),
    ],
  };
};
