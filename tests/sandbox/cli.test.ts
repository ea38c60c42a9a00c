import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSandboxArgs, runSandboxCli } from '../../src/cli/sandbox-runner.js';

describe('runSandboxCli', () => {
  it('prints exactly one "listening <url>" line once ready and saves the state when stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsoffers-cli-'));
    try {
      const out: string[] = [];
      const err: string[] = [];
      let stop: (value: unknown) => void = () => {};
      const stopSignal = new Promise((resolve) => (stop = resolve));
      let ready: (line: string) => void = () => {};
      const listening = new Promise<string>((resolve) => (ready = resolve));
      const path = join(dir, 'state.json');
      const run = runSandboxCli(['--port', '0', '--seed', '5', '--state', path, '--network-token', 'T', '--network-id=I'], {
        stdout: (line) => {
          out.push(line);
          ready(line);
        },
        stderr: (line) => err.push(line),
        stopSignal,
      });
      const line = await listening;
      expect(line).toMatch(/^listening http:\/\/127\.0\.0\.1:\d+\/Apiv3\/json$/);
      const url = line.slice('listening '.length);
      const answer = (await (await fetch(`${url}?NetworkToken=T&NetworkId=I&Target=Tag&Method=create&data[name]=cli`)).json()) as { response: { status: number } };
      expect(answer.response.status).toBe(1);
      stop('SIGTERM');
      expect(await run).toBe(0);
      // Then the seeded affiliates' and advertisers' api_keys (Affiliate_ and Advertiser_ Targets).
      expect(out[0]).toBe(line);
      expect(out.slice(1).length).toBeGreaterThan(0);
      for (const extra of out.slice(1)) expect(extra).toMatch(/^api_key (affiliate|advertiser) \d+: sandbox-(affiliate|advertiser)-key-\d+$/);
      expect(err).toEqual([]);
      expect(existsSync(path)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains bad flags (exit 2) and prints help (exit 0)', async () => {
    const err: string[] = [];
    expect(await runSandboxCli(['--port', 'abc'], { stdout: () => {}, stderr: (line) => err.push(line) })).toBe(2);
    expect(err[0]).toBe('tsoffers sandbox: --port needs an integer, got "abc".');
    const out: string[] = [];
    expect(await runSandboxCli(['--help'], { stdout: (line) => out.push(line), stderr: () => {} })).toBe(0);
    expect(out[0]).toContain('Usage: tsoffers sandbox');
    expect(parseSandboxArgs(['--rate-limit', '50/10000', '--latency', '5'])).toEqual({ rateLimit: { calls: 50, windowMs: 10000 }, latencyMs: 5 });
  });
});
