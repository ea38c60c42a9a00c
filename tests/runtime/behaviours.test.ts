/**
 * The hand-written behaviours (src/runtime/behaviours.ts) and a few realistic calls, over the real
 * generated table with only `send` replaced.
 */
import { describe, expect, it } from 'vitest';
import { API_TABLE, MODEL_CLASSES } from '../../generated/index.js';
import { HasOffersError, InvalidArgumentError, InvalidResponseError, TsoffersError } from '../../src/errors.js';
import { PartialCreateError } from '../../src/runtime/behaviours.js';
import type { Model } from '../../src/runtime/model.js';
import { harness, method, sorted } from './harness.js';

const setup = () => harness(API_TABLE, MODEL_CLASSES);
const USER = { email: 'a@example.com', password: 'secret', password_confirmation: 'secret', first_name: 'A', last_name: 'B' };

describe('affiliates.createWithUser', () => {
  it('creates the affiliate, then its user with the new affiliate id, and returns the affiliate', async () => {
    const h = setup();
    h.answer({ Affiliate: { id: '9', company: 'Acme' } }, { AffiliateUser: { id: '31', affiliate_id: '9', email: USER.email } });
    const affiliate = (await method(h.manager('affiliates'), 'createWithUser')(USER, { company: 'Acme' })) as Model;
    expect(affiliate).toBeInstanceOf(MODEL_CLASSES.Affiliate!);
    expect(affiliate.get('id')).toBe('9');
    expect(h.sent.map((call) => [call.target, call.method, call.safe])).toEqual([
      ['Affiliate', 'create', false],
      ['AffiliateUser', 'create', false],
    ]);
    expect(h.sent[0]?.params).toEqual([['data[company]', 'Acme']]);
    expect(sorted(h.sent[1]!.params)).toEqual(sorted([['data[affiliate_id]', '9'], ...Object.entries(USER).map(([key, value]) => [`data[${key}]`, value] as const)]));
  });

  it('creates nothing when the user has no login or the affiliate data is refused', async () => {
    const h = setup();
    const createWithUser = method(h.manager('affiliates'), 'createWithUser');
    await expect(createWithUser({ email: 'a@b.c' }, { company: 'c' })).rejects.toThrow(/needs password; nothing was created/);
    await expect(createWithUser({ email: '', password: '' }, { company: 'c' })).rejects.toThrow(/needs email and password/);
    await expect(createWithUser('a@b.c', { company: 'c' })).rejects.toThrow(InvalidArgumentError);
    // The affiliate's own fields are checked by affiliates.create before it sends.
    await expect(createWithUser(USER, { company: 'c', date_added: '2020-01-01' })).rejects.toThrow(/"date_added" is read-only/);
    expect(h.sent).toEqual([]);
  });

  it('raises PartialCreateError, carrying the affiliate and the cause, when the user create fails', async () => {
    const h = setup();
    const refusal = new HasOffersError({ publicMessage: 'Email is already in use' }, 'AffiliateUser', 'create');
    h.answer({ Affiliate: { id: '9', company: 'Acme' } }, refusal);
    const error = (await method(h.manager('affiliates'), 'createWithUser')(USER, { company: 'Acme' }).catch((caught: unknown) => caught)) as PartialCreateError;
    expect(error).toBeInstanceOf(PartialCreateError);
    expect(error).toBeInstanceOf(TsoffersError);
    expect(error.created.get('id')).toBe('9');
    expect(error.cause).toBe(refusal);
    expect(error.message).toMatch(/^Affiliate 9 was created, but creating its user failed: Email is already in use/);
    expect(h.sent).toHaveLength(2);
  });

  // Bug: behaviours.ts refuses a user without email/password before creating the affiliate, "so
  // that what would certainly fail" leaves no orphan affiliate; but the user's other fields are
  // only checked by affiliateUsers.create (writableData) after the affiliate exists. A field the
  // AffiliateUser model does not have, a read-only one or a null is refused locally, with certainty,
  // yet the affiliate is created first and the caller gets a PartialCreateError.
  it('refuses user fields affiliateUsers.create would refuse before creating the affiliate', async () => {
    const h = setup();
    h.answer({ Affiliate: { id: '9', company: 'Acme' } });
    await expect(method(h.manager('affiliates'), 'createWithUser')({ ...USER, join_date: '2020-01-01' }, { company: 'Acme' })).rejects.toThrow(/"join_date" is read-only/);
    await expect(method(h.manager('affiliates'), 'createWithUser')({ ...USER, nmae: 'A' }, { company: 'Acme' })).rejects.toThrow(InvalidArgumentError);
    await expect(method(h.manager('affiliates'), 'createWithUser')({ ...USER, first_name: null }, { company: 'Acme' })).rejects.toThrow(/cannot send null/);
    await expect(method(h.manager('affiliates'), 'createWithUser')({ ...USER, first_name: Number.NaN }, { company: 'Acme' })).rejects.toThrow(/finite number/);
    expect(h.sent).toEqual([]);
  });

  it("refuses an affiliate_id in the user's fields (it is the new affiliate's), before creating anything", async () => {
    const h = setup();
    await expect(method(h.manager('affiliates'), 'createWithUser')({ ...USER, affiliate_id: '3' }, { company: 'Acme' })).rejects.toThrow(/userData\.affiliate_id: leave it out/);
    expect(h.sent).toEqual([]);
  });
});

