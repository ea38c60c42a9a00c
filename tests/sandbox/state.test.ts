import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { buildSchema } from '../../src/sandbox/schema.js';
import { seedStore } from '../../src/sandbox/seed.js';
import { saveState } from '../../src/sandbox/state-file.js';
import { get } from './helpers.js';

const dirs: string[] = [];
const open: SandboxHandle[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsoffers-sandbox-'));
  dirs.push(dir);
  return dir;
}
async function start(options: Parameters<typeof startSandbox>[0]): Promise<SandboxHandle> {
  const sandbox = await startSandbox(options);
  open.push(sandbox);
  return sandbox;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((sandbox) => sandbox.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('seeds', () => {
  it('gives the same data for the same seed and different data for another', () => {
    const schema = buildSchema();
    const a = JSON.stringify(seedStore(schema, 42).toJSON());
    const b = JSON.stringify(seedStore(schema, 42).toJSON());
    const c = JSON.stringify(seedStore(schema, 43).toJSON());
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('seeds related data: every foreign key points at a row', () => {
    const store = seedStore(buildSchema(), 5);
    const has = (model: string, id: unknown) => store.get(model, String(id)) !== undefined;
    expect(store.all('Offer').length).toBeGreaterThan(10);
    for (const offer of store.all('Offer')) expect(has('Advertiser', offer.advertiser_id)).toBe(true);
    for (const user of store.all('AffiliateUser')) expect(has('Affiliate', user.affiliate_id)).toBe(true);
    for (const goal of store.all('Goal')) expect(has('Offer', goal.offer_id)).toBe(true);
    for (const file of store.all('OfferFile')) expect(has('Offer', file.offer_id)).toBe(true);
    for (const conversion of store.all('Conversion')) {
      expect(has('Offer', conversion.offer_id)).toBe(true);
      expect(has('Affiliate', conversion.affiliate_id)).toBe(true);
    }
    for (const relation of store.all('TagRelation')) expect(has('Tag', relation.tag_id)).toBe(true);
    expect(store.all('_OfferCountry').length).toBeGreaterThan(0);
    expect(store.all('TagRelation').length).toBeGreaterThan(0);
  });

  it('answers the same over HTTP for the same seed', async () => {
    const [one, two] = await Promise.all([start({ seed: 9 }), start({ seed: 9 })]);
    const query = 'Target=Conversion&Method=findAll&limit=5&sort[Conversion.datetime]=desc&contain[]=Offer';
    expect((await get(one, query)).response).toEqual((await get(two, query)).response);
  });
});

describe('state file', () => {
  it('is written on start, after writes and on close, and loaded by the next sandbox', async () => {
    const path = join(tempDir(), 'state.json');
    const first = await start({ seed: 11, statePath: path });
    const initial = JSON.parse(readFileSync(path, 'utf8')) as { seed: number; tables: Record<string, unknown> };
    expect(initial.seed).toBe(11);
    const api = new HasOffersAPI({ endpoint: first.url, networkToken: 'sandbox-token', networkId: 'sandbox', retries: 0 });
    const tag = await api.tags.create({ name: 'persisted' });
    await first.flush();
    expect(readFileSync(path, 'utf8')).toContain('"persisted"');
    await api.tags.update(tag.id, { name: 'persisted twice' });
    await first.close();
    expect(readFileSync(path, 'utf8')).toContain('"persisted twice"');

    const second = await start({ seed: 999, statePath: path });
    const again = new HasOffersAPI({ endpoint: second.url, networkToken: 'sandbox-token', networkId: 'sandbox', retries: 0 });
    expect((await again.tags.findById(tag.id))?.name).toBe('persisted twice');
    // The loaded state keeps its own seed and id counters.
    const next = await again.tags.create({ name: 'next' });
    expect(Number(next.id)).toBeGreaterThan(Number(tag.id));
  });

  it('writes atomically: a temp file in the same directory renamed over the old one, never a partial file', async () => {
    const dir = tempDir();
    const path = join(dir, 'state.json');
    writeFileSync(path, '{"old":true}');
    const store = seedStore(buildSchema(), 1);
    const saving = saveState(path, store);
    // Until the rename, readers see the old complete file.
    expect(readFileSync(path, 'utf8')).toBe('{"old":true}');
    await saving;
    expect(JSON.parse(readFileSync(path, 'utf8')).seed).toBe(1);
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('refuses a broken state file with a message naming it', async () => {
    const path = join(tempDir(), 'state.json');
    writeFileSync(path, '{ not json');
    await expect(startSandbox({ statePath: path })).rejects.toThrow(/state\.json is not valid JSON/);
  });
});
