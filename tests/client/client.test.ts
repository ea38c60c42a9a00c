import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Advertiser, Country, HasOffersAPI, HasOffersError, InvalidArgumentError, InvalidResponseError, MaxRetriesExceededError, Offer, OfferFile } from '../../src/index.js';
import type { Logger } from '../../src/index.js';
import { envelope, startJsonServer } from '../helpers/json-server.js';
import type { TestServer } from '../helpers/json-server.js';

const TOKEN = 'tok-3f9a1c-secret';
const OFFER_62 = { id: '62', name: 'Kyzoo', status: 'active', advertiser_id: '14' };

let server: TestServer;
let rateLimited = 0;

beforeAll(async () => {
  server = await startJsonServer((request) => {
    const method = request.params.get('Method');
    switch (method) {
      case 'findById':
        if (request.params.get('id') === '404') return envelope(null);
        return envelope({
          Offer: OFFER_62,
          Country: { '203': { id: '203', code: 'CZ', name: 'czech republic' } },
          Advertiser: { id: '14', company: 'ACME' },
          Thumbnail: [],
          Goal: [],
        });
      case 'findAll':
        // Written as text so that the server's (descending) order reaches the client.
        return { body: '{"request":{},"response":{"status":1,"httpStatus":200,"data":{"100":{"Offer":{"id":"100","name":"B"},"Country":{"id":"1","code":"US"}},"62":{"Offer":{"id":"62","name":"A"},"Country":[]}},"errors":[],"errorMessage":null}}' };
      case 'getOfferFilesWithCreativeCode':
        return envelope({ current: 0, count: 1, pageCount: 1, data: { '2': { OfferFile: { id: '2', filename: 'banner.png' }, CreativeCode: '<a href="x">x</a>' } } });
      case 'create':
        return envelope('', [{ err_code: 1, err_msg: 'Name cannot be blank.', attribute_name: 'name', publicMessage: 'Could not create offer.' }]);
      case 'getBlockedAffiliateIds':
        rateLimited += 1;
        return envelope('', [{ publicMessage: 'API usage exceeded rate limit.  Configured: 50/10s window; Your usage: 51.' }]);
      case 'getApprovedAffiliateIds':
        return { status: 500, headers: { 'content-type': 'text/html' }, body: `<html><body>Internal error for ${TOKEN}</body></html>` };
      case 'getUnapprovedAffiliateIds':
        return { body: '<html>not json</html>', headers: { 'content-type': 'text/html' } };
      default:
        return envelope(true);
    }
  });
});
afterAll(() => server.close());

function client(options: Partial<ConstructorParameters<typeof HasOffersAPI>[0]> = {}) {
  return new HasOffersAPI({ endpoint: server.endpoint, networkToken: TOKEN, networkId: 'net', retries: 0, ...options });
}

describe('HasOffersAPI options', () => {
  it.each([
    [{ endpoint: '' }, /endpoint/],
    [{ endpoint: 'ftp://x' }, /endpoint: expected an http\(s\) URL/],
    [{ networkToken: '' }, /networkToken/],
    [{ networkId: undefined }, /networkId/],
    [{ retries: -1 }, /retries/],
  ])('refuses %j', (options, message) => {
    expect(() => new HasOffersAPI({ endpoint: 'https://api.hasoffers.com/Apiv3/json', networkToken: 't', networkId: 'n', ...options } as never)).toThrow(message);
  });

  it('never shows the token in its string forms', () => {
    const api = client();
    for (const text of [String(api), inspect(api), JSON.stringify(api), inspect(api, { showHidden: true, depth: 5 })]) expect(text).not.toContain(TOKEN);
  });
});

