/**
 * Ctrl-C during `tsoffers raw-logs PERIOD --out FILE` while downloads wait for the rate limiter:
 * the process exits promptly with 130, leaves no partial file, and sends nothing after the signal.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip } from '../rawlog/helpers.js';
import { MAIN, ROOT } from './run-cli.js';

const FILES = Array.from({ length: 6 }, (_, index) => `20160920/clicks-${1474329600 + index * 3600}.zip`);
const zip = buildZip([{ name: 'a.csv', data: 'transaction_id,offer_id\r\nt1,1\r\n' }]);
const calls: { method: string; at: number }[] = [];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname.startsWith('/s3/')) {
    res.end(zip);
    return;
  }
  const method = url.searchParams.get('Method') ?? '';
  calls.push({ method, at: Date.now() });
  const data = method === 'listLogs' ? { logFiles: FILES.map((filename) => ({ filename, displayName: filename })) } : { link: `${base}/s3/${url.searchParams.get('log_filename')}` };
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ request: {}, response: { status: 1, httpStatus: 200, data, errors: [], errorMessage: null } }));
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('Ctrl-C', () => {
  it('exits with 130 promptly while calls wait for the rate limit, and sends nothing after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsoffers-interrupt-'));
    const out = join(dir, 'clicks.csv');
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'raw-logs', 'clicks', '20160920', '--out', out, '--rate-limit', '2/10000'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, HASOFFERS_ENDPOINT: `${base}/Apiv3/json`, HASOFFERS_NETWORK_TOKEN: 'interrupt-token', HASOFFERS_NETWORK_ID: 'n' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // The listing and one link went out; the other links now wait up to 10 s for the limit.
    const deadline = Date.now() + 20_000;
    while (calls.filter((call) => call.method === 'getDownloadLink').length < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const interruptedAt = Date.now();
    child.kill('SIGINT');
    const code = await exited;
    const took = Date.now() - interruptedAt;
    expect(code, stderr).toBe(130);
    // Before the fix the process lingered until the queued calls were sent, 5-10 s later.
    expect(took).toBeLessThan(2000);
    expect(calls.filter((call) => call.at > interruptedAt)).toEqual([]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 40_000);
});
