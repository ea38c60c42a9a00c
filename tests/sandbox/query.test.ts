import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import type { Row } from '../../src/sandbox/json.js';
import { get, getText, keyOrder } from './helpers.js';

let sandbox: SandboxHandle;
let api: HasOffersAPI;
let offers: Row[];

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 3 });
  api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'sandbox-token', networkId: 'sandbox', retries: 0 });
  offers = sandbox.store.all('Offer');
});
afterAll(async () => {
  await sandbox.close();
});

const ids = (rows: readonly object[]) => rows.map((row) => String((row as { id?: unknown }).id));
const where = (predicate: (row: Row) => boolean) => ids(offers.filter(predicate));

describe('filters: every operator', () => {
  const num = (row: Row, field: string) => Number(row[field]);
  const cases: [string, Record<string, unknown>, (row: Row) => boolean][] = [
    ['equality', { status: 'active' }, (row) => row.status === 'active'],
    ['a list', { status: ['paused', 'expired'] }, (row) => row.status === 'paused' || row.status === 'expired'],
    ['NOT_EQUAL_TO', { status__ne: 'active' }, (row) => row.status !== 'active'],
    ['NOT_EQUAL_TO a list', { status__ne: ['active', 'deleted'] }, (row) => row.status !== 'active' && row.status !== 'deleted'],
    ['LESS_THAN', { id__lt: 10 }, (row) => num(row, 'id') < 10],
    ['LESS_THAN_OR_EQUAL_TO', { id__lte: 10 }, (row) => num(row, 'id') <= 10],
    ['GREATER_THAN (numeric, not text order)', { default_payout__gt: 100 }, (row) => num(row, 'default_payout') > 100],
    ['GREATER_THAN_OR_EQUAL_TO', { id__gte: 30 }, (row) => num(row, 'id') >= 30],
    ['LIKE (case-insensitive, % wildcard)', { name__like: '%loan%' }, (row) => /loan/i.test(String(row.name))],
    ['NOT_LIKE', { name__not_like: '%loan%' }, (row) => !/loan/i.test(String(row.name))],
    ['RLIKE', { name__rlike: '^(quick|travel)' }, (row) => /^(quick|travel)/i.test(String(row.name))],
    ['NULL', { percent_payout__null: true }, (row) => row.percent_payout === null],
    ['NOT_NULL', { percent_payout__not_null: true }, (row) => row.percent_payout !== null],
    ['TRUE', { is_private__true: true }, (row) => row.is_private === '1'],
    ['FALSE', { is_private__false: true }, (row) => row.is_private === '0'],
  ];
  it.each(cases)('%s', async (_name, filters, predicate) => {
    const expected = where(predicate);
    const found = await api.offers.findAll({ filters: filters as never });
    expect(ids(found)).toEqual(expected);
    // Each case must select something and leave something out, or it proves nothing.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(offers.length);
  });

  it('ANDs several filters and ORs them with connector OR', async () => {
    const and = await api.offers.findAll({ filters: { status: 'active', currency: 'USD' } });
    expect(ids(and)).toEqual(where((row) => row.status === 'active' && row.currency === 'USD'));
    const or = await api.offers.findAll({ filters: { status: 'paused', currency: 'GBP' }, connector: 'OR' });
    expect(ids(or)).toEqual(where((row) => row.status === 'paused' || row.currency === 'GBP'));
    const paused = where((row) => row.status === 'paused');
    const gbp = where((row) => row.currency === 'GBP');
    expect(ids(or)).toEqual(expect.arrayContaining([...paused, ...gbp]));
    expect(ids(or).length).toBeGreaterThan(Math.max(paused.length, gbp.length));
  });

  it('mixes a plain filter with an OR group in raw HasOffers syntax', async () => {
    const answer = await get(sandbox, 'Target=Offer&Method=findAll&filters[is_private]=0&filters[OR][status]=paused&filters[OR][id][LESS_THAN]=5&fields[]=id');
    const expected = where((row) => row.is_private === '0' && (row.status === 'paused' || Number(row.id) < 5));
    expect(Object.keys(answer.response.data as object).sort()).toEqual([...expected].sort());
  });

  it('works through the query builder', async () => {
    const found = await api.offers.query().where('id').gt(5).where('status').eq('active').sort('-id').limit(3).all();
    expect(ids(found)).toEqual(where((row) => Number(row.id) > 5 && row.status === 'active').reverse().slice(0, 3));
  });
});

