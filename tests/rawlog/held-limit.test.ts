/**
 * Whole-file reads (`records()`, `findAll()`, `readRawLogRecords()`) keep every record, and a record
 * takes several times its CSV bytes: a zip of short fields passes the decompression-bomb guard
 * (ratio under 200) and still becomes gigabytes of objects. `limits.maxHeldBytes` bounds what they
 * hold, checked as records accumulate; streaming reads are not affected. Real zips, served over
 * HTTP on 127.0.0.1.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { RawLogIntegrityError } from '../../src/rawlog/errors.js';
import { RawLogs } from '../../src/rawlog/raw-logs.js';
import { DEFAULT_MAX_HELD_BYTES, RawLogMemoryLimitError, readRawLog, readRawLogCsv, readRawLogRecords } from '../../src/rawlog/record-stream.js';
import { FetchTransport } from './fetch-transport.js';
import { buildZip, chunked, rejection } from './helpers.js';

const WIDTH = 57;
const MiB = 1024 ** 2;

/** `rows` rows of 57 two-character fields: ~171 CSV bytes, ~2 KB as a record. */
function shortFields(rows: number): string {
  const header = Array.from({ length: WIDTH }, (_, i) => `c${i}`).join(',');
  const lines = [header];
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: WIDTH }, (_, i) => ((r * 31 + i * 7) % 1296).toString(36).padStart(2, '0')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const BOMB_ROWS = 120_000;
const bomb = buildZip([{ name: 'bomb.csv', data: shortFields(BOMB_ROWS) }]);
const small = buildZip([{ name: 'small.csv', data: shortFields(4000) }]);
const files = new Map<string, Buffer>([
  ['20160901/clicks-00.zip', bomb],
  ['20160902/clicks-00.zip', small],
  ['20160902/clicks-01.zip', small],
]);

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    if (url.pathname.startsWith('/s3/')) {
      const zip = files.get(decodeURIComponent(url.pathname.slice(4)));
      res.statusCode = zip ? 200 : 404;
      res.end(zip);
      return;
    }
    const method = url.searchParams.get('Method');
    const day = url.searchParams.get('date_dir') ?? '';
    const data =
      method === 'listDateDirs'
        ? { dateDirs: ['20160901', '20160902'].map((d) => ({ displayName: d, dirName: d })) }
        : method === 'listLogs'
          ? { logFiles: [...files.keys()].filter((f) => f.startsWith(`${day}/`)).map((f) => ({ displayName: f, filename: f })) }
          : { link: `${base}/s3/${url.searchParams.get('log_filename')!}` };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ response: { status: 1, data, errors: [] } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const clicks = (): RawLogs['clicks'] => new RawLogs(new FetchTransport(base)).clicks;

describe('limits.maxHeldBytes: what a whole-file read may hold', () => {
  it('the crafted zip passes the decompression-bomb guard: only what the records hold can stop it', async () => {
    const csv = await readRawLogCsv(chunked(bomb, 64 * 1024), { fileName: 'bomb.zip' });
    expect(csv.length / bomb.length).toBeLessThan(200);
    expect(csv.length).toBeGreaterThan(16 * MiB);
    expect(DEFAULT_MAX_HELD_BYTES).toBe(1024 ** 3);
  });

  it('records() stops with a typed error once the estimate passes the limit, long before the last record', async () => {
    const [file] = await clicks().listLogs('20160901');
    const error = await rejection(() => file!.records({ limits: { maxHeldBytes: 32 * MiB } }));
    expect(error).toBeInstanceOf(RawLogMemoryLimitError);
    expect(error).toBeInstanceOf(RawLogIntegrityError);
    const limit = error as RawLogMemoryLimitError;
    expect(limit.reason).toBe('limit-exceeded');
    expect(limit.limit).toBe('maxHeldBytes');
    expect(limit.fileName).toBe('20160901/clicks-00.zip');
    expect(limit.maxHeldBytes).toBe(32 * MiB);
    // Stopped at the first record over the limit: one record's estimate past it at most.
    expect(limit.heldBytes).toBeGreaterThan(32 * MiB);
    expect(limit.heldBytes).toBeLessThan(32 * MiB + 4096);
    expect(limit.records).toBeLessThan(BOMB_ROWS / 4);
    expect(limit.message).toContain('limits.maxHeldBytes (32.0 MiB)');
    expect(limit.message).toContain('stream() or iterate()');
  });

  it('readRawLogRecords() is bounded the same way; streaming the same zip is not', async () => {
    const error = await rejection(() => readRawLogRecords(chunked(bomb, 64 * 1024), { fileName: 'bomb.zip', limits: { maxHeldBytes: 16 * MiB } }));
    expect(error).toBeInstanceOf(RawLogMemoryLimitError);
    let count = 0;
    for await (const batch of readRawLog(chunked(bomb, 64 * 1024), { fileName: 'bomb.zip', limits: { maxHeldBytes: 16 * MiB } }).batches()) count += batch.length;
    expect(count).toBe(BOMB_ROWS);
  });

  it('findAll() counts the whole period against one limit', async () => {
    const manager = clicks();
    // Each file holds ~8 MB (4000 records): alone each fits in 12 MiB, the day does not.
    const [a, b] = await manager.listLogs('20160902');
    expect(await a!.records({ limits: { maxHeldBytes: 12 * MiB } })).toHaveLength(4000);
    expect(await b!.records({ limits: { maxHeldBytes: 12 * MiB } })).toHaveLength(4000);
    const error = await rejection(() => manager.findAll('20160902', { limits: { maxHeldBytes: 12 * MiB } }));
    expect(error).toBeInstanceOf(RawLogMemoryLimitError);
    expect((error as RawLogMemoryLimitError).fileName).toBe('20160902/clicks-01.zip');
    expect((error as RawLogMemoryLimitError).records).toBeGreaterThan(4000);
    expect(await manager.findAll('20160902')).toHaveLength(8000);
  });

  it('a cached content() is parsed under the same limit', async () => {
    const [file] = await clicks().listLogs('20160901');
    await file!.content();
    await expect(file!.records({ limits: { maxHeldBytes: 8 * MiB } })).rejects.toBeInstanceOf(RawLogMemoryLimitError);
  });

  it('refuses a limit that is not a positive whole number', async () => {
    const [file] = await clicks().listLogs('20160902');
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      await expect(file!.records({ limits: { maxHeldBytes: bad } })).rejects.toBeInstanceOf(InvalidArgumentError);
    }
  });
});
