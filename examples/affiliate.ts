/**
 * The Affiliate API, as an affiliate (publisher) uses it: the offers it may run, the ones it is
 * approved for, a tracking link, and its own stats per offer. Managers leave out the prefix
 * (`aff.offers` sends Target=Affiliate_Offer), and the client applies HasOffers' affiliate rules.
 *
 * Only reads. Needs an affiliate's API key (HASOFFERS_AFFILIATE_API_KEY or HASOFFERS_API_KEY);
 * `npm run examples` sets it from the sandbox's seeded affiliates.
 *
 *   npx tsx examples/affiliate.ts
 */
import { AffiliateAPI, InvalidArgumentError } from '../src/index.js';
import { isLocal, runApiKeyExample, section, show } from './env.js';

await runApiKeyExample('affiliate', (options) => new AffiliateAPI(options), async (aff) => {
  section('offers I may run');
  // `fields` without the primary key: the client adds `id`, as the Affiliate API requires.
  const mine = aff.offers.query('findMyOffers').fields('name', 'payout_type').limit(5);
  const offers = await mine.all();
  for (const offer of offers) show(`#${String(offer.id).padEnd(4)} ${offer.payout_type ?? ''}  ${offer.name ?? ''}`);
  show(`sent: ${mine.toParams().map(([key, value]) => `${key}=${value}`).join('&')} (and fields[]=id, added)`);

  section('offers I am approved for');
  const approved = await aff.offers.findMyApprovedOffers({ fields: ['id', 'name'], limit: 100 });
  show(`${approved.length} approved${approved[0] ? `, first #${String(approved[0].id)} ${approved[0].name ?? ''}` : ''}`);

  section('a tracking link');
  const first = offers[0];
  if (!first) show('(no offer to link to)');
  else {
    const link = (await aff.offers.generateTrackingLink({ offer_id: first.id })) as { click_url?: string };
    show(`#${String(first.id)}: ${link.click_url ?? '(no link)'}`);
  }

  section('my clicks per offer');
  const sandbox = isLocal(aff.endpoint);
  const to = sandbox ? '2024-05-05' : new Date().toISOString().slice(0, 10);
  const from = sandbox ? '2024-05-01' : new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
  const stats = await aff.reports.getStats().fields('Stat.offer_id', 'Stat.clicks').groupBy('Stat.offer_id').where('Stat.date').between(from, to).sort('-Stat.clicks').limit(3).page(1);
  for (const row of stats.rows) show(`#${String(row.Stat.offer_id)}  ${String(row.Stat.clicks).padStart(5)} clicks`);
  show(`(${stats.count} offers with traffic, ${from} to ${to})`);

  section('the rules of the Affiliate API');
  try {
    await aff.offers.findMyOffers({ filters: { id__gt: 10 } });
    show('id > 10 was sent (unexpected)');
  } catch (error) {
    show(error instanceof InvalidArgumentError ? `refused before sending: ${error.message}` : `failed: ${String(error)}`);
  }
});
