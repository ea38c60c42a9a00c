/**
 * Reports: clicks, conversions and payout per day and per offer, with totals; a filtered,
 * sorted page; every row of a report; and its CSV export through DownloadReport.
 *
 * Only reads. Against a real network it reports on the last 7 days.
 *
 *   npx tsx examples/reports.ts
 */
import { credentials, isLocal, runExample, section, show } from './env.js';

await runExample(async (api) => {
  // The sandbox's logs cover 2024-05-01..05; a real network, the last week.
  const sandbox = isLocal(credentials().endpoint);
  const to = sandbox ? '2024-05-05' : new Date().toISOString().slice(0, 10);
  const from = sandbox ? '2024-05-01' : new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);

  section(`per day, ${from} to ${to}`);
  const daily = await api.reports
    .getStats()
    .fields('Stat.date', 'Stat.clicks', 'Stat.conversions', 'Stat.payout')
    .groupBy('Stat.date')
    .where('Stat.date').between(from, to)
    .sort('Stat.date')
    .totals()
    .page(1);
  for (const row of daily.rows) show(`${row.Stat.date}  ${String(row.Stat.clicks).padStart(5)} clicks  ${String(row.Stat.conversions).padStart(4)} conversions  ${row.Stat.payout.toFixed(2)} payout`);
  show(`total       ${String(daily.totals?.Stat?.clicks ?? 0).padStart(5)} clicks  ${String(daily.totals?.Stat?.conversions ?? 0).padStart(4)} conversions  ${(daily.totals?.Stat?.payout ?? 0).toFixed(2)} payout`);

  section('top 3 offers by clicks');
  const byOffer = api.reports
    .getStats()
    .fields('Stat.offer_id', 'Offer.name', 'Stat.clicks', 'Stat.conversions')
    .groupBy('Stat.offer_id')
    .where('Stat.date').between(from, to)
    .where('Stat.clicks').gt(0)
    .sort('-Stat.clicks')
    .limit(3);
  const top = await byOffer.page(1);
  for (const row of top.rows) show(`#${String(row.Stat.offer_id)}  ${String(row.Stat.clicks).padStart(5)} clicks  ${row.Offer.name ?? ''}`);
  show(`(${top.count} offers with clicks, ${top.pageCount} pages of 3)`);
  show(`sent: ${byOffer.toParams().map(([key, value]) => `${key}=${value}`).join('&')}`);

  section('conversions by status');
  const statuses = new Map<string, number>();
  for await (const row of api.reports.getConversions().fields('Stat.id', 'Stat.status').where('Stat.date').between(from, to)) {
    const status = String(row.Stat.status);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  show([...statuses].sort().map(([status, count]) => `${status}: ${count}`).join(', ') || '(none)');

  section('CSV export');
  let rows = 0;
  let first = '';
  for await (const row of api.reports.getStats().fields('Stat.date', 'Stat.clicks').groupBy('Stat.date').where('Stat.date').between(from, to).exportRows()) {
    if (!rows) first = `${row['Stat.date']}: ${row['Stat.clicks']} clicks`;
    rows++;
  }
  show(`${rows} rows exported; first ${first}`);
});
