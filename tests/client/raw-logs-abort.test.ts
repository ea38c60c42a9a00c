/**
 * Aborting a period's iteration while getDownloadLink calls wait for the client's rate limiter:
 * the waiting calls leave the queue, and nothing is sent after the abort.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { buildZip } from '../rawlog/helpers.js';

const FILES = Array.from({ length: 8 }, (_, index) => `20160920/clicks-${1474329600 + index * 3600}.zip`);
const zip = buildZip([{ name: 'a.csv', data: 'transaction_id,offer_id\r\n' + Array.from({ length: 50 }, (_, i) => `t${i},1`).join('\r\n') + '\r\n' }]);
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
let api: HasOffersAPI;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Two calls per 600 ms: the listing and one link go at once, the other links wait their turn.
  api = new HasOffersAPI({ endpoint: `${base}/Apiv3/json`, networkToken: 'abort-token', networkId: 'n', rateLimit: { calls: 2, windowMs: 600 }, retries: 0 });
});
afterAll(async () => {
  await api.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('aborting rawLogs.iterate', () => {
  it('sends no getDownloadLink call after the abort, and settles at once', async () => {
    const controller = new AbortController();
    let records = 0;
    let abortedAt = 0;
    const error = await (async () => {
      for await (const _ of api.rawLogs.clicks.iterate('20160920', { concurrency: 4, signal: controller.signal })) {
        records++;
        if (records === 1) {
          abortedAt = Date.now();
          controller.abort(new Error('stop'));
        }
      }
    })().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect((error as Error).message).toBe('stop');
    expect(Date.now() - abortedAt).toBeLessThan(1000);
    const before = calls.length;
    // Three more rate-limit windows: a queued call would have been sent by now.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const late = calls.slice(before).filter((call) => call.method === 'getDownloadLink');
    expect(late).toEqual([]);
    expect(calls.filter((call) => call.at > abortedAt && call.method === 'getDownloadLink')).toEqual([]);
  });
});