describe('offers.generateTrackingLink', () => {
  it('sends offer, affiliate, tiny_url and the extra params, as a safe read, and returns the answer as sent', async () => {
    const h = setup();
    const link = { click_url: 'https://t.example/aff_c?offer_id=62&aff_id=3', impression_pixel: '<img>' };
    h.answer(link, link);
    const generate = method(h.manager('offers'), 'generateTrackingLink');
    expect(await generate(62, '3', { tinyUrl: true, aff_sub: 'campaign-1' })).toEqual(link);
    expect(h.sent[0]).toEqual({
      target: 'Offer',
      method: 'generateTrackingLink',
      params: [
        ['offer_id', '62'],
        ['affiliate_id', '3'],
        ['options[tiny_url]', '1'],
        ['params[aff_sub]', 'campaign-1'],
      ],
      safe: true,
    });
    await generate(62, 3);
    expect(h.sent[1]?.params).toEqual([
      ['offer_id', '62'],
      ['affiliate_id', '3'],
      ['options[tiny_url]', '0'],
    ]);
  });

  it('refuses bad ids and options that are not an object, before sending', async () => {
    const h = setup();
    const generate = method(h.manager('offers'), 'generateTrackingLink');
    await expect(generate(undefined, 3)).rejects.toThrow(/Invalid offerId/);
    await expect(generate(62, 1.5)).rejects.toThrow(/Invalid affiliateId/);
    await expect(generate(62, 3, 'tiny')).rejects.toThrow(/Invalid options/);
    expect(h.sent).toEqual([]);
  });
});

