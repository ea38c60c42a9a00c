/**
 * api.rawLogs through the real client against a local HasOffers + S3 stand-in that misbehaves:
 * bodies that break off midway, missing files, bad options, bad values under `coerce`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HasOffersAPI, InvalidArgumentError, InvalidResponseError, RawLogFormatError, RawLogIntegrityError } from '../../src/index.js';
import { buildZip, rejection } from '../rawlog/helpers.js';

const TOKEN = 'faults-token-5f1c9e';
const SIGNATURE = 'sig-0a1b2c3d4e5f';
const HEADER = 'transaction_id,offer_id,datetime,payout';

function csv(rows: number, bad?: { row: number; column: 'offer_id' | 'datetime'; value: string }): string {
  let s = HEADER + '\n';
  for (let i = 0; i < rows; i++) {
    const offer = bad?.row === i && bad.column === 'offer_id' ? bad.value : String(i % 5);
    const when = bad?.row === i && bad.column === 'datetime' ? bad.value : '2016-09-20 10:00:00';
    s += `"tx-${i}",${offer},"${when}",${i}.50\n`;
  }
  return s;
}

/** Zips by file name; `mode` says how the next download of it goes. */
const zips = new Map<string, Buffer>();
const modes = new Map<string, 'reset' | 'reset-always' | 'reset-early' | 'reset-after-records'>();
const downloads = new Map<string, number>();
let apiCalls = 0;
let base = '';
/** Resolved each time an early reset has been done (the socket destroyed). */
let earlyReset: { promise: Promise<void>; resolve: () => void } = deferred();
let recordsSeen: { promise: Promise<void>; resolve: () => void } = deferred();

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function answer(res: ServerResponse, data: unknown): void {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ request: {}, response: { status: 1, httpStatus: 200, data, errors: [], errorMessage: null } }));
}

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url!, 'http://127.0.0.1');
  if (url.pathname.startsWith('/s3/')) {
    const name = decodeURIComponent(url.pathname.slice(4));
    downloads.set(name, (downloads.get(name) ?? 0) + 1);
    if (name === 'forbidden.zip') {
      // What S3 answers a bad signature with: XML quoting the signature it was given.
      res.statusCode = 403;
      res.end(`<Error><Code>SignatureDoesNotMatch</Code><SignatureProvided>${url.searchParams.get('X-Amz-Signature')}</SignatureProvided></Error>`);
      return;
    }
    const zip = zips.get(name);
    if (!zip) {
      res.statusCode = 404;
      res.end('<Error><Code>NoSuchKey</Code></Error>');
      return;
    }
    const mode = modes.get(name);
    res.writeHead(200, { 'content-length': String(zip.length) });
    if (mode === 'reset-early') {
      // Only the local header arrives: no row can have been parsed.
      modes.delete(name);
      res.write(zip.subarray(0, 40), () =>
        setTimeout(() => {
          req.socket.destroy();
          earlyReset.resolve();
        }, 20),
      );
      return;
    }
    if (mode === 'reset-after-records') {
      // Half the archive; the connection drops only once the consumer has records of this file
      // (a fixed delay is not enough on a loaded machine: the client may not have parsed any yet).
      modes.delete(name);
      res.write(zip.subarray(0, zip.length >> 1));
      void recordsSeen.promise.then(() => setTimeout(() => req.socket.destroy(), 20));
      return;
    }
    if (mode === 'reset' || mode === 'reset-always') {
      if (mode === 'reset') modes.delete(name);
      // Half the archive, then the connection drops.
      res.write(zip.subarray(0, zip.length >> 1), () => setTimeout(() => req.socket.destroy(), 20));
      return;
    }
    res.end(zip);
    return;
  }
  apiCalls++;
  const method = url.searchParams.get('Method');
  if (method === 'listDateDirs') return answer(res, { dateDirs: [{ displayName: 'Sep 20, 2016', dirName: '20160920' }] });
  if (method === 'listLogs') {
    // gone.zip is listed but missing from S3.
    return answer(res, { logFiles: [...zips.keys(), 'gone.zip'].map((f) => ({ displayName: f, filename: f })) });
  }
  if (method === 'getDownloadLink') {
    return answer(res, { link: `${base}/s3/${encodeURIComponent(url.searchParams.get('log_filename')!)}?X-Amz-Signature=${SIGNATURE}` });
  }
  res.statusCode = 400;
  res.end();
});

let api: HasOffersAPI;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api = new HasOffersAPI({ endpoint: `${base}/Apiv3/json`, networkToken: TOKEN, networkId: 'faults', rateLimit: false, retries: 2, backoff: { initialMs: 1, maxMs: 5 } });
});

