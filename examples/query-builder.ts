/**
 * The query builder with every operator. Each query prints what it sends (`toParams()`, the wire
 * parameters without credentials) and what came back.
 *
 *   npx tsx examples/query-builder.ts
 */
import type { HasOffersAPI, Offer, WirePair } from '../src/index.js';
import { runExample, section, show } from './env.js';

type OfferQuery = ReturnType<HasOffersAPI['offers']['query']>;

function wire(query: { toParams(): WirePair[] }): string {
  return query
    .toParams()
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

function line(offer: Offer): string {
  return `#${offer.id.padEnd(4)} ${String(offer.status).padEnd(8)} ${offer.name}`;
}

async function demo(title: string, query: OfferQuery): Promise<void> {
  section(title);
  show('sends:', wire(query));
  const offers = await query.limit(3).all();
  if (offers.length === 0) show('(no offers match)');
  for (const offer of offers) show(line(offer));
}

await runExample(async (api) => {
  const offers = () => api.offers.query().fields('id', 'name', 'status').sort('id');

  await demo("where('id').eq(2)", offers().where('id').eq(2));
  await demo("where('status').ne('deleted')", offers().where('status').ne('deleted'));
  await demo("where('id').gt(10).where('id').lte(12)", offers().where('id').gt(10).where('id').lte(12));
  await demo("where('id').gte(5).where('id').lt(7)", offers().where('id').gte(5).where('id').lt(7));
  await demo("where('name').like('%Pro%')", offers().where('name').like('%Pro%'));
  await demo("where('name').notLike('%Casino%')", offers().where('name').notLike('%Casino%'));
  await demo("where('status').in(['paused', 'expired'])", offers().where('status').in(['paused', 'expired']));
  await demo("where('featured').isNull()", offers().where('featured').isNull());
  await demo("where('offer_url').notNull()", offers().where('offer_url').notNull());
  await demo("where('require_approval').isTrue()", offers().where('require_approval').isTrue());
  await demo("where('is_private').isFalse()", offers().where('is_private').isFalse());
  // One connector for the whole group: OR here. (Alternatives of one field are in([...]).)
  await demo("where('status').eq('paused').or().where('require_approval').isTrue()", offers().where('status').eq('paused').or().where('require_approval').isTrue());

  section('sort on two fields, newest first within each status');
  const sorted = await api.offers.query().fields('id', 'name', 'status').sort('status', '-id').limit(4).all();
  for (const offer of sorted) show(line(offer));

  section('first() and ids()');
  const first = await api.offers.query().where('status').eq('active').sort('-id').first();
  show('newest active offer:', first ? line(first) : '(none)');
  const ids = await api.offers.query().where('status').eq('paused').ids();
  show(`paused offer ids (${ids.length}):`, ids.slice(0, 10).join(', '));

  section('the same filters in pyoffers style: findAll({ filters, sort, limit })');
  const classic = await api.offers.findAll({ filters: { status: 'active', id__gt: 5 }, sort: '-id', limit: 3, fields: ['id', 'name', 'status'] });
  for (const offer of classic) show(line(offer));
});