describe('report methods', () => {
  it('return a builder at once, sending nothing, and refuse arguments', () => {
    const h = setup();
    const getStats = h.manager('reports').getStats as (...args: unknown[]) => unknown;
    const builder = getStats() as Record<string, unknown>;
    expect(typeof builder.fields).toBe('function');
    expect(typeof builder.then).toBe('undefined');
    expect(() => getStats({ fields: ['Stat.clicks'] })).toThrow(/reports\.getStats\(\) takes no arguments/);
    expect(h.sent).toEqual([]);
  });

  it('send Report.getStats as a safe read and decode its numeric fields as numbers', async () => {
    const h = setup();
    type Builder = { fields(...names: string[]): Builder; page(): Promise<{ rows: unknown[]; pageCount: number }> };
    const builder = (h.manager('reports').getStats as () => Builder)().fields('Stat.clicks', 'Offer.name');
    h.answer({ page: 1, pageCount: 1, count: 1, data: [{ Stat: { clicks: '12' }, Offer: { name: 'Kyzoo' } }] });
    const page = await builder.page();
    // page() with no number asks for page 1 by name.
    expect(h.sent).toEqual([{ target: 'Report', method: 'getStats', params: [['fields[]', 'Stat.clicks'], ['fields[]', 'Offer.name'], ['page', '1']], safe: true }]);
    expect(JSON.parse(JSON.stringify(page.rows))).toEqual([{ Stat: { clicks: 12 }, Offer: { name: 'Kyzoo' } }]);
    expect(page.pageCount).toBe(1);
  });

  it('export the same report through DownloadReport.getDownloadReportLink, refusing an answer that is no link', async () => {
    const h = setup();
    type Builder = { fields(...names: string[]): Builder; where(field: string): { between(a: string, b: string): Builder }; exportLink(): Promise<string> };
    const builder = (h.manager('reports').getStats as () => Builder)().fields('Stat.clicks').where('Stat.date').between('2026-01-01', '2026-01-31');
    h.answer('https://files.example/report.csv', 'not a link');
    expect(await builder.exportLink()).toBe('https://files.example/report.csv');
    const [call] = h.sent;
    expect([call?.target, call?.method, call?.safe]).toEqual(['DownloadReport', 'getDownloadReportLink', true]);
    expect(call?.params.slice(0, 3)).toEqual([
      ['method', 'getStats'],
      ['start_date', '2026-01-01'],
      ['end_date', '2026-01-31'],
    ]);
    expect(call?.params).toContainEqual(['arguments[fields][]', 'Stat.clicks']);
    await expect(builder.exportLink()).rejects.toThrow(InvalidResponseError);
  });
});

describe('the upload behaviour', () => {
  it('refuses on a context built without an upload channel, sending nothing', async () => {
    const h = setup();
    await expect(method(h.manager('offerFiles'), 'create')(Buffer.from('x'), { display: 'a.png', type: 'offer thumbnail' })).rejects.toThrow(/without an upload channel/);
    expect(h.sent).toEqual([]);
  });
});

describe('realistic calls over the generated table', () => {
  it('offers.findAll and findAllIds put pyoffers-shaped pairs on the wire', async () => {
    const h = setup();
    h.answer({ '62': { Offer: { id: '62', name: 'Kyzoo' }, Country: { '724': { id: '724', code: 'ES' } } } }, ['62', 63]);
    const offers = h.manager('offers');
    const [offer] = (await method(offers, 'findAll')({ filters: { status: 'active' }, contain: ['Country'], limit: 1 })) as (Model & { country?: Model[] })[];
    expect(offer).toBeInstanceOf(MODEL_CLASSES.Offer!);
    expect(offer?.country?.map(String)).toEqual(['Country: ES']);
    expect(sorted(h.sent[0]!.params)).toEqual(sorted([['filters[status]', 'active'], ['contain[]', 'Country'], ['limit', '1']]));
    expect(await method(offers, 'findAllIds')({ filters: { advertiser_id: 3 } })).toEqual(['62', '63']);
    expect(h.sent[1]).toEqual({ target: 'Offer', method: 'findAllIds', params: [['filters[advertiser_id]', '3']], safe: true });
  });

  it('advertisers.addAccountNote answers a number, blockAffiliate a boolean, both unsafe writes', async () => {
    const h = setup();
    h.answer('123', '1');
    const advertisers = h.manager('advertisers');
    await expect(method(advertisers, 'addAccountNote')({ id: 1, note: 'called' })).resolves.toBe(123);
    await expect(method(advertisers, 'blockAffiliate')({ id: 1, affiliate_id: 2 })).resolves.toBe(true);
    expect(h.sent.map((call) => [call.method, call.safe, call.params])).toEqual([
      ['addAccountNote', false, [['id', '1'], ['note', 'called']]],
      ['blockAffiliate', false, [['id', '1'], ['affiliate_id', '2']]],
    ]);
  });

  it('offers.update refuses a read-only field and a misspelt one with the close name', async () => {
    const h = setup();
    await expect(method(h.manager('offers'), 'update')(62, { id: 5 })).rejects.toThrow(/"id" is read-only/);
    await expect(method(h.manager('offers'), 'update')(62, { stauts: 'paused' })).rejects.toThrow(/no field "stauts"\. Did you mean "status"\?/);
    expect(h.sent).toEqual([]);
  });
});
