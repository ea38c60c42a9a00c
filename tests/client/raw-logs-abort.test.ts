/**
 * Aborting a period's iteration while getDownloadLink calls wait for the client's rate limiter:
 * the waiting calls leave the queue, and nothing is sent after the abort.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { startRawLogServer } from '../helpers/raw-log-server.js';
import type { RawLogServer } from '../helpers/raw-log-server.js';

let server: RawLogServer;
let api: HasOffersAPI;

beforeAll(async () => {
  server = await startRawLogServer(8, 50);
  // Two calls per 600 ms: the listing and one link go at once, the other links wait their turn.
  api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: 'abort-token', networkId: 'n', rateLimit: { calls: 2, windowMs: 600 }, retries: 0 });
});
afterAll(async () => {
  await api.close();
  await server.close();
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
    const { calls } = server;
    const before = calls.length;
    // Three more rate-limit windows: a queued call would have been sent by now.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const late = calls.slice(before).filter((call) => call.method === 'getDownloadLink');
    expect(late).toEqual([]);
    expect(calls.filter((call) => call.at > abortedAt && call.method === 'getDownloadLink')).toEqual([]);
  });
});