describe('decoding', () => {
  it('builds models with relations: has-many always an array, belongs-to one model or null', async () => {
    const offer = await client().offers.findById(62, { contain: ['Country', 'Advertiser', 'Thumbnail', 'Goal'] });
    expect(offer).toBeInstanceOf(Offer);
    expect(offer?.country).toHaveLength(1);
    expect(offer?.country?.[0]).toBeInstanceOf(Country);
    expect(String(offer?.country?.[0])).toBe('Country: CZ');
    expect(offer?.advertiser).toBeInstanceOf(Advertiser);
    expect(String(offer?.advertiser)).toBe('Advertiser: ACME');
    expect(offer?.thumbnail).toBeNull();
    expect(offer?.goal).toEqual([]);
    expect(offer?.toJSON()).toEqual(OFFER_62);
    expect(inspect(offer)).toBe('<Offer: Kyzoo>');
    expect(offer?.equals(await client().offers.findById(62))).toBe(true);
    expect(server.requests.at(-2)?.query).toBe('NetworkToken=tok-3f9a1c-secret&NetworkId=net&Target=Offer&Method=findById&id=62&contain%5B%5D=Country&contain%5B%5D=Advertiser&contain%5B%5D=Thumbnail&contain%5B%5D=Goal');
  });

  it('returns null for an unknown id', async () => {
    expect(await client().offers.findById(404)).toBeNull();
  });

  it("keeps the server's order of a list keyed by id", async () => {
    const offers = await client().offers.findAll({ sort: '-id', contain: ['Country'] });
    expect(offers.map((offer) => offer.id)).toEqual(['100', '62']);
    expect(offers[0]?.country?.map(String)).toEqual(['Country: US']);
    expect(offers[1]?.country).toEqual([]);
  });

  it('decodes a scalar relation and the pagination shape without page', async () => {
    const files = await client().offers.getOfferFilesWithCreativeCode(62, 20);
    expect(files[0]).toBeInstanceOf(OfferFile);
    expect(files[0]?.creativeCode).toBe('<a href="x">x</a>');
  });

  it('keeps related calls scoped: OR would widen them to other rows', async () => {
    const offer = (await client().offers.findById(62))!;
    expect(() => offer.conversions.query().or().where('status').eq('approved')).toThrow(/mixes AND and OR/);
    await expect(offer.conversions.findAll({ filters: { status: 'approved' }, connector: 'OR' })).rejects.toThrow(/scoped by offer_id/);
    await expect(offer.findAllAffiliateApprovals({ connector: 'OR' })).rejects.toThrow(/scoped by offer_id/);
    expect(offer.conversions.query().where('status').eq('approved').toParams()).toEqual([
      ['filters[offer_id]', '62'],
      ['filters[status]', 'approved'],
    ]);
  });

  it('passes true through for set/add calls', async () => {
    expect(await client().offers.addTargetCountry(62, 'ES')).toBe(true);
  });
});

describe('errors', () => {
  it("raises HasOffersError with pyoffers' text", async () => {
    const error = await client().offers.create({ name: '' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HasOffersError);
    expect((error as Error).message).toBe('Error code: 1. Could not create offer. Name cannot be blank.');
  });

  it('retries the rate-limit answer `retries` times after the first attempt, then gives up', async () => {
    rateLimited = 0;
    const error = await client({ retries: 2, retryTimeout: 0.01 }).offers.getBlockedAffiliateIds(1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MaxRetriesExceededError);
    expect(rateLimited).toBe(3);
  });

  it('names the status and an excerpt of a non-JSON or HTTP error answer, without the token', async () => {
    const http = await client().offers.getApprovedAffiliateIds(1).catch((caught: unknown) => caught);
    expect(http).toBeInstanceOf(InvalidResponseError);
    expect((http as InvalidResponseError).status).toBe(500);
    expect((http as Error).message).toMatch(/HTTP 500/);
    expect(inspect(http)).not.toContain(TOKEN);
    const html = await client().offers.getUnapprovedAffiliateIds(1).catch((caught: unknown) => caught);
    expect(html).toBeInstanceOf(InvalidResponseError);
    expect((html as Error).message).toMatch(/not JSON: <html>not json<\/html>/);
  });

  it('refuses bad input before sending anything', async () => {
    const before = server.requests.length;
    const api = client();
    await expect(api.offers.findAll({ limit: 0 })).rejects.toThrow(InvalidArgumentError);
    await expect(api.offers.findById('')).rejects.toThrow(/id: expected an id/);
    await expect(api.offers.addTargetCountry(undefined as never, 'ES')).rejects.toThrow(/needs "id"/);
    await expect(api.offers.update(1, {} as never)).rejects.toThrow(/no fields to write/);
    await expect(api.offers.update(1, { description: null as never })).rejects.toThrow(/data\.description.*cannot send null/);
    await expect(api.offers.update(1, 'x' as never)).rejects.toThrow(/fields to change as an object/);
    await expect(api.affiliates.createWithUser({ email: 'a@b.c' }, { company: 'c' })).rejects.toThrow(/needs password; nothing was created/);
    expect(server.requests.length).toBe(before);
  });
});

describe('logging', () => {
  it('logs one line per call at verbosity 1 and parameters at 2, never the token', async () => {
    const lines: string[] = [];
    const logger: Logger = { debug: (m) => lines.push(`D ${m}`), info: (m) => lines.push(`I ${m}`), warn: (m) => lines.push(`W ${m}`), error: (m) => lines.push(`E ${m}`) };
    await client({ verbosity: 1, logger }).offers.findById(62);
    expect(lines.filter((line) => line.startsWith('I '))).toHaveLength(1);
    expect(lines.some((line) => line.startsWith('D '))).toBe(false);
    lines.length = 0;
    await client({ verbosity: 2, logger }).offers.findById(62);
    expect(lines.some((line) => line.startsWith('D ') && line.includes('findById'))).toBe(true);
    await client({ verbosity: 3, logger }).offers.getApprovedAffiliateIds(1).catch(() => undefined);
    expect(lines.join('\n')).not.toContain(TOKEN);
    lines.length = 0;
    await client({ verbosity: 0, logger }).offers.findById(62);
    expect(lines).toEqual([]);
  });
});
