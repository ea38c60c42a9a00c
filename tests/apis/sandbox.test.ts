/**
 * The sandbox answers the Affiliate and Advertiser APIs for its seeded accounts: an affiliate sees
 * only the offers it may run, gets tracking links for those only, and its own reports; a wrong or
 * missing key gets HasOffers' error envelope; a NetworkToken on an affiliate Target is refused,
 * and so is an api_key on a network Target. Real sandbox, real clients.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdvertiserAPI, AffiliateAPI, HasOffersAPI, HasOffersError } from '../../src/index.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';

describe('the sandbox serves the Affiliate and Advertiser APIs', () => {
  let sandbox: SandboxHandle;
  let network: HasOffersAPI;
  const clients: { close(): Promise<void> }[] = [];
  const affiliate = (apiKey: string) => {
    const client = new AffiliateAPI({ endpoint: sandbox.url, apiKey, rateLimit: false, retries: 0 });
    clients.push(client);
    return client;
  };
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 3 });
    network = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'sandbox-token', networkId: 'sandbox', rateLimit: false, retries: 0 });
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
    await network.close();
    await sandbox.close();
  });

  const key = (kind: 'affiliate' | 'advertiser', index = 0) => sandbox.accounts.filter((account) => account.kind === kind)[index]!;

  it('seeds affiliates and advertisers with their own keys', () => {
    expect(sandbox.accounts.filter((account) => account.kind === 'affiliate').length).toBeGreaterThan(1);
    expect(sandbox.accounts.filter((account) => account.kind === 'advertiser').length).toBeGreaterThan(0);
    expect(new Set(sandbox.accounts.map((account) => account.apiKey)).size).toBe(sandbox.accounts.length);
  });

  it('shows an affiliate only the offers it may run, with the affiliate field set', async () => {
    const account = key('affiliate');
    const aff = affiliate(account.apiKey);
    const mine = await aff.offers.findMyOffers({ limit: 500 });
    const approved = await aff.offers.findMyApprovedOffers({ limit: 500 });
    const everything = await network.offers.findAll({ limit: 500 });
    // What the affiliate may run, from the store: active, and approved for it or open to all (public, no approval).
    const approval = (offerId: string) => sandbox.store.all('AffiliateOffer').find((row) => String(row.offer_id) === offerId && String(row.affiliate_id) === account.id)?.approval_status;
    const runnable = sandbox.store
      .all('Offer')
      .filter((row) => row.status === 'active' && (approval(String(row.id)) === 'approved' || (approval(String(row.id)) !== 'rejected' && row.require_approval !== '1' && row.is_private !== '1')))
      .map((row) => String(row.id));
    expect(mine.map((offer) => String(offer.id)).sort()).toEqual(runnable.sort());
    expect(approved.map((offer) => String(offer.id)).sort()).toEqual(runnable.filter((id) => approval(id) === 'approved').sort());
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(everything.length);
    const byId = new Map(everything.map((offer) => [String(offer.id), offer]));
    for (const offer of mine) {
      const full = byId.get(String(offer.id))!;
      expect(full.status).toBe('active');
      // The network's own fields (advertiser_id…) are not the affiliate's.
      expect((offer as unknown as Record<string, unknown>).advertiser_id).toBeUndefined();
    }
    const approvedIds = new Set(approved.map((offer) => String(offer.id)));
    for (const id of approvedIds) expect(mine.some((offer) => String(offer.id) === id)).toBe(true);
    // Another affiliate's list differs: each sees its own.
    const other = await affiliate(key('affiliate', 1).apiKey).offers.findMyOffers({ limit: 500 });
    expect(other.map((offer) => offer.id)).not.toEqual(mine.map((offer) => offer.id));
  });

  it('gives tracking links for runnable offers only', async () => {
    const account = key('affiliate');
    const aff = affiliate(account.apiKey);
    const [offer] = await aff.offers.findMyOffers({ limit: 1 });
    const link = (await aff.offers.generateTrackingLink({ offer_id: offer!.id })) as { click_url: string };
    expect(link.click_url).toContain(`offer_id=${String(offer!.id)}&aff_id=${account.id}`);
    const mine = new Set((await aff.offers.findMyOffers({ limit: 500 })).map((item) => String(item.id)));
    const closed = (await network.offers.findAll({ limit: 500 })).find((item) => !mine.has(String(item.id)))!;
    await expect(aff.offers.generateTrackingLink({ offer_id: closed.id })).rejects.toThrow(/not available to this affiliate/);
    expect(await aff.offers.findById(closed.id)).toBeNull();
  });

  it("computes an affiliate's and an advertiser's own reports", async () => {
    const aff = affiliate(key('affiliate').apiKey);
    const stats = await aff.reports.getStats().fields('Stat.clicks', 'Stat.offer_id').groupBy('Stat.offer_id').all();
    const networkStats = await network.reports.getStats().fields('Stat.clicks', 'Stat.affiliate_id').where('Stat.affiliate_id').eq(key('affiliate').id).all();
    const total = (rows: readonly { Stat: { clicks?: number } }[]) => rows.reduce((sum, row) => sum + (row.Stat.clicks ?? 0), 0);
    expect(total(stats)).toBe(total(networkStats));
    // The network's report fields are not the affiliate's: refused by the client, and by the sandbox when sent anyway.
    await expect(aff.call('Affiliate_Report', 'getStats', { fields: ['Stat.affiliate_id'] })).rejects.toThrow(/Invalid field: Stat.affiliate_id/);
    const advAccount = key('advertiser');
    const adv = new AdvertiserAPI({ endpoint: sandbox.url, apiKey: advAccount.apiKey, rateLimit: false, retries: 0 });
    clients.push(adv);
    const advStats = await adv.reports.getStats().fields('Stat.clicks').all();
    const advNetwork = await network.reports.getStats().fields('Stat.clicks').where('Stat.advertiser_id').eq(advAccount.id).all();
    expect(total(advStats)).toBe(total(advNetwork));
  });

  it("refuses a wrong or missing key, a NetworkToken on an affiliate Target, an api_key on the network's, and the network's data", async () => {
    await expect(affiliate('not-a-key').offers.findMyOffers()).rejects.toThrow(/api_key is not valid/);
    // An advertiser's key is not an affiliate's.
    await expect(affiliate(key('advertiser').apiKey).offers.findMyOffers()).rejects.toThrow(HasOffersError);
    const raw = async (query: string) => ((await (await fetch(`${sandbox.url}?${query}`)).json()) as { response: { status: number; errors: { publicMessage: string }[] } }).response;
    const missing = await raw('Target=Affiliate_Offer&Method=findMyOffers');
    expect(missing.status).toBe(-1);
    expect(missing.errors[0]!.publicMessage).toMatch(/api_key/);
    const token = await raw('NetworkToken=sandbox-token&NetworkId=sandbox&Target=Affiliate_Offer&Method=findMyOffers');
    expect(token.errors[0]!.publicMessage).toMatch(/NetworkToken .*is not authenticated/);
    const onNetwork = await raw(`api_key=${key('affiliate').apiKey}&Target=Offer&Method=findAll`);
    expect(onNetwork.status).toBe(-1);
    expect(onNetwork.errors[0]!.publicMessage).toMatch(/api_key is not authenticated for the Network API/);
    // An affiliate Target the sandbox does not serve says so; it never answers with the network's data.
    await expect(affiliate(key('affiliate').apiKey).controller('Affiliate').call('findAll' as never, {} as never)).rejects.toThrow(/not implemented in the sandbox|does not exist/);
  });
});
