/**
 * `tsoffers raw-logs PERIOD` when the files of a period do not share one set of columns: the CSV
 * has a single header (the first file's), so a later file with a new column must stop the command
 * instead of dropping that column, and a later file without one of the columns leaves its cells
 * empty.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { buildZip } from '../rawlog/helpers.js';
import type { FakeServer, SeenRequest } from './fake-server.js';
import { startFakeServer } from './fake-server.js';
import { runInProcess as run } from './run-cli.js';

const DAYS = ['20161001', '20161002', '20161101', '20161102'];
const FIRST = 'transaction_id,offer_id,datetime\r\nt1,1,2016-10-01 00:01:00\r\nt2,"1,5",2016-10-01 00:02:00\r\n';
/** 20161002: the first file's columns plus two new ones. */
const WITH_EXTRA = 'transaction_id,offer_id,datetime,aff_sub5,country_code\r\nt3,2,2016-10-02 10:00:00,x,DE\r\n';
const NOVEMBER_FIRST = 'transaction_id,offer_id,datetime\r\nn1,7,2016-11-01 00:00:01\r\n';
/** 20161102 has no offer_id column and enough rows to arrive in several batches. */
const MISSING_ROWS = Array.from({ length: 6000 }, (_, i) => [`m${i}`, `2016-11-02 ${String(i % 24).padStart(2, '0')}:00:00`]);
const WITHOUT_OFFER_ID = `transaction_id,datetime\r\n${MISSING_ROWS.map((cells) => `${cells.join(',')}\r\n`).join('')}`;
const CSV: Record<string, string> = { '20161001': FIRST, '20161002': WITH_EXTRA, '20161101': NOVEMBER_FIRST, '20161102': WITHOUT_OFFER_ID };

function param(request: SeenRequest, key: string): string | undefined {
  return request.pairs.find(([name]) => name === key)?.[1];
}

describe.concurrent('raw-logs PERIOD whose files have different columns', () => {
  let server: FakeServer;
  let env: Record<string, string>;
  const outDir = mkdtempSync(join(tmpdir(), 'tsoffers-cli-columns-'));

  beforeAll(async () => {
    server = await startFakeServer((request) => {
      const key = `${request.target}.${request.method}`;
      if (key === 'RawLog.listDateDirs') return { data: { dateDirs: DAYS.map((day) => ({ displayName: day, dirName: day })) } };
      if (key === 'RawLog.listLogs') {
        const day = param(request, 'date_dir');
        return { data: { logFiles: [{ displayName: `${day} 00:00`, filename: `${day}/clicks-${day}00.zip`, startTimestamp: '1475280000' }] } };
      }
      if (key === 'RawLog.getDownloadLink') return { data: { link: `${server.endpoint.replace('/Apiv3/json', '')}/dl/${param(request, 'log_filename')}` } };
      return { errors: [{ err_code: 3, err_msg: `No such method ${request.method}` }] };
    });
    for (const day of DAYS) server.files.set(`/dl/${day}/clicks-${day}00.zip`, buildZip([{ name: `${day}.csv`, data: CSV[day]! }]));
    env = { HASOFFERS_ENDPOINT: server.endpoint, HASOFFERS_NETWORK_TOKEN: 'tok-columns', HASOFFERS_NETWORK_ID: 'demo' };
  });
  afterAll(() => server.close());

  it('stops with exit 7 naming the new columns when a later file has a column the first lacks, and leaves no --out file', async () => {
    const out = join(outDir, 'october.csv');
    const result = await run(['raw-logs', 'clicks', '201610', '--out', out], env);
    expect(result.code).toBe(7);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'tsoffers: 20161002/clicks-2016100200.zip has columns "aff_sub5", "country_code" that the first file of 201610 did not have. ' +
        'The CSV output has a single header, taken from the first file, so their values would be lost. ' +
        "Run the period one day at a time (tsoffers raw-logs clicks YYYYMMDD) to get each file's columns.\n",
    );
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
    expect(readdirSync(outDir).filter((name) => name.startsWith('october'))).toEqual([]);
  });

  it('without --out, the first file\'s rows are on stdout before the column error', async () => {
    const result = await run(['raw-logs', 'clicks', '201610', '--concurrency', '1'], env);
    expect(result.code).toBe(7);
    expect(result.stdout).toBe('transaction_id,offer_id,datetime\r\nt1,1,2016-10-01 00:01:00\r\nt2,"1,5",2016-10-01 00:02:00\r\n');
    expect(result.stderr).toContain('has columns "aff_sub5", "country_code" that the first file of 201610 did not have');
  });

  it('each day on its own still works', async () => {
    const result = await run(['raw-logs', 'clicks', '20161002'], env);
    expect(result).toEqual({ code: 0, stdout: 'transaction_id,offer_id,datetime,aff_sub5,country_code\r\nt3,2,2016-10-02 10:00:00,x,DE\r\n', stderr: '' });
  });

  it('leaves the cells empty for every record of a later file that lacks a column', async () => {
    // Only meaningful if that file's records reach the command in more than one batch: count
    // them through the same client and fake server.
    const api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: 'tok-columns', networkId: 'demo' });
    let batches = 0;
    try {
      for await (const batch of api.rawLogs.clicks.iterate('20161102').batches()) if (batch.length) batches++;
    } finally {
      await api.close();
    }
    expect(batches).toBeGreaterThan(1);

    const expected = `transaction_id,offer_id,datetime\r\nn1,7,2016-11-01 00:00:01\r\n${MISSING_ROWS.map(([id, datetime]) => `${id},,${datetime}\r\n`).join('')}`;
    const out = join(outDir, 'november.csv');
    const [toFile, toStdout] = await Promise.all([run(['raw-logs', 'clicks', '201611', '--out', out], env), run(['raw-logs', 'clicks', '201611'], env)]);
    expect(toFile).toEqual({ code: 0, stdout: '', stderr: `6001 clicks records written to ${out}\n` });
    expect(readFileSync(out, 'utf8')).toBe(expected);
    expect(existsSync(`${out}.part`)).toBe(false);
    expect(toStdout).toEqual({ code: 0, stdout: expected, stderr: '' });
  });
});
