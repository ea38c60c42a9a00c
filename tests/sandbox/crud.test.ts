import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { get, getText, keyOrder, post } from './helpers.js';

let sandbox: SandboxHandle;
let api: HasOffersAPI;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 7 });
  api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'sandbox-token', networkId: 'sandbox', retries: 0 });
});
afterAll(async () => {
  await sandbox.close();
});

describe('sandbox CRUD through the SDK', () => {
  it('creates, reads, updates and deletes an offer', async () => {
    const created = await api.offers.create({ name: 'Sandbox test', offer_url: 'http://www.example.com', preview_url: 'http://www.example.com', status: 'pending', expiration_date: '2030-12-12 23:59:59' });
    expect(created.name).toBe('Sandbox test');
    expect(created.protocol).toBe('http');
    const found = await api.offers.findById(created.id);
    expect(found?.name).toBe('Sandbox test');
    const updated = await api.offers.update(created.id, { name: 'Renamed' });
    expect(updated.name).toBe('Renamed');
    expect((await api.offers.findById(created.id))?.name).toBe('Renamed');
    expect(sandbox.store.get('Offer', created.id)?.name).toBe('Renamed');
  });

  it('answers data: null for an unknown id and lists ids as strings', async () => {
    expect(await api.offers.findById(99999)).toBeNull();
    const ids = await api.offers.findAllIds();
    expect(ids).toEqual(sandbox.store.all('Offer').map((row) => String(row.id)));
  });

  it('deletes by setting status deleted, as HasOffers does', async () => {
    const tag = await api.tags.create({ name: 'doomed' });
    expect(sandbox.store.get('Tag', tag.id)).toBeDefined();
    await api.tags.delete(tag.id);
    // Tag has no status field, so the sandbox removes the row.
    expect(sandbox.store.get('Tag', tag.id)).toBeUndefined();
    expect(await api.tags.findById(tag.id)).toBeNull();
    const user = sandbox.store.all('AffiliateUser')[0]!;
    const deleted = await api.affiliateUsers.delete(String(user.id));
    expect(deleted.status).toBe('deleted');
  });

  it('answers creates with every field of the model, HasOffers defaults filled in', async () => {
    const answer = await get(sandbox, 'Target=Advertiser&Method=create&data[company]=Test&data[country]=CZ&data[zipcode]=123456&data[status]=pending');
    const advertiser = (answer.response.data as { Advertiser: Record<string, unknown> }).Advertiser;
    expect(advertiser).toMatchObject({ company: 'Test', country: 'CZ', status: 'pending', wants_alerts: '1', expose_subs: '0', address1: null });
    expect(typeof advertiser.modified).toBe('number');
  });

  it('echoes the request the way HasOffers does, Target first', async () => {
    const answer = await get(sandbox, 'Method=findById&id=1&contain[]=Country');
    expect(answer.response.errorMessage).toBe('Missing required argument: Target');
    const ok = await get(sandbox, 'Target=Offer&Method=findById&id=1&contain[]=Country');
    expect(Object.keys(ok.request!)).toEqual(['Target', 'Format', 'Service', 'Version', 'NetworkToken', 'NetworkId', 'Method', 'id', 'contain']);
    expect(ok.request!.contain).toEqual(['Country']);
  });
});

