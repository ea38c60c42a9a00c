/**
 * Ctrl-C during `tsoffers raw-logs PERIOD --out FILE` while downloads wait for the rate limiter:
 * the process exits promptly with 130, leaves no partial file, and sends nothing after the signal.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRawLogServer } from '../helpers/raw-log-server.js';
import type { RawLogServer } from '../helpers/raw-log-server.js';
import { MAIN, ROOT } from './run-cli.js';

let server: RawLogServer;

beforeAll(async () => {
  server = await startRawLogServer(6, 1);
});
afterAll(async () => {
  await server.close();
});

describe('Ctrl-C', () => {
  it('exits with 130 promptly while calls wait for the rate limit, and sends nothing after it', async () => {
    const { calls } = server;
    const dir = mkdtempSync(join(tmpdir(), 'tsoffers-interrupt-'));
    const out = join(dir, 'clicks.csv');
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'raw-logs', 'clicks', '20160920', '--out', out, '--rate-limit', '2/10000'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, HASOFFERS_ENDPOINT: server.endpoint, HASOFFERS_NETWORK_TOKEN: 'interrupt-token', HASOFFERS_NETWORK_ID: 'n' },
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
