/**
 * "Lists come back in the order the server wrote them": HasOffers sorts on its side and returns
 * lists as objects keyed by id, so `{"100": …, "62": …}` must decode as 100 then 62 although
 * JavaScript orders integer-like keys ascending. A small HasOffers stand-in on 127.0.0.1 answers
 * with descending keys in every list shape (page, bare list, contained relation, several pages).
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Goal, HasOffersAPI, Offer } from '../../src/index.js';

function offerJson(id: number, name: string): string {
  return `{"id":"${id}","name":"${name}","status":"active"}`;
}

function envelope(data: string): string {
  return `{"request":{"Format":"json"},"response":{"status":1,"httpStatus":200,"data":${data},"errors":[],"errorMessage":null}}`;
}

const PAGE_ONE = `{"page":1,"current":2,"count":4,"pageCount":2,"data":{"100":{"Offer":${offerJson(100, 'Hundred')}},"62":{"Offer":${offerJson(62, 'Sixty-two')}}}}`;
const PAGE_TWO = `{"page":2,"current":2,"count":4,"pageCount":2,"data":{"40":{"Offer":${offerJson(40, 'Forty')}},"7":{"Offer":${offerJson(7, 'Seven')}}}}`;
const UNPAGINATED = `{"100":{"Offer":${offerJson(100, 'Hundred')}},"62":{"Offer":${offerJson(62, 'Sixty-two')}}}`;
const WITH_GOALS = `{"Offer":${offerJson(100, 'Hundred')},"Goal":{"31":{"id":"31","offer_id":"100","name":"Late"},"9":{"id":"9","offer_id":"100","name":"Early"}}}`;

describe('lists keep the order the server wrote them', () => {
  let server: Server;
  let api: HasOffersAPI;
  const queries: URLSearchParams[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
      queries.push(query);
      let data: string;
      if (query.get('Method') === 'findById') data = WITH_GOALS;
      else if (query.get('filters[status]') === 'active') data = UNPAGINATED;
      else data = query.get('page') === '2' ? PAGE_TWO : PAGE_ONE;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(envelope(data));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    api = new HasOffersAPI({ endpoint: `http://127.0.0.1:${port}/Apiv3/json`, networkToken: 'NETorderTestToken', networkId: 'order', retries: 0 });
  });

  afterAll(async () => {
    await api.close();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  it("findAll({ sort: '-id' }) sends sort[Offer.id]=desc and yields 100 then 62 from a page", async () => {
    const offers = await api.offers.findAll({ sort: '-id', limit: 2 });
    expect(queries.at(-1)?.get('sort[Offer.id]')).toBe('desc');
    expect(offers.every((offer) => offer instanceof Offer)).toBe(true);
    expect(offers.map((offer) => offer.id)).toEqual(['100', '62']);
    expect(offers.map(String)).toEqual(['Offer: Hundred', 'Offer: Sixty-two']);
  });

  it("query().sort('-id').all() yields the same order", async () => {
    const offers = await api.offers.query().sort('-id').limit(2).all();
    expect(queries.at(-1)?.get('sort[Offer.id]')).toBe('desc');
    expect(offers.map((offer) => offer.id)).toEqual(['100', '62']);
  });

  it('an unpaginated list keyed by id keeps its order too', async () => {
    const offers = await api.offers.findAll({ filters: { status: 'active' }, sort: '-id' });
    expect(offers.map((offer) => offer.id)).toEqual(['100', '62']);
  });

  it('iterating every page keeps the order within and across pages', async () => {
    const ids: string[] = [];
    for await (const offer of api.offers.query().sort('-id').limit(2)) ids.push(offer.id);
    expect(ids).toEqual(['100', '62', '40', '7']);
    expect(queries.at(-1)?.get('page')).toBe('2');
  });

  it('a contained has-many relation keyed by id keeps its order', async () => {
    const offer = await api.offers.findById(100, { contain: ['Goal'] });
    expect(offer?.goal?.every((goal) => goal instanceof Goal)).toBe(true);
    expect(offer?.goal?.map((goal) => goal.id)).toEqual(['31', '9']);
  });
});
