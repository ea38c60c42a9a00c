/** The CLI against the real sandbox: query semantics end to end, and `tsoffers sandbox` itself. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { MAIN, ROOT, runInProcess as run } from './run-cli.js';

describe('tsoffers against the sandbox', () => {
  let sandbox: { url: string; close(): Promise<void> };
  let env: Record<string, string>;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, seed: 1 });
    env = { HASOFFERS_ENDPOINT: sandbox.url, HASOFFERS_NETWORK_TOKEN: 'sandbox-token', HASOFFERS_NETWORK_ID: 'sandbox' };
  });
  afterAll(() => sandbox.close());

  it('find-all --json returns rows that satisfy every --where', async () => {
    const result = await run(['offers', 'find-all', '--where', 'id>3', '--where', 'status=active,paused', '--where', 'name!~%Casino%', '--sort', '-id', '--limit', '6', '--fields', 'id,name,status', '--json'], env);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { id: string; name: string; status: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(6);
    for (const row of rows) {
      expect(Number(row.id)).toBeGreaterThan(3);
      expect(['active', 'paused']).toContain(row.status);
      expect(row.name).not.toContain('Casino');
      expect(Object.keys(row)).toEqual(['id', 'name', 'status']);
    }
    const ids = rows.map((row) => Number(row.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('--or widens, --all follows every page', async () => {
    const [either, all, one] = await Promise.all([
      run(['offers', 'find-all-ids', '--where', 'status=paused', '--where', 'status!=active', '--or', '--json'], env),
      run(['offers', 'find-all', '--all', '--limit', '7', '--fields', 'id', '--json'], env),
      run(['offers', 'find-all', '--limit', '7', '--fields', 'id', '--json'], env),
    ]);
    expect(either.code).toBe(0);
    const total = (JSON.parse(all.stdout) as unknown[]).length;
    expect((JSON.parse(one.stdout) as unknown[]).length).toBe(7);
    expect(total).toBeGreaterThan(7);
    expect((JSON.parse(either.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  it('find-by-id with contain, call, and HasOffers errors', async () => {
    const offer = await run(['offers', 'find-by-id', '2', '--contain', 'Country,Advertiser', '--json'], env);
    const data = JSON.parse(offer.stdout) as { id: string; country: { code: string }[]; advertiser: { company: string } };
    expect(data.id).toBe('2');
    expect(data.country.length).toBeGreaterThan(0);
    expect(typeof data.advertiser.company).toBe('string');
    const link = await run(['call', 'Offer', 'generateTrackingLink', 'offer_id=2', 'affiliate_id=1', 'params[aff_sub]=cli'], env);
    expect(link.code).toBe(0);
    expect(link.stdout).toContain('aff_sub=cli');
    const negative = await run(['call', 'Offer', 'addCategory', 'id=1', 'category_id=-1'], env);
    expect(negative).toEqual({ code: 1, stdout: '', stderr: 'tsoffers: HasOffers error (Offer.addCategory): Row id is negative\n' });
    const badToken = await run(['offers', 'find-all'], { ...env, HASOFFERS_NETWORK_TOKEN: 'wrong-token' });
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toContain('NetworkToken is not valid');
    expect(badToken.stderr).not.toContain('wrong-token');
  });

  it('raw-logs writes a day of clicks to --out', async () => {
    const dirs = JSON.parse((await run(['raw-logs', 'clicks', 'list', '--json'], env)).stdout) as { dirName: string }[];
    const day = dirs[0]!.dirName;
    const out = join(mkdtempSync(join(tmpdir(), 'tsoffers-cli-')), 'clicks.csv');
    const result = await run(['raw-logs', 'clicks', day, '--out', out, '--rate-limit', 'off'], env);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('transaction_id,affiliate_id,')).toBe(true);
    expect(result.stderr).toBe(`${lines.length - 1} clicks records written to ${out}\n`);
  });

  it('`tsoffers sandbox` prints one listening line, serves, and stops on SIGINT', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'sandbox', '--port', '0', '--seed', '3'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const match = /^listening (http:\/\/127\.0\.0\.1:\d+\/Apiv3\/json)\n/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      child.on('close', (code) => reject(new Error(`sandbox exited with ${code} before listening: ${stdout}`)));
    });
    const tags = await run(['tags', 'find-all', '--csv', '--fields', 'id,name'], { HASOFFERS_ENDPOINT: url, HASOFFERS_NETWORK_TOKEN: 'sandbox-token', HASOFFERS_NETWORK_ID: 'sandbox' });
    expect(tags.code).toBe(0);
    expect(tags.stdout.startsWith('id,name\r\n1,')).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    // One listening line, then the seeded affiliates' and advertisers' api_keys.
    const [first, ...keys] = stdout.trim().split('\n');
    expect(first).toMatch(/^listening /);
    for (const line of keys) expect(line).toMatch(/^api_key (affiliate|advertiser) \d+: /);
  });
});

describe('tsoffers table output against the sandbox', () => {
  it('puts the fields of --where and --sort right after id, name and status', async () => {
    const sandbox = await startSandbox({ port: 0, seed: 1 });
    try {
      const env = { HASOFFERS_ENDPOINT: sandbox.url, HASOFFERS_NETWORK_TOKEN: 'sandbox-token', HASOFFERS_NETWORK_ID: 'sandbox', COLUMNS: '100' };
      const result = await run(['offers', 'find-all', '--where', 'default_payout>5', '--sort', 'currency', '--limit', '3'], env);
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')[0]).toMatch(/^id\s+name\s+status\s+default_payout\s+currency\b/);
      expect(Math.max(...result.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
      expect(result.stderr).toMatch(/^3 rows; \d+ more columns not shown/);
    } finally {
      await sandbox.close();
    }
  });
});
