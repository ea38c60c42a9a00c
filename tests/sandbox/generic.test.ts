/**
 * The sandbox serves every controller with a model from the same table the SDK uses: the standard
 * methods and the find-shaped params-object methods, through the SDK; anything else answers
 * HasOffers' error envelope saying it is not implemented in the sandbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, HasOffersError } from '../../src/index.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { coverage } from '../../src/sandbox/handlers.js';
import { buildSchema } from '../../src/sandbox/schema.js';

let sandbox: SandboxHandle;
let api: HasOffersAPI;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 3 });
  api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'sandbox-token', networkId: 'sandbox', retries: 0, rateLimit: false });
});
afterAll(async () => {
  await api.close();
  await sandbox.close();
});

describe('the sandbox serves controllers pyoffers never had', () => {
  it('creates, finds, lists, updates and finds by ids an offer pixel', async () => {
    const pixel = await api.offerPixels.create({ affiliate_id: 3, offer_id: 1, code: '<img src="https://example.com/p.gif">', type: 'image', status: 'pending' });
    if (typeof pixel === 'boolean') throw new Error('expected the new pixel');
    expect(pixel.modelName).toBe('OfferPixel');
    expect(pixel.code).toBe('<img src="https://example.com/p.gif">');
    const id = String(pixel.get('id'));
    expect((await api.offerPixels.findById(id))?.type).toBe('image');
    const updated = await api.offerPixels.update(id, { status: 'active' });
    expect(typeof updated === 'boolean' ? updated : updated.status).toBe('active');
    expect((await api.offerPixels.findAll({ filters: { status: 'active' } })).map((item) => String(item.get('id')))).toContain(id);
    expect((await api.offerPixels.query().where('affiliate_id').eq(3).all()).map(String)).toEqual([`OfferPixel: ${id}`]);
    expect((await api.offerPixels.findAllByIds({ ids: [id, 99999] })).map((item) => String(item.get('id')))).toEqual([id]);
    expect(await api.offerPixels.findById(99999)).toBeNull();
  });

  it('refuses a write that misses a required field, as HasOffers does', async () => {
    await expect(api.offerPixels.create({ offer_id: 1, type: 'url' })).rejects.toThrow(HasOffersError);
  });

  it('answers what it does not serve with "not implemented in the sandbox"', async () => {
    await expect(api.offers.getPixels({ id: 1 })).rejects.toThrow(/Offer\.getPixels is not implemented in the sandbox/);
    // A find-shaped method scoped by more than its query (advertiser_ids) is not answered as a plain find.
    await expect(api.advertisers.getOverview({ advertiser_ids: [1] })).rejects.toThrow(/Advertiser\.getOverview is not implemented in the sandbox/);
  });

  it('serves the find-shaped and standard methods of every controller with a model', () => {
    const { served, notServed } = coverage({ schema: buildSchema() });
    for (const key of ['OfferPixel.findAll', 'OfferPixel.findById', 'OfferPixel.create', 'OfferPixel.update', 'OfferPixel.findAllByIds', 'Employee.findAll', 'AdManager.findAllCampaigns', 'Advertiser.findAllByIds']) expect(served).toContain(key);
    expect(served.length).toBeGreaterThan(130);
    expect(notServed['Offer.getPixels']).toBe('no handler');
  });
});
