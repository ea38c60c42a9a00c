/**
 * `tsoffers raw-logs PERIOD --out FILE` and what it does with the file system and with periods
 * that have nothing: a symlink planted where the temporary file would go is never written
 * through; a period without log files says so (exit 4) instead of leaving a silent empty file;
 * a period that is no date is a usage error.
 */
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip } from '../rawlog/helpers.js';
import type { FakeServer, SeenRequest } from './fake-server.js';
import { startFakeServer } from './fake-server.js';
import { runInProcess as run } from './run-cli.js';

const CSV = 'transaction_id,offer_id\r\nt1,1\r\n';

function param(request: SeenRequest, key: string): string | undefined {
  return request.pairs.find(([name]) => name === key)?.[1];
}

describe('raw-logs --out and empty periods', () => {
  let server: FakeServer;
  let env: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'tsoffers-out-'));

  beforeAll(async () => {
    server = await startFakeServer((request) => {
      const key = `${request.target}.${request.method}`;
      if (key === 'RawLog.listDateDirs') return { data: { dateDirs: [{ displayName: 'Sep 20, 2016', dirName: '20160920' }, { displayName: 'Sep 21, 2016', dirName: '20160921' }] } };
      if (key === 'RawLog.listLogs') {
        const day = param(request, 'date_dir');
        if (day === '20160920') return { data: { logFiles: [{ displayName: '00:00', filename: '20160920/clicks-2016092000.zip', startTimestamp: '1474329600' }] } };
        if (day === '20160921') return { data: { logFiles: [{ displayName: '00:00', filename: '20160921/clicks-2016092100.zip', startTimestamp: '1474416000' }] } };
        // HasOffers answers a day without logs with an empty data object.
        return { data: {} };
      }
      if (key === 'RawLog.getDownloadLink') return { data: { link: `${server.endpoint.replace('/Apiv3/json', '')}/dl/${param(request, 'log_filename')}` } };
      return { errors: [{ err_code: 3, err_msg: `No such method ${request.method}` }] };
    });
    server.files.set('/dl/20160920/clicks-2016092000.zip', buildZip([{ name: 'a.csv', data: CSV }]));
    server.files.set('/dl/20160921/clicks-2016092100.zip', buildZip([{ name: 'b.csv', data: 'transaction_id,offer_id\r\n' }]));
    env = { HASOFFERS_ENDPOINT: server.endpoint, HASOFFERS_NETWORK_TOKEN: 'tok-out', HASOFFERS_NETWORK_ID: 'demo' };
  });
  afterAll(() => server.close());

  it('never writes through a symlink planted at FILE.part', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    const out = join(dir, 'planted.csv');
    symlinkSync(victim, `${out}.part`);
    const result = await run(['raw-logs', 'clicks', '20160920', '--out', out], env);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(CSV);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(`${out}.part`).isSymbolicLink()).toBe(true);
    expect(lstatSync(out).isSymbolicLink()).toBe(false);
    // The temporary file is gone once FILE is in place.
    expect(readdirSync(dir).filter((name) => name.startsWith('planted.csv.') && name !== 'planted.csv.part')).toEqual([]);
  });

  it('a period without log files exits 4, says so, and leaves no file', async () => {
    const out = join(dir, 'empty.csv');
    const month = await run(['raw-logs', 'clicks', '201612', '--out', out], env);
    expect(month.code).toBe(4);
    expect(month.stdout).toBe('');
    expect(month.stderr).toBe('tsoffers: no clicks logs for 201612: HasOffers lists no log files for that period. `tsoffers raw-logs clicks list` shows the days that have logs.\n');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('empty.csv'))).toEqual([]);
    const day = await run(['raw-logs', 'clicks', '20160922'], env);
    expect(day.code).toBe(4);
    expect(day.stderr).toContain('no clicks logs for 20160922');
  });

  it('log files without rows: exit 0 and a word that there were no records', async () => {
    const result = await run(['raw-logs', 'clicks', '20160921'], env);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '0 clicks records: the 1 log file of 20160921 has no rows.\n' });
  });

  it('a period that is no date is a usage error, before anything is sent', async () => {
    const before = server.requests.length;
    for (const period of ['20161301', '20160230', '201600', '201613', '20169', 'yesterday']) {
      const result = await run(['raw-logs', 'clicks', period], env);
      expect(result.code, period).toBe(2);
      expect(result.stderr, period).toContain(`"${period}" is not a period`);
    }
    const list = await run(['raw-logs', 'clicks', 'list', '20160931'], env);
    expect(list.code).toBe(2);
    expect(server.requests.length).toBe(before);
  });

  it('--progress says when the rate limiter holds the download back', async () => {
    // One call per 2 s: listLogs takes it, so the file's getDownloadLink waits about 2 s.
    const result = await run(['raw-logs', 'clicks', '20160920', '--progress', '--rate-limit', '1/2000'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(CSV);
    expect(result.stderr).toContain('0/1 files, 0.0 MB\nwaiting for the HasOffers rate limit: 1 call per 2 s, and each file needs one getDownloadLink call\n');
    expect(result.stderr).toContain('1/1 files');
  });
});
