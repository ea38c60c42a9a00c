/**
 * `tsoffers --api affiliate|advertiser …` against the real sandbox: the key from HASOFFERS_API_KEY
 * or --api-key, the same commands and output formats, the key never printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { runInProcess, runTsoffers } from './run-cli.js';

describe('tsoffers --api affiliate|advertiser', () => {
  let sandbox: SandboxHandle;
  let env: Record<string, string>;
  let affiliateKey: string;
  let advertiserKey: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 2 });
    affiliateKey = sandbox.accounts.find((account) => account.kind === 'affiliate')!.apiKey;
    advertiserKey = sandbox.accounts.find((account) => account.kind === 'advertiser')!.apiKey;
    env = { HASOFFERS_ENDPOINT: sandbox.url, HASOFFERS_API_KEY: affiliateKey };
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it("lists the affiliate's offers and makes a tracking link, with the key from HASOFFERS_API_KEY", async () => {
    const listed = await runInProcess(['--api', 'affiliate', 'offers', 'find-all', '--json', '--rate-limit', 'off'], env);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    const offers = JSON.parse(listed.stdout) as { id: string }[];
    expect(offers.length).toBeGreaterThan(0);
    const link = await runInProcess(['--api', 'affiliate', 'call', 'Affiliate_Offer', 'generateTrackingLink', `offer_id=${offers[0]!.id}`, '--json', '--rate-limit', 'off'], env);
    expect(link.code).toBe(0);
    expect(link.stdout).toContain('aff_c?offer_id=');
    const report = await runInProcess(['--api=affiliate', 'report', 'stats', '--fields', 'Stat.clicks,Stat.offer_id', '--group', 'Stat.offer_id', '--csv', '--rate-limit', 'off'], env);
    expect(report.code).toBe(0);
    expect(report.stdout.split('\r\n')[0]).toBe('Stat.clicks,Stat.offer_id');
  });

  it('takes --api-key for the advertiser API, and says what is missing without printing a key', async () => {
    const report = await runInProcess(['--api', 'advertiser', 'report', 'stats', '--fields', 'Stat.clicks', '--json', '--rate-limit', 'off', '--api-key', advertiserKey], { HASOFFERS_ENDPOINT: sandbox.url });
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/clicks/);
    const missing = await runInProcess(['--api', 'advertiser', 'report', 'stats', '--fields', 'Stat.clicks'], { HASOFFERS_ENDPOINT: sandbox.url });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/HASOFFERS_API_KEY \(or --api-key\)/);
    const wrong = await runInProcess(['--api', 'affiliate', 'offers', 'find-all', '-v', '--debug', '--rate-limit', 'off', '--api-key', 'wrong-key-4711'], { HASOFFERS_ENDPOINT: sandbox.url });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/api_key is not valid/);
    expect(wrong.stdout + wrong.stderr).not.toContain('wrong-key-4711');
    const bad = await runInProcess(['--api', 'publisher', 'offers', 'find-all'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--api takes network, affiliate, advertiser/);
  });

  it('runs as a real process', async () => {
    const result = await runTsoffers(['--api', 'affiliate', 'offers', 'find-all', '--limit', '2', '--csv', '--rate-limit', 'off'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\r\n')[0]).toMatch(/(^|,)id(,|$)/);
    expect(result.stdout).not.toContain(affiliateKey);
  });
});