afterAll(async () => {
  await api.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  zips.clear();
  modes.clear();
  downloads.clear();
  apiCalls = 0;
});

async function logFile(name: string) {
  const files = await api.rawLogs.clicks.listLogs('20160920');
  const file = files.find((f) => f.filename === name);
  if (!file) throw new Error(`no ${name} listed`);
  return file;
}

describe('a download that breaks off midway', () => {
  it('records() downloads the file again and returns every row, verified', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(3000) }]));
    modes.set('a.zip', 'reset');
    const records = await (await logFile('a.zip')).records();
    expect(records).toHaveLength(3000);
    expect(String(records[2999]!['transaction_id'])).toBe('tx-2999');
    expect(downloads.get('a.zip')).toBe(2);
  });

  it('content() and findAll() retry the same way', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(2000) }]));
    modes.set('a.zip', 'reset');
    const text = (await (await logFile('a.zip')).content()).toString();
    expect(text).toBe(csv(2000));
    expect(downloads.get('a.zip')).toBe(2);
    downloads.clear();
    modes.set('a.zip', 'reset');
    const all = await api.rawLogs.clicks.findAll('20160920').catch((err: unknown) => err);
    // gone.zip is listed but missing on S3: findAll fails naming it, after a.zip was retried.
    expect(all).toBeInstanceOf(InvalidResponseError);
    expect((all as Error).message).toContain('gone.zip');
    expect(downloads.get('a.zip')).toBe(2);
  });

  it('gives up after the client\'s retries, with an error that says the download was interrupted', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(2000) }]));
    modes.set('a.zip', 'reset-always');
    const err = await rejection(async () => (await logFile('a.zip')).records());
    expect(err).toBeInstanceOf(RawLogIntegrityError);
    expect((err as RawLogIntegrityError).reason).toBe('truncated');
    expect((err as RawLogIntegrityError).interrupted).toBe(true);
    expect((err as RawLogIntegrityError).fileName).toBe('a.zip');
    expect(downloads.get('a.zip')).toBe(3); // 1 + retries: 2
  });

  it('stream() does not retry: its records are already out', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(3000) }]));
    modes.set('a.zip', 'reset');
    let seen = 0;
    const err = await rejection(async () => {
      for await (const _ of (await logFile('a.zip')).stream()) seen++;
    });
    expect(err).toBeInstanceOf(RawLogIntegrityError);
    expect((err as RawLogIntegrityError).interrupted).toBe(true);
    expect(seen).toBeLessThan(3000);
    expect(downloads.get('a.zip')).toBe(1);
  });

  it('a short archive served whole is not "interrupted" and is not downloaded again', async () => {
    const zip = buildZip([{ name: 'a.csv', data: csv(2000) }]);
    zips.set('a.zip', zip.subarray(0, zip.length - 30));
    const err = await rejection(async () => (await logFile('a.zip')).records());
    expect(err).toBeInstanceOf(RawLogIntegrityError);
    expect((err as RawLogIntegrityError).interrupted).toBe(false);
    expect(downloads.get('a.zip')).toBe(1);
  });
});

