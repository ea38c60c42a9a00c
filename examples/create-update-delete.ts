/**
 * Create, update and delete: an advertiser, an offer for it, a target country, an affiliate, then
 * clean-up. HasOffers deletes nothing for real: `delete(id)` sets status "deleted" (as pyoffers
 * does), and controllers without a delete method (Offer, Advertiser) take that status by update.
 *
 * This writes. Against a real network it creates an advertiser, an offer and an affiliate named
 * "tsoffers example …" and leaves them with status deleted.
 *
 *   npx tsx examples/create-update-delete.ts
 */
import { HasOffersError } from '../src/index.js';
import { runExample, section, show } from './env.js';

await runExample(async (api) => {
  const stamp = new Date().toISOString().slice(0, 19).replace('T', ' ');

  section('create an advertiser');
  const advertiser = await api.advertisers.create({ company: `tsoffers example ${stamp}`, status: 'active', country: 'CZ', zipcode: '11000', phone: '+420 000 000 000' });
  show(`created ${advertiser} (id ${advertiser.id})`);

  section('create an offer for it');
  const offer = await api.offers.create({
    name: `tsoffers example offer ${stamp}`,
    advertiser_id: advertiser.id,
    offer_url: 'https://www.example.com/?tid={transaction_id}',
    preview_url: 'https://www.example.com',
    expiration_date: '2030-12-31 23:59:59',
    default_payout: '1.50',
    status: 'pending',
  });
  show(`created ${offer} (id ${offer.id}, status ${offer.status}, payout ${offer.default_payout})`);

  section('update it: the manager way and the instance way');
  const renamed = await api.offers.update(offer.id, { status: 'active', default_payout: '2.25' });
  show(`api.offers.update → status ${renamed.status}, payout ${renamed.default_payout}`);
  const noted = await renamed.update({ note: 'updated through the instance' });
  show(`offer.update       → note "${noted.note}"`);

  section('relation calls on the instance');
  show(`addTargetCountry('CZ') → ${await noted.addTargetCountry('CZ')}`);
  const countries = await noted.getTargetCountries();
  show(`getTargetCountries()  → ${countries.map((country) => country.code).join(', ')}`);

  section('what a refused write looks like');
  try {
    await noted.addCategory(-1);
  } catch (error) {
    if (!(error instanceof HasOffersError)) throw error;
    show(`HasOffersError: ${error.message.split('\n').join(' | ')}`);
  }

  section('an affiliate: create, update, delete');
  const affiliate = await api.affiliates.create({ company: `tsoffers example affiliate ${stamp}`, status: 'pending', country: 'CZ', zipcode: '11000', phone: '+420 000 000 001' });
  show(`created ${affiliate} (id ${affiliate.id}, status ${affiliate.status})`);
  const approved = await api.affiliates.update(affiliate.id, { status: 'active' });
  show(`update → status ${approved.status}`);
  const removed = await api.affiliates.delete(affiliate.id);
  show(`delete → status ${removed.status}`);

  section('retire the offer and the advertiser (status → deleted)');
  const retired = await api.offers.update(offer.id, { status: 'deleted' });
  show(`offer ${retired.id} status: ${retired.status}`);
  const gone = await api.advertisers.update(advertiser.id, { status: 'deleted' });
  show(`advertiser ${gone.id} status: ${gone.status}`);
  const active = await api.offers.query().where('id').eq(offer.id).where('status').ne('deleted').first();
  show(`still listed among non-deleted offers? ${active ? 'yes' : 'no'}`);
});
