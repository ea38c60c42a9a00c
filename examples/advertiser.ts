/**
 * The Advertiser API, as an advertiser uses it: its stats per day and its conversions, through
 * the same typed report builder as the network's (`adv.reports` sends Target=Advertiser_Report).
 *
 * Only reads. Needs an advertiser's API key (HASOFFERS_ADVERTISER_API_KEY or HASOFFERS_API_KEY);
 * `npm run examples` sets it from the sandbox's seeded advertisers.
 *
 *   npx tsx examples/advertiser.ts
 */
import { AdvertiserAPI } from '../src/index.js';
import { isLocal, runApiKeyExample, section, show } from './env.js';

await runApiKeyExample('advertiser', (options) => new AdvertiserAPI(options), async (adv) => {
  const sandbox = isLocal(adv.endpoint);
  const to = sandbox ? '2024-05-05' : new Date().toISOString().slice(0, 10);
  const from = sandbox ? '2024-05-01' : new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);

  section(`my offers per day, ${from} to ${to}`);
  const daily = await adv.reports.getStats().fields('Stat.date', 'Stat.clicks', 'Stat.conversions').groupBy('Stat.date').where('Stat.date').between(from, to).sort('Stat.date').totals().page(1);
  for (const row of daily.rows) show(`${row.Stat.date}  ${String(row.Stat.clicks).padStart(5)} clicks  ${String(row.Stat.conversions).padStart(4)} conversions`);
  show(`total       ${String(daily.totals?.Stat?.clicks ?? 0).padStart(5)} clicks  ${String(daily.totals?.Stat?.conversions ?? 0).padStart(4)} conversions`);

  section('my conversions by status');
  const statuses = new Map<string, number>();
  for await (const row of adv.reports.getConversions().fields('Stat.id', 'Stat.status').where('Stat.date').between(from, to)) {
    const status = String(row.Stat.status);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  show([...statuses].sort().map(([status, count]) => `${status}: ${count}`).join(', ') || '(none)');
});