describe('iterate() over a period', () => {
  it('starts a file again when its download breaks before any of its records were handed out', async () => {
    for (const f of ['a', 'b', 'c']) zips.set(`${f}.zip`, buildZip([{ name: `${f}.csv`, data: csv(1500).replaceAll('"tx-', `"${f}-`) }]));
    modes.set('b.zip', 'reset-early');
    const seen: string[] = [];
    const progress: number[] = [];
    const err = await rejection(async () => {
      for await (const r of api.rawLogs.clicks.iterate('20160920', { concurrency: 3, onProgress: (p) => progress.push(p.bytesDone) })) seen.push(String(r['transaction_id']));
    });
    // Every record of a, b and c once, in order; then gone.zip (listed, missing) fails.
    const expected = ['a', 'b', 'c'].flatMap((f) => Array.from({ length: 1500 }, (_, i) => `${f}-${i}`));
    expect(seen).toEqual(expected);
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(downloads.get('b.zip')).toBe(2);
    // The broken attempt's bytes are taken back: progress never counts more than was kept.
    const kept = ['a', 'b', 'c'].reduce((n, f) => n + zips.get(`${f}.zip`)!.length, 0);
    expect(Math.max(...progress)).toBeLessThanOrEqual(kept);
  });

  it('does not start the download again when the stream is closed while it waits to', async () => {
    zips.set('b.zip', buildZip([{ name: 'b.csv', data: csv(1500) }]));
    modes.set('b.zip', 'reset-early');
    earlyReset = deferred();
    const stream = api.rawLogs.clicks.iterate('20160920', { concurrency: 1 });
    const first = stream.next().then(
      (r) => r,
      (e: unknown) => e,
    );
    await earlyReset.promise;
    await new Promise((r) => setTimeout(r, 60)); // the client has seen the reset and waits 250 ms to start again
    const closed = Date.now();
    await stream.return();
    await first;
    // The pending next() settles when the stream is closed, not when the wait would have ended.
    expect(Date.now() - closed).toBeLessThan(150);
    await new Promise((r) => setTimeout(r, 500));
    expect(downloads.get('b.zip')).toBe(1);
  });

  it('throws, and does not start again, once records of the broken file were handed out', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(40_000) }]));
    modes.set('a.zip', 'reset-after-records');
    recordsSeen = deferred();
    let seen = 0;
    const err = await rejection(async () => {
      // A small read-ahead: the consumer has records of a.zip before its download reaches the break.
      for await (const _ of api.rawLogs.clicks.iterate('20160920', { concurrency: 1, readAheadBytes: 64 * 1024 })) {
        seen++;
        if (seen === 1) recordsSeen.resolve();
      }
    });
    expect(err).toBeInstanceOf(RawLogIntegrityError);
    expect((err as RawLogIntegrityError).interrupted).toBe(true);
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(40_000);
    expect(downloads.get('a.zip')).toBe(1);
  });
});

describe('a file that cannot be downloaded', () => {
  it('names the file, keeps the error class, and does not show the link signature', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(10) }]));
    const seen: string[] = [];
    const err = await rejection(async () => {
      for await (const r of api.rawLogs.clicks.iterate('20160920')) seen.push(String(r['transaction_id']));
    });
    expect(seen).toHaveLength(10); // a.zip first, complete
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect((err as InvalidResponseError & { fileName?: string }).fileName).toBe('gone.zip');
    const text = `${String(err)} ${(err as Error).stack ?? ''}`;
    // Named once, in the message and in the stack (V8 builds the stack lazily from the message).
    expect((err as Error).message.match(/raw log gone\.zip/g)).toHaveLength(1);
    expect((err as Error).stack!.match(/raw log gone\.zip/g)).toHaveLength(1);
    expect(text).toContain('HTTP 404');
    expect(text).not.toContain(SIGNATURE);
    expect(text).not.toContain(TOKEN);
  });
});

describe('secrets and aborts on the retry paths', () => {
  it('keeps the link signature out of an S3 error body', async () => {
    zips.set('forbidden.zip', Buffer.alloc(0));
    const err = await rejection(async () => (await logFile('forbidden.zip')).records());
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect((err as InvalidResponseError).bodyExcerpt).toContain('SignatureDoesNotMatch');
    expect(inspect(err, { depth: 5 })).not.toContain(SIGNATURE);
    expect(`${String(err)} ${(err as Error).stack ?? ''}`).not.toContain(SIGNATURE);
  });

  it('an abort during the wait before a retry rejects with the signal\'s own reason, untouched', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(2000) }]));
    modes.set('a.zip', 'reset-always');
    const file = await logFile('a.zip');
    const controller = new AbortController();
    const reason = new Error('stop now');
    const started = Date.now();
    const pending = file.records({ signal: controller.signal });
    while ((downloads.get('a.zip') ?? 0) < 1) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 120)); // the first body broke; the 250 ms wait is on
    controller.abort(reason);
    const err = await rejection(() => pending);
    expect(err).toBe(reason);
    expect(reason.message).toBe('stop now');
    expect('fileName' in reason).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(downloads.get('a.zip')).toBe(1);
  });

  it('records() and content() with bad options return a rejected promise rather than throwing', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(3) }]));
    const file = await logFile('a.zip');
    const records = file.records({ limits: { maxBytes: Number.NaN } });
    const content = file.content({ limits: { maxRatio: 0 } });
    expect(records).toBeInstanceOf(Promise);
    expect(content).toBeInstanceOf(Promise);
    await expect(records).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(content).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});

