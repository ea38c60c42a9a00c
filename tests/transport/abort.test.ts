/**
 * Abort and close (issue 13, "Abort"): a call waiting for the client-side rate limiter leaves the
 * queue at once when aborted and is never sent; `api.close()` refuses every queued call at once, so
 * nothing is sent after it and no timer keeps the process alive; many calls sharing one signal do
 * not add a listener each to it (Node warns past ten: MaxListenersExceededWarning).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HasOffersAPI, NetworkError } from '../../src/index.js';
import { envelope, sendJson, startServer, TOKEN } from './helpers.js';
import type { TestServer } from './helpers.js';

const OFFER = { page: 1, current: 1, count: 1, pageCount: 1, data: { 1: { Offer: { id: '1', name: 'o' } } } };

/** Settles with the promise's outcome, or with 'pending' when it has not settled within `ms` (a bound far above the expected moment). */
function within<T>(promise: Promise<T>, ms: number): Promise<{ value?: T; error?: unknown } | 'pending'> {
  return Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms).unref()),
  ]);
}

describe('abort and close', () => {
  let server: TestServer;
  let api: HasOffersAPI | undefined;
  afterEach(async () => {
    await api?.close();
    await server?.close();
    api = undefined;
  });

  async function setup(options: { calls: number; windowMs: number; delayMs?: number }): Promise<HasOffersAPI> {
    server = await startServer((call, _req, res) => {
      const answer = () => sendJson(res, envelope(OFFER, call));
      if (options.delayMs) setTimeout(answer, options.delayMs);
      else answer();
    });
    api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: { calls: options.calls, windowMs: options.windowMs } });
    return api;
  }

  it('a call waiting for the limiter leaves the queue when aborted, and is never sent', async () => {
    const client = await setup({ calls: 1, windowMs: 30_000 });
    await client.offers.findAll();
    const controller = new AbortController();
    const waiting = client.offers.findAll({}, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 30));
    controller.abort(new Error('user stop'));
    const outcome = await within(waiting, 2_000);
    expect(outcome).not.toBe('pending');
    expect((outcome as { error?: Error }).error?.message).toBe('user stop');
    expect(server.calls).toHaveLength(1);
  });

  it('api.close() refuses every queued call at once; nothing is sent after it', async () => {
    const client = await setup({ calls: 1, windowMs: 400 });
    await client.offers.findAll();
    // Queued behind the limiter, without signals (as rawLogs' shared getDownloadLink calls are).
    const queued = [client.offers.findAll(), client.offers.findAll(), client.call('RawLog', 'getDownloadLink', { log_type: 'clicks', log_filename: 'a.zip' })];
    await new Promise((resolve) => setTimeout(resolve, 20));
    const closing = client.close();
    for (const call of queued) {
      const outcome = await within(call, 300);
      expect(outcome).not.toBe('pending');
      expect((outcome as { error?: unknown }).error).toBeInstanceOf(NetworkError);
      expect(((outcome as { error: Error }).error).message).toMatch(/not sent.*closed|closed.*not sent/);
    }
    await closing;
    // Long after the window: nothing more reached the server.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.calls).toHaveLength(1);
    await expect(client.offers.findAll()).rejects.toBeInstanceOf(NetworkError);
    expect(server.calls).toHaveLength(1);
  });

  for (const [name, options] of [
    ['queued behind the limiter', { calls: 1, windowMs: 50 }],
    ['in flight at once', { calls: 100, windowMs: 10, delayMs: 50 }],
  ] as const) {
    it(`twelve calls sharing one signal (${name}) print no MaxListenersExceededWarning`, async () => {
      const client = await setup(options);
      const warnings: Error[] = [];
      const onWarning = (warning: Error) => warnings.push(warning);
      process.on('warning', onWarning);
      try {
        const shared = new AbortController();
        const results = await Promise.all(Array.from({ length: 12 }, () => client.offers.findAll({}, { signal: shared.signal })));
        expect(results).toHaveLength(12);
        await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        process.off('warning', onWarning);
      }
      expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning').map((warning) => warning.message)).toEqual([]);
    });
  }
});
