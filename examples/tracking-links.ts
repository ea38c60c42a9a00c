/**
 * Tracking links: approve an affiliate for an offer, then generate its tracking link (with sub
 * ids), the way an affiliate manager would hand one out.
 *
 * This writes an approval. Against a real network it approves the first active affiliate for the
 * first active offer that requires approval.
 *
 *   npx tsx examples/tracking-links.ts
 */
import { runExample, section, show, SkipExample } from './env.js';

await runExample(async (api) => {
  const offer = await api.offers.query().where('status').eq('active').sort('id').first();
  const affiliate = await api.affiliates.query().where('status').eq('active').sort('id').first();
  if (!offer || !affiliate) throw new SkipExample('needs an active offer and an active affiliate');

  section(`offer ${offer} and affiliate ${affiliate.company} (#${affiliate.id})`);
  show(`approval status before: ${(await offer.getAffiliateApprovalStatus(affiliate.id)) || '(none)'}`);
  const approval = await offer.setAffiliateApprovalStatus(affiliate.id, 'approved');
  show(`setAffiliateApprovalStatus → ${typeof approval === 'boolean' ? String(approval) : approval.approval_status}`);
  const approved = await offer.getApprovedAffiliateIds();
  show(`approved affiliates now include #${affiliate.id}: ${approved.includes(affiliate.id) ? 'yes' : 'no'}`);

  section('generateTrackingLink');
  const link = (await api.offers.generateTrackingLink(offer.id, affiliate.id)) as { click_url?: string; impression_pixel?: string };
  show(`click url:        ${link.click_url}`);
  show(`impression pixel: ${link.impression_pixel}`);

  section('with sub ids (passed through as HasOffers names them: params[aff_sub]…)');
  const tagged = (await api.offers.generateTrackingLink(offer.id, affiliate.id, { aff_sub: 'newsletter', aff_sub2: 'spring' })) as { click_url?: string };
  show(`click url: ${tagged.click_url}`);

  section('a short link (options[tiny_url]=1)');
  const tiny = (await offer.generateTrackingLink(affiliate.id, { tinyUrl: true })) as { click_url?: string };
  show(`click url: ${tiny.click_url}`);
});