describe('read options are checked before any request', () => {
  const bad: [string, Record<string, unknown>][] = [
    ['limits.maxBytes', { limits: { maxBytes: Number.NaN } }],
    ['limits.maxRatio', { limits: { maxRatio: -1 } }],
    ['limits.maxRatio', { limits: { maxRatio: Number.NaN } }],
    ['limits.maxbytes', { limits: { maxbytes: 10 } }],
    ['readAheadBytes', { readAheadBytes: 0 }],
    ['utcOffsetMinutes', { utcOffsetMinutes: 1.5 }],
    ['inflate', { inflate: 'gzip' }],
  ];
  it.each(bad)('refuses a bad %s', async (argument, options) => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(10) }]));
    const file = await logFile('a.zip');
    const callsBefore = apiCalls;
    const attempts: (() => unknown)[] = [
      () => file.stream(options),
      () => file.records(options),
      () => file.content(options),
      () => api.rawLogs.clicks.iterate('20160920', options),
      () => api.rawLogs.clicks.findAll('20160920', options),
    ];
    for (const attempt of attempts) {
      const err = await rejection(async () => attempt());
      expect(err).toBeInstanceOf(InvalidArgumentError);
      expect((err as InvalidArgumentError).argument).toBe(argument);
    }
    expect(apiCalls).toBe(callsBefore);
    expect(downloads.size).toBe(0);
  });
});

describe('records() cache and coerce', () => {
  it('caches per coerce and utcOffsetMinutes', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(3) }]));
    const file = await logFile('a.zip');
    const utc = await file.records({ coerce: true });
    const plus3 = await file.records({ coerce: true, utcOffsetMinutes: 180 });
    expect((utc[0]!['datetime'] as Date).toISOString()).toBe('2016-09-20T10:00:00.000Z');
    expect((plus3[0]!['datetime'] as Date).toISOString()).toBe('2016-09-20T07:00:00.000Z');
    expect(await file.records({ coerce: true })).toBe(utc);
    expect(downloads.get('a.zip')).toBe(2);
  });

  it.each([' ', '0x1A', 'Infinity', '12abc'])('refuses %j in a numeric column, naming the row', async (value) => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(5, { row: 3, column: 'offer_id', value }) }]));
    const err = await rejection(async () => (await logFile('a.zip')).records({ coerce: true }));
    expect(err).toBeInstanceOf(RawLogFormatError);
    expect((err as Error).message).toContain('row 5');
    expect((err as Error).message).toContain(JSON.stringify(value));
  });

  it('refuses a datetime that is not one, and keeps strings without coerce', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(5, { row: 1, column: 'datetime', value: 'garbage' }) }]));
    const file = await logFile('a.zip');
    const err = await rejection(async () => file.records({ coerce: true }));
    expect(err).toBeInstanceOf(RawLogFormatError);
    expect((err as Error).message).toMatch(/row 3: "garbage" is not a date/);
    expect((await file.records())[1]!['datetime']).toBe('garbage');
  });
});

describe('one LogFile read by two callers at once', () => {
  it('an abort by one caller does not fail the other', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(500) }]));
    const file = await logFile('a.zip');
    const controller = new AbortController();
    const reason = new Error('first caller gave up');
    const first = file.records({ signal: controller.signal });
    const second = file.content();
    controller.abort(reason);
    expect(await rejection(() => first)).toBe(reason);
    expect((await second).toString()).toBe(csv(500));
    expect(reason.message).toBe('first caller gave up');
  });
});

describe('one read shared by callers asking at once', () => {
  it('an abort by one of two records() callers leaves the other one its records', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(800) }]));
    const file = await logFile('a.zip');
    const a = new AbortController();
    const b = new AbortController();
    const first = file.records({ signal: a.signal });
    const second = file.records({ signal: b.signal });
    const reason = new Error('a gave up');
    a.abort(reason);
    expect(await rejection(() => first)).toBe(reason);
    expect(await second).toHaveLength(800);
    expect(downloads.get('a.zip')).toBe(1);
  });

  it('the read stops once every caller still waiting has aborted', async () => {
    zips.set('a.zip', buildZip([{ name: 'a.csv', data: csv(800) }]));
    modes.set('a.zip', 'reset-always');
    const file = await logFile('a.zip');
    const a = new AbortController();
    const b = new AbortController();
    const first = file.content({ signal: a.signal });
    const second = file.content({ signal: b.signal });
    while ((downloads.get('a.zip') ?? 0) < 1) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 100)); // the body broke; the wait before a retry is on
    a.abort(new Error('a'));
    b.abort(new Error('b'));
    expect(((await rejection(() => first)) as Error).message).toBe('a');
    expect(((await rejection(() => second)) as Error).message).toBe('b');
    await new Promise((r) => setTimeout(r, 400));
    expect(downloads.get('a.zip')).toBe(1); // no retry after both left
    // Nothing cached from the aborted read: the next call downloads afresh.
    modes.delete('a.zip');
    expect((await file.content()).toString()).toBe(csv(800));
    expect(downloads.get('a.zip')).toBe(2);
  });
});