describe('sandbox errors', () => {
  it('refuses a wrong NetworkId or NetworkToken with HasOffers\' answer', async () => {
    const badId = await (await fetch(`${sandbox.url}?NetworkToken=sandbox-token&NetworkId=nope&Target=Offer&Method=findAll`)).json();
    expect(badId).toEqual({ response: { errors: { publicMessage: 'Network id is not valid' }, link: 'http://developers.hasoffers.com/' } });
    const badToken = await (await fetch(`${sandbox.url}?NetworkToken=nope&NetworkId=sandbox&Target=Offer&Method=findAll`)).json();
    expect(JSON.stringify(badToken)).toContain('NetworkToken is not valid');
    const client = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'wrong-secret', networkId: 'sandbox', retries: 0 });
    const error = await client.offers.findById(1).catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toContain('NetworkToken is not valid');
    expect(String(error)).not.toContain('wrong-secret');
  });

  it('answers blank required fields with err_code 1, as the SDK formats it', async () => {
    const error = await api.tags.create({ name: '' }).catch((caught: unknown) => caught as Error);
    expect(String((error as Error).message)).toContain('Error code: 1. Could not create tag. Name cannot be blank.');
    const raw = await get(sandbox, 'Target=Conversion&Method=create&data[offer_id]=1');
    expect(raw.response.status).toBe(-1);
    expect(raw.response.errors).toEqual([
      { err_code: 1, err_msg: 'Affiliate_id cannot be blank.', attribute_name: 'affiliate_id', publicMessage: 'Could not create conversion.' },
      { err_code: 1, err_msg: 'Payout cannot be blank.', attribute_name: 'payout', publicMessage: 'Could not create conversion.' },
      { err_code: 1, err_msg: 'Revenue cannot be blank.', attribute_name: 'revenue', publicMessage: 'Could not create conversion.' },
    ]);
    expect(raw.response.errorMessage).toBe('Could not create conversion.');
  });

  it('checks enums and integers like the recorded answers', async () => {
    const status = await get(sandbox, 'Target=Affiliate&Method=update&id=1&data[status]=null');
    expect(status.response.errors).toEqual([{ err_code: 3, err_msg: 'Status must be one of: pending, active, blocked, deleted, rejected', attribute_name: 'status', publicMessage: 'Could not update affiliate.' }]);
    const type = await get(sandbox, 'Target=OfferFile&Method=update&id=1&data[type]=whatever');
    expect((type.response.errors as { err_msg: string }[])[0]!.err_msg).toBe('Type must be one of: file, image banner, flash banner, email creative, offer thumbnail, text ad, html ad, hidden, xml feed');
    const integer = await get(sandbox, 'Target=Advertiser&Method=update&id=1&data[account_manager_id]=string');
    expect(integer.response.errors).toEqual([{ err_code: 3, err_msg: 'Account_manager_id is not valid.', attribute_name: 'account_manager_id', publicMessage: 'Could not update advertiser.' }]);
    expect(sandbox.store.get('Advertiser', 1)?.account_manager_id).not.toBe('string');
  });

  it('says "Row id is negative" and "Failed to hydrate rows" where HasOffers does', async () => {
    expect((await get(sandbox, 'Target=Offer&Method=addCategory&id=1&category_id=-1')).response.errorMessage).toBe('Row id is negative');
    expect((await get(sandbox, 'Target=Offer&Method=blockAffiliate&id=1&affiliate_id=9999')).response.errorMessage).toBe('Failed to hydrate rows: 9999');
  });

  it('answers unknown calls with "not implemented in the sandbox"', async () => {
    const answer = await get(sandbox, 'Target=Offer&Method=getPixels&id=1');
    expect(answer.response.status).toBe(-1);
    expect(answer.response.errorMessage).toBe('Offer.getPixels is not implemented in the sandbox.');
    await expect(api.call('Employee', 'getHOMessage', {})).rejects.toThrow(/not implemented in the sandbox/);
  });

  it('rejects unknown filter fields and operators by name', async () => {
    expect((await get(sandbox, 'Target=Offer&Method=findAll&filters[nope]=1')).response.errorMessage).toMatch(/Field "nope" does not exist on Offer/);
    expect((await get(sandbox, 'Target=Offer&Method=findAll&filters[id][BETWEEN]=1')).response.errorMessage).toMatch(/Unknown filter operator "BETWEEN"/);
  });
});

describe('GET and POST carry the same parameters', () => {
  it('answers a POST form like the GET query', async () => {
    const query = 'Target=Offer&Method=findAll&filters[status]=active&sort[Offer.id]=desc&limit=3&fields[]=id&fields[]=status';
    const [viaGet, viaPost] = await Promise.all([get(sandbox, query), post(sandbox, query)]);
    expect(viaPost.response).toEqual(viaGet.response);
    expect(viaGet.response.status).toBe(1);
  });

  it('writes through POST too', async () => {
    const answer = await post(sandbox, 'Target=Tag&Method=create&data%5Bname%5D=from+a+form');
    expect((answer.response.data as { Tag: { name: string } }).Tag.name).toBe('from a form');
  });

  it('keeps the server order of id keys (sorted answers)', async () => {
    const text = await getText(sandbox, 'Target=Offer&Method=findAll&sort[Offer.id]=desc&fields[]=id');
    const ids = keyOrder(text, 'data');
    expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => b - a));
    expect(ids.length).toBe(sandbox.store.all('Offer').length);
  });
});