describe('sort, pagination, fields, contain', () => {
  it('sorts on several fields in the order given, and the answer keeps that order', async () => {
    const text = await getText(sandbox, 'Target=Offer&Method=findAll&sort[Offer.currency]=asc&sort[Offer.default_payout]=desc&fields[]=id');
    const expected = [...offers]
      .sort((a, b) => String(a.currency).localeCompare(String(b.currency)) || Number(b.default_payout) - Number(a.default_payout))
      .map((row) => String(row.id));
    expect(keyOrder(text, 'data')).toEqual(expected);
    const found = await api.offers.findAll({ sort: ['currency', '-default_payout'] });
    expect(ids(found)).toEqual(expected);
  });

  it('pages with limit/page in the paginated shape', async () => {
    const page2 = await get(sandbox, 'Target=Offer&Method=findAll&limit=7&page=2&sort[Offer.id]=asc&fields[]=id');
    const data = page2.response.data as { page: number; current: number; count: number; pageCount: number; data: Record<string, unknown> };
    expect(data).toMatchObject({ page: 2, count: offers.length, pageCount: Math.ceil(offers.length / 7) });
    expect(Object.keys(data.data)).toEqual(ids(offers).slice(7, 14));
    const empty = await get(sandbox, 'Target=Conversion&Method=findAll&filters[goal_id]=100000&limit=1');
    expect(empty.response.data).toEqual({ page: 1, current: 0, count: 0, pageCount: 0, data: [] });
    const none = await get(sandbox, 'Target=Conversion&Method=findAll&filters[offer_id]=99999');
    expect(none.response.data).toEqual([]);
  });

  it('iterates every page with for await', async () => {
    const seen: string[] = [];
    for await (const offer of api.offers.query().sort('id').limit(9)) seen.push(String(offer.id));
    expect(seen).toEqual(ids(offers));
  });

  it('returns only the fields asked for', async () => {
    const answer = await get(sandbox, 'Target=Conversion&Method=findAll&fields[]=datetime&fields[]=country_code&limit=1');
    const item = Object.values((answer.response.data as { data: Record<string, { Conversion: object }> }).data)[0]!;
    expect(Object.keys(item.Conversion)).toEqual(['datetime', 'country_code']);
  });

  it('contains has-many relations keyed by id (countries by code), belongs-to as one object, empty as []', async () => {
    const withCountries = offers.find((row) => sandbox.store.all('_OfferCountry').some((link) => link.offer_id === row.id))!;
    const answer = await get(sandbox, `Target=Offer&Method=findById&id=${String(withCountries.id)}&contain[]=Country&contain[]=Advertiser&contain[]=Goal&contain[]=OfferCategory`);
    const data = answer.response.data as Record<string, unknown>;
    const codes = sandbox.store.all('_OfferCountry').filter((link) => link.offer_id === withCountries.id).map((link) => link.country_code);
    expect(Object.keys(data.Country as object)).toEqual(codes);
    expect((data.Advertiser as { id: string }).id).toBe(String(withCountries.advertiser_id));
    const goals = sandbox.store.all('Goal').filter((goal) => goal.offer_id === withCountries.id);
    expect(data.Goal).toEqual(goals.length ? Object.fromEntries(goals.map((goal) => [goal.id, goal])) : []);
    const offer = await api.offers.findById(String(withCountries.id), { contain: ['Country', 'Advertiser'] });
    const related = offer as unknown as { country: { code: string }[]; advertiser: { id: string } };
    expect(related.country.map((country) => country.code)).toEqual(codes);
    expect(related.advertiser.id).toBe(String(withCountries.advertiser_id));
  });

  it('answers the relation calls the SDK exposes', async () => {
    const offer = offers[0]!;
    const offerId = String(offer.id);
    expect(await api.offers.addTargetCountry(offerId, 'NO')).toBe(true);
    const countries = await api.offers.getTargetCountries(offerId);
    expect(countries.map((country) => String(country.code))).toContain('NO');
    expect(await api.offers.addCategory(offerId, 1)).toBe(true);
    expect((await api.offers.getCategories(offerId)).map((category) => String(category.id))).toContain('1');
    const affiliate = String(sandbox.store.all('Affiliate')[0]!.id);
    expect(await api.offers.blockAffiliate(offerId, affiliate)).toBe(true);
    expect(await api.offers.getBlockedAffiliateIds(offerId)).toContain(affiliate);
    expect(await api.offers.unblockAffiliate(offerId, affiliate)).toBe(true);
    expect(await api.offers.getBlockedAffiliateIds(offerId)).not.toContain(affiliate);
    await api.offers.setAffiliateApprovalStatus(offerId, affiliate, 'approved');
    expect(await api.offers.getAffiliateApprovalStatus(offerId, affiliate)).toBe('approved');
    expect(await api.offers.getApprovedAffiliateIds(offerId)).toContain(affiliate);
    const approvals = await api.offers.findAllAffiliateApprovals({ filters: { offer_id: offerId } as never });
    expect(approvals.map((approval) => String(approval.affiliate_id))).toContain(affiliate);
    const link = (await api.offers.generateTrackingLink(offerId, affiliate, { tinyUrl: false, file_id: 7 })) as { click_url: string };
    expect(link.click_url).toBe(`${sandbox.origin}/aff_c?offer_id=${offerId}&aff_id=${affiliate}&file_id=7`);
  });

  it('manages tags and their relations', async () => {
    const tag = await api.tags.create({ name: 'sandbox-tag' });
    const offerId = String(offers[1]!.id);
    const relation = await api.tags.addToOffer(tag.id, offerId);
    expect(String(relation.tag_id)).toBe(String(tag.id));
    const relations = await api.tags.findAllOfferTagRelations({ filters: { tag_id: tag.id } as never });
    expect(relations.map((item) => String(item.offer_id))).toEqual([offerId]);
    expect(await api.tags.removeFromOffer(tag.id, offerId)).toBe(true);
    expect(await api.tags.findAllOfferTagRelations({ filters: { tag_id: tag.id } as never })).toEqual([]);
    const set = await api.tags.setForAffiliate([String(tag.id)], String(sandbox.store.all('Affiliate')[2]!.id));
    expect(set).toHaveLength(1);
  });

  it('serves Application offer categories', async () => {
    const categories = await api.application.findAllOfferCategories();
    expect(categories.length).toBe(sandbox.store.all('OfferCategory').length);
    const first = String(categories[0]!.id);
    const offerIds = await api.application.findAllOfferCategoryOfferIds(first);
    expect(offerIds).toEqual(sandbox.store.all('_OfferCategory').filter((link) => link.category_id === first).map((link) => String(link.offer_id)));
    expect(await api.application.updateOfferCategory(first, { name: 'Renamed category' })).toBe(true);
    expect(sandbox.store.get('OfferCategory', first)?.name).toBe('Renamed category');
  });
});
