/**
 * Tags: create one, attach it to offers and an affiliate, list the relations, replace an offer's
 * tags, detach, delete.
 *
 * This writes. Against a real network it creates a tag named "tsoffers-example-…" and removes it.
 *
 *   npx tsx examples/tags.ts
 */
import { runExample, section, show, SkipExample } from './env.js';

await runExample(async (api) => {
  const offers = await api.offers.query().where('status').eq('active').sort('id').limit(2).all();
  const affiliate = await api.affiliates.query().where('status').eq('active').sort('id').first();
  const [first, second] = offers;
  if (!first || !second || !affiliate) throw new SkipExample('needs two active offers and an active affiliate');

  section('existing tags');
  const existing = await api.tags.query().sort('id').limit(5).all();
  show(existing.map((tag) => tag.name).join(', ') || '(none)');

  section('create a tag');
  const tag = await api.tags.create({ name: `tsoffers-example-${Date.now().toString(36)}` });
  show(`created ${tag} (id ${tag.id})`);

  section('attach it');
  const relation = await api.tags.addToOffer(tag.id, first.id);
  show(`addToOffer(#${first.id})      → relation #${relation.id}`);
  await api.tags.addToOffer(tag.id, second.id);
  show(`addToOffer(#${second.id})      → done`);
  await api.tags.addToAffiliate(tag.id, affiliate.id);
  show(`addToAffiliate(#${affiliate.id}) → done`);

  section('which offers carry it');
  const relations = await api.tags.findAllOfferTagRelations({ filters: { tag_id: tag.id } });
  show(`offers: ${relations.map((item) => `#${item.offer_id}`).join(', ')}`);

  section(`replace offer #${first.id}'s tags with this one and the first existing tag`);
  const keep = existing[0] ? [tag.id, existing[0].id] : [tag.id];
  const set = await api.tags.setForOffer(keep, first.id);
  show(`setForOffer → ${set.length} relation(s)`);

  section('detach and delete');
  show(`removeFromOffer(#${second.id}) → ${await api.tags.removeFromOffer(tag.id, second.id)}`);
  show(`removeFromAffiliate(#${affiliate.id}) → ${await api.tags.removeFromAffiliate(tag.id, affiliate.id)}`);
  const after = await api.tags.findAllOfferTagRelations({ filters: { tag_id: tag.id } });
  show(`offers still tagged: ${after.map((item) => `#${item.offer_id}`).join(', ') || '(none)'}`);
  const deleted = await api.tags.delete(tag.id);
  show(`delete → ${deleted}`);
});
