/**
 * The whole Network API: a controller pyoffers never had (OfferPixel), reached as a manager and
 * by its Target; a params-object method named by the documented parameters; a find-shaped method
 * through the builder; an unknown parameter refused before anything is sent.
 *
 * This writes. Against a real network it creates a pending offer pixel and deletes it.
 *
 *   npx tsx examples/network-api.ts
 */
import { InvalidArgumentError } from '../src/index.js';
import { runExample, section, show, SkipExample } from './env.js';

await runExample(async (api) => {
  const offer = await api.offers.query().where('status').eq('active').sort('id').first();
  const affiliate = await api.affiliates.query().where('status').eq('active').sort('id').first();
  if (!offer || !affiliate) throw new SkipExample('needs an active offer and an active affiliate');

  section('a manager for every controller, also by its Target');
  show(`api.controller('OfferPixel') === api.offerPixels: ${String(api.controller('OfferPixel') === api.offerPixels)}`);

  section('create, find and update an offer pixel (the standard methods keep pyoffers\u2019 shape)');
  const created = await api.offerPixels.create({ offer_id: offer.id, affiliate_id: affiliate.id, type: 'url', code: 'https://example.com/postback?tx={transaction_id}', status: 'pending' });
  if (typeof created === 'boolean') throw new Error('HasOffers answered true instead of the new pixel');
  const id = String(created.get('id'));
  show(`created ${created} for offer #${offer.id} and affiliate #${affiliate.id}`);
  show(`findById(${id}) → ${String(await api.offerPixels.findById(id, { fields: ['id', 'type', 'status'] }))}`);
  const updated = await api.offerPixels.update(id, { status: 'active' });
  show(`update(${id}, { status: 'active' }) → status ${typeof updated === 'boolean' ? String(updated) : String(updated.status)}`);

  section('a params-object method, named by the documented parameters');
  const byIds = await api.offerPixels.findAllByIds({ ids: [id], fields: ['id', 'offer_id', 'status'] });
  show(`findAllByIds({ ids: [${id}] }) → ${byIds.map(String).join(', ')}`);

  section('a find-shaped method through the builder');
  const active = await api.offerPixels.query().where('affiliate_id').eq(affiliate.id).where('status').eq('active').all();
  show(`pixels of affiliate #${affiliate.id} that are active: ${active.length}`);

  section('an unknown parameter is refused before sending');
  try {
    await api.offerPixels.findAllByIds({ ids: [id], feilds: ['id'] } as never);
  } catch (error) {
    if (!(error instanceof InvalidArgumentError)) throw error;
    show(error.message);
  }

  section('clean up');
  await api.offerPixels.update(id, { status: 'deleted' });
  show(`pixel ${id} status: deleted`);
});
