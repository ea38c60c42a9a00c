/**
 * Decoding report answers of the shape HasOffers sends (every value a string, negative
 * adjustments, totals, paging, rows as a list or keyed by index), through the SDK against a
 * 127.0.0.1 server; and what a malformed answer gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, InvalidResponseError } from '../../src/index.js';
import { envelope, startJsonServer } from '../helpers/json-server.js';
import type { TestServer } from '../helpers/json-server.js';

let server: TestServer;
let api: HasOffersAPI;
let answer: unknown;

beforeAll(async () => {
  server = await startJsonServer(() => envelope(answer));
  api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: 'report-token', networkId: 'n', rateLimit: false, retries: 0 });
});
afterAll(async () => {
  await api.close();
  await server.close();
});

const report = () => api.reports.getStats().fields('Stat.clicks', 'Stat.payout', 'Stat.offer_id', 'Offer.name').groupBy('Stat.offer_id').totals();

describe('report answers', () => {
  it('turns numeric strings into numbers, negative adjustments included, and keeps the rest as sent', async () => {
    answer = {
      page: '1', current: '2', count: '3', pageCount: '2',
      data: [
        { Stat: { clicks: '120', payout: '-12.50000', offer_id: '62' }, Offer: { name: 'Kyzoo' } },
        { Stat: { clicks: '0', payout: '0.00000', offer_id: null }, Offer: { name: null } },
      ],
      totals: { Stat: { clicks: '120', payout: '-12.50000' } },
    };
    const page = await report().page(1);
    expect(page.rows).toEqual([
      { Stat: { clicks: 120, payout: -12.5, offer_id: 62 }, Offer: { name: 'Kyzoo' } },
      { Stat: { clicks: 0, payout: 0, offer_id: null }, Offer: { name: null } },
    ]);
    expect(page.totals).toEqual({ Stat: { clicks: 120, payout: -12.5 } });
    expect({ page: page.page, pageCount: page.pageCount, count: page.count }).toEqual({ page: 1, pageCount: 2, count: 3 });
    const sent = server.requests.at(-1)!.params;
    expect(sent.get('Target')).toBe('Report');
    expect(sent.get('Method')).toBe('getStats');
    expect(sent.get('totals')).toBe('1');
    expect(sent.get('page')).toBe('1');
  });

  it('reads rows keyed by index, and an empty report', async () => {
    answer = { page: 1, current: 1, count: 1, pageCount: 1, data: { '0': { Stat: { clicks: '7', payout: '1.5', offer_id: '3' }, Offer: { name: 'X' } } } };
    expect((await report().page(1)).rows).toEqual([{ Stat: { clicks: 7, payout: 1.5, offer_id: 3 }, Offer: { name: 'X' } }]);
    answer = { page: 1, current: 0, count: 0, pageCount: 0, data: [] };
    const empty = await report().page(1);
    expect(empty.rows).toEqual([]);
    expect(await report().all()).toEqual([]);
  });

  it('follows pageCount in all() and for await', async () => {
    let calls = 0;
    const pages = new Map([
      ['1', { page: '1', count: '3', pageCount: '2', data: [{ Stat: { clicks: '1' } }, { Stat: { clicks: '2' } }] }],
      ['2', { page: '2', count: '3', pageCount: '2', data: [{ Stat: { clicks: '3' } }] }],
    ]);
    const paged = await startJsonServer((request) => {
      calls++;
      return envelope(pages.get(request.params.get('page') ?? '1'));
    });
    const client = new HasOffersAPI({ endpoint: paged.endpoint, networkToken: 't', networkId: 'n', rateLimit: false, retries: 0 });
    try {
      const clicks = (await client.reports.getStats().fields('Stat.clicks').limit(2).all()).map((row) => row.Stat.clicks);
      expect(clicks).toEqual([1, 2, 3]);
      expect(calls).toBe(2);
      const streamed: number[] = [];
      for await (const row of client.reports.getStats().fields('Stat.clicks').limit(2)) streamed.push(row.Stat.clicks);
      expect(streamed).toEqual([1, 2, 3]);
    } finally {
      await client.close();
      await paged.close();
    }
  });

  it('reads PHP\u2019s [] for an empty group, and a null measure as 0', async () => {
    answer = { page: 1, count: 1, pageCount: 1, data: [{ Stat: { clicks: null, payout: '2', offer_id: null }, Offer: [] }], totals: { Stat: [] } };
    const page = await report().page(1);
    expect(page.rows).toEqual([{ Stat: { clicks: 0, payout: 2, offer_id: null }, Offer: {} }]);
    expect(page.totals).toEqual({ Stat: {} });
  });

  it('stops when the server ignores page (answers page 1 again) instead of fetching pageCount copies', async () => {
    answer = { page: '1', count: '50', pageCount: '50', data: [{ Stat: { clicks: '1', payout: '1', offer_id: '1' }, Offer: { name: 'X' } }] };
    const before = server.requests.length;
    expect(await report().all()).toHaveLength(1);
    expect(server.requests.length - before).toBe(2);
  });

  it('refuses a numeric field that is not a number, instead of NaN', async () => {
    answer = { page: 1, count: 1, pageCount: 1, data: [{ Stat: { clicks: 'lots', payout: '1', offer_id: '1' }, Offer: { name: 'X' } }] };
    await expect(report().page(1)).rejects.toThrow(InvalidResponseError);
    await expect(report().page(1)).rejects.toThrow(/Stat.clicks should be a number, got "lots"/);
    answer = { page: 1, count: 1, pageCount: 1, data: [{ Stat: { clicks: '1e400', payout: '1', offer_id: '1' } }] };
    await expect(report().page(1)).rejects.toThrow(/Stat.clicks should be a number, got "1e400"/);
    answer = 'not a report';
    await expect(report().page(1)).rejects.toThrow(/not an object with data and paging/);
  });

  it('asks DownloadReport for the export with the same parameters under arguments', async () => {
    answer = 'https://exports.example.com/report.csv?signature=secret';
    const link = await api.reports.getStats().fields('Stat.clicks').where('Stat.date').between('2026-11-01', '2026-11-28').where('Stat.offer_id').eq(5).exportLink();
    expect(link).toBe('https://exports.example.com/report.csv?signature=secret');
    const sent = server.requests.at(-1)!.params;
    expect([sent.get('Target'), sent.get('Method'), sent.get('method'), sent.get('start_date'), sent.get('end_date')]).toEqual(['DownloadReport', 'getDownloadReportLink', 'getStats', '2026-11-01', '2026-11-28']);
    expect(sent.getAll('arguments[fields][]')).toEqual(['Stat.clicks']);
    expect(sent.get('arguments[filters][Stat.offer_id][conditional]')).toBe('EQUAL_TO');
    expect(sent.get('arguments[filters][Stat.offer_id][values]')).toBe('5');
    expect(sent.get('arguments[data_start]')).toBe('2026-11-01');
  });
});
