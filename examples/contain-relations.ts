/**
 * Contained relations: `contain(...)` asks HasOffers to embed related records in the same answer,
 * decoded into typed properties (`offer.country`, `offer.advertiser`, `offer.goal`). Related
 * managers (`offer.conversions`) run a second query filtered on the offer's id.
 *
 *   npx tsx examples/contain-relations.ts
 */
import { runExample, section, show } from './env.js';

await runExample(async (api) => {
  section('offers with their advertiser, target countries and goals (one request)');
  const offers = await api.offers.query().where('status').eq('active').contain('Advertiser', 'Country', 'Goal').sort('id').limit(4).all();
  for (const offer of offers) {
    const countries = offer.country?.map((country) => country.code).join(', ') || '(none)';
    const goals = offer.goal?.map((goal) => goal.name).join(', ') || '(none)';
    show(`#${offer.id} ${offer.name}`);
    show(`    advertiser: ${offer.advertiser?.company ?? '(none)'}   countries: ${countries}   goals: ${goals}`);
  }

  section('findById with contain');
  const first = offers[0];
  if (!first) {
    show('(no active offers)');
    return;
  }
  const one = await api.offers.findById(first.id, { contain: ['Country', 'OfferCategory'] });
  show(`${one}: ${one?.country?.length ?? 0} countries, ${one?.offerCategory?.length ?? 0} categories`);

  section('a related manager: offer.conversions (a query filtered on offer_id)');
  const conversions = await first.conversions.query().sort('-id').limit(3).all();
  show(`latest conversions of offer #${first.id}: ${conversions.length ? '' : '(none)'}`);
  for (const conversion of conversions) show(`    #${conversion.id}  ${conversion.status}  payout ${conversion.payout}  at ${conversion.datetime}`);

  section('affiliates with their users');
  const affiliates = await api.affiliates.query().contain('AffiliateUser').sort('id').limit(3).all();
  for (const affiliate of affiliates) {
    const users = affiliate.affiliateUser;
    const list = Array.isArray(users) ? users : users ? [users] : [];
    show(`${affiliate.company}: ${list.map((user) => user.email).join(', ') || '(no users)'}`);
  }
});
