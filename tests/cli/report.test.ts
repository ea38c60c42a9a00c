/** `tsoffers report` against the sandbox: table, JSON, CSV, totals, pages, export, usage errors. */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { runInProcess as run } from './run-cli.js';

let sandbox: SandboxHandle;
let env: Record<string, string>;
const WINDOW = ['--from', '2024-05-01', '--to', '2024-05-05'];

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 5 });
  env = { HASOFFERS_ENDPOINT: sandbox.url, HASOFFERS_NETWORK_TOKEN: 'sandbox-token', HASOFFERS_NETWORK_ID: 'sandbox' };
});
afterAll(async () => {
  await sandbox.close();
});

describe('tsoffers report', () => {
  it('prints a table of the rows and the totals on stderr', async () => {
    const result = await run(['report', 'stats', '--fields', 'Stat.date,Stat.clicks,Stat.conversions', '--group', 'Stat.date', ...WINDOW, '--sort', 'Stat.date', '--totals'], env);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/Stat\.date\s+Stat\.clicks\s+Stat\.conversions/);
    expect(lines.slice(2).map((line) => line.split(/\s+/)[0])).toEqual(['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05']);
    expect(result.stderr).toMatch(/^totals: Stat\.clicks=\d+ Stat\.conversions=\d+/m);
  });

  it('gives JSON with typed numbers and totals, and CSV', async () => {
    const json = await run(['report', 'stats', '--fields', 'Stat.offer_id,Stat.clicks', '--group', 'Stat.offer_id', ...WINDOW, '--where', 'Stat.clicks>0', '--sort', '-Stat.clicks', '--totals', '--all', '--json'], env);
    expect(json.code, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { rows: { Stat: { clicks: number; offer_id: number } }[]; totals: { Stat: { clicks: number } } };
    expect(parsed.rows.length).toBeGreaterThan(1);
    expect(parsed.totals.Stat.clicks).toBe(parsed.rows.reduce((n, row) => n + row.Stat.clicks, 0));
    const csv = await run(['report', 'stats', '--fields', 'Stat.offer_id,Stat.clicks', '--group', 'Stat.offer_id', ...WINDOW, '--sort', '-Stat.clicks', '--all', '--csv'], env);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('Stat.offer_id,Stat.clicks');
    expect(lines.slice(1).map((line) => Number(line.split(',')[1]))).toEqual(parsed.rows.map((row) => row.Stat.clicks));
  });

  it('exports to a file through DownloadReport', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsoffers-report-'));
    const file = join(dir, 'stats.csv');
    const result = await run(['report', 'stats', '--fields', 'Stat.date,Stat.clicks', '--group', 'Stat.date', ...WINDOW, '--export', file], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/5 rows exported to/);
    expect(readFileSync(file, 'utf8').split('\r\n')[0]).toBe('Stat.date,Stat.clicks');
  });

  it('refuses bad input as usage errors (exit 2), sending nothing', async () => {
    for (const [args, message] of [
      [['report', 'stats', '--group', 'Stat.date'], /--fields is required/],
      [['report', 'stats', '--fields', 'Stat.clikcs'], /Did you mean "Stat.clicks"\?/],
      [['report', 'stats', '--fields', 'Stat.clicks', '--from', '2024-05-01'], /--from and --to go together/],
      [['report', 'stats', '--fields', 'Stat.clicks', '--sort', '-Stat.payout'], /not among the fields asked for/],
      [['report', 'statz', '--fields', 'Stat.clicks'], /"statz" is not a report/],
      // The report's name is checked first: a wrong one is not reported as a missing --fields.
      [['report', 'statz'], /"statz" is not a report/],
      [['report', 'stats', '--fields', 'Stat.clicks', '--export', '/tmp/x.csv'], /an export needs a date window/],
    ] as const) {
      const result = await run([...args], env);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(existsSync('/tmp/x.csv')).toBe(false);
  });
});
