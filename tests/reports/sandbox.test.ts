/**
 * The report builder against the sandbox, which computes reports from its own raw logs: totals are
 * the sum of the rows, a day's clicks are that day's click records, filters, sort and pages hold,
 * and the export is the same report as CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';

let sandbox: SandboxHandle;
let api: HasOffersAPI;
const FROM = '2024-05-01';
const TO = '2024-05-05';

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 11 });
  api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'sandbox-token', networkId: 'sandbox', rateLimit: false, retries: 0 });
});
afterAll(async () => {
  await api.close();
  await sandbox.close();
});

const daily = () => api.reports.getStats().fields('Stat.date', 'Stat.clicks', 'Stat.conversions', 'Stat.payout', 'Stat.revenue').groupBy('Stat.date').where('Stat.date').between(FROM, TO);

describe('reports computed by the sandbox', () => {
  it('a day’s Stat.clicks is that day’s click records, and the totals are the sum of the rows', async () => {
    const page = await daily().totals().sort('Stat.date').page(1);
    expect(page.rows.map((row) => row.Stat.date)).toEqual(['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05']);
    for (const row of page.rows) {
      const records = await api.rawLogs.clicks.findAll(row.Stat.date!.replace(/-/g, ''));
      expect(row.Stat.clicks, row.Stat.date!).toBe(records.length);
      expect(typeof row.Stat.payout).toBe('number');
    }
    const sum = (pick: (row: (typeof page.rows)[number]) => number) => page.rows.reduce((n, row) => n + pick(row), 0);
    expect(page.totals?.Stat?.clicks).toBe(sum((row) => row.Stat.clicks));
    expect(page.totals?.Stat?.conversions).toBe(sum((row) => row.Stat.conversions));
    expect(page.totals?.Stat?.payout).toBeCloseTo(sum((row) => row.Stat.payout), 2);
    expect(page.totals?.Stat?.clicks).toBeGreaterThan(100);
  });

  it('filters, sorts and pages', async () => {
    const byOffer = api.reports.getStats().fields('Stat.offer_id', 'Offer.name', 'Stat.clicks').groupBy('Stat.offer_id').where('Stat.date').between(FROM, TO);
    const everyOffer = await byOffer.sort('-Stat.clicks').all();
    expect(everyOffer.length).toBeGreaterThan(3);
    const clicks = everyOffer.map((row) => row.Stat.clicks);
    expect(clicks).toEqual([...clicks].sort((a, b) => b - a));
    const two = everyOffer.slice(0, 2).map((row) => row.Stat.offer_id!);
    const filtered = await byOffer.where('Stat.offer_id').in(two).all();
    expect(filtered.map((row) => row.Stat.offer_id).sort()).toEqual([...two].sort());
    expect(filtered.every((row) => typeof row.Offer.name === 'string')).toBe(true);
    const paged = byOffer.sort('-Stat.clicks').limit(2);
    const first = await paged.page(1);
    expect(first.rows).toHaveLength(2);
    expect(first.pageCount).toBe(Math.ceil(everyOffer.length / 2));
    expect(first.count).toBe(everyOffer.length);
    const streamed: number[] = [];
    for await (const row of paged) streamed.push(row.Stat.offer_id!);
    expect(streamed).toEqual(everyOffer.map((row) => row.Stat.offer_id));
    // A measure filter applies to the aggregated rows.
    const busy = await byOffer.where('Stat.clicks').gte(clicks[1]!).all();
    expect(busy.every((row) => row.Stat.clicks >= clicks[1]!)).toBe(true);
  });

  it('a filter on a measure tests the aggregate, also when the measure is not among the fields', async () => {
    const base = api.reports.getStats().groupBy('Stat.offer_id').where('Stat.date').between(FROM, TO).where('Stat.clicks').gt(125);
    const withClicks = await base.fields('Stat.offer_id', 'Stat.clicks').all();
    const without = await base.fields('Stat.offer_id').all();
    expect(without.map((row) => row.Stat.offer_id).sort()).toEqual(withClicks.map((row) => row.Stat.offer_id).sort());
    expect(withClicks.every((row) => row.Stat.clicks > 125)).toBe(true);
  });

  it('getConversions shows each record\u2019s own payout, pending ones included', async () => {
    const records = await api.rawLogs.conversions.findAll('20240501');
    const pending = records.find((record) => record.status === 'pending')!;
    const rows = await api.reports.getConversions().fields('Stat.id', 'Stat.status', 'Stat.payout').where('Stat.date').between('2024-05-01', '2024-05-01').where('Stat.id').eq(String(pending.id)).all();
    expect(rows).toEqual([{ Stat: { id: Number(pending.id), status: 'pending', payout: Number(pending.payout_cents) / 100 } }]);
  });

  it('getConversions lists the conversion records of the window', async () => {
    let expected = 0;
    for (const day of ['20240501', '20240502', '20240503', '20240504', '20240505']) expected += (await api.rawLogs.conversions.findAll(day)).length;
    const rows = await api.reports.getConversions().fields('Stat.id', 'Stat.datetime', 'Stat.status', 'Stat.payout', 'Stat.offer_id').where('Stat.date').between(FROM, TO).all();
    expect(rows).toHaveLength(expected);
    expect(rows.every((row) => ['approved', 'pending', 'rejected'].includes(String(row.Stat.status)))).toBe(true);
  });

  it('exports the same report as CSV through DownloadReport', async () => {
    const report = daily().sort('Stat.date');
    const link = await report.exportLink();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/exports\/[0-9a-f]{24}\.csv$/);
    const progress: number[] = [];
    const exported: Record<string, string>[] = [];
    for await (const row of report.exportRows({ onProgress: ({ rows }) => progress.push(rows) })) exported.push({ ...row });
    const rows = await report.all();
    expect(exported.map((row) => [row['Stat.date'], Number(row['Stat.clicks'])])).toEqual(rows.map((row) => [row.Stat.date, row.Stat.clicks]));
    expect(progress.at(-1)).toBe(rows.length);
  });

  it('getReferrals counts clicks by where they came from', async () => {
    const referrals = await api.reports.getReferrals().fields('Stat.url', 'Stat.clicks').groupBy('Stat.url').where('Stat.date').between(FROM, TO).totals().all();
    expect(referrals.length).toBeGreaterThan(1);
    // Conversion records carry no referring URL: they are the one row without one.
    expect(referrals.filter((row) => row.Stat.url !== null && !String(row.Stat.url).startsWith('http://example.com/aff_c?offer_id=')).map((row) => row.Stat.url)).toEqual([]);
    const stats = await api.reports.getStats().fields('Stat.clicks').where('Stat.date').between(FROM, TO).page(1);
    expect(referrals.reduce((n, row) => n + row.Stat.clicks, 0)).toBe(stats.rows[0]!.Stat.clicks);
  });

  it('answers a report it has no data for with an empty page, and refuses an unknown field', async () => {
    const commissions = await api.reports.getManagerCommissions().fields('Stat.affiliate_manager_id', 'Stat.commission_amount').where('Stat.date').between(FROM, TO).page(1);
    expect(commissions.rows).toEqual([]);
    await expect(api.call('Report', 'getStats', { fields: ['Stat.bogus'] })).rejects.toThrow(/Invalid field: Stat.bogus/);
  });
});
