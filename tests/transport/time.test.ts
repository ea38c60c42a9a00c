/**
 * Time: per-attempt timeouts that cover the body, AbortSignal on every call (retry waits, limiter
 * waits and the query builder's iteration included), and nothing left behind afterwards: no
 * timer in the process, no socket open on the server.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HasOffersAPI, TimeoutError, UnknownOutcomeError } from '../../src/index.js';
import type { HasOffersOptions } from '../../src/index.js';
import { envelope, eventually, RATE_LIMIT_ENVELOPE, sendJson, startServer, TOKEN } from './helpers.js';
import type { Handler, TestServer } from './helpers.js';

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

let server: TestServer | undefined;
let api: HasOffersAPI | undefined;
afterEach(async () => {
  await api?.close();
  await server?.close();
  api = undefined;
  server = undefined;
});

async function setup(handler: Handler, options: Partial<HasOffersOptions> = {}): Promise<{ server: TestServer; api: HasOffersAPI }> {
  server = await startServer(handler);
  api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false, retries: 0, ...options });
  return { server, api };
}

const stall: Handler = () => undefined;

function abortError(reason = 'user abort'): Error {
  return Object.assign(new Error(reason), { name: 'AbortError' });
}

describe('timeouts', () => {
  it('a read that gets no answer fails with TimeoutError once its time is up', async () => {
    const { api } = await setup(stall, { timeout: 150 });
    await expect(api.offers.findAll()).rejects.toBeInstanceOf(TimeoutError);
  });

  it('a write that gets no answer fails with UnknownOutcomeError and is not repeated', async () => {
    const { api, server } = await setup(stall, { timeout: 150, retries: 3 });
    const error = await api.offers.create({ name: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect((error as Error).message).toMatch(/may or may not have been applied.*timed out after 150 ms/s);
    expect(server.calls).toHaveLength(1);
  });

  it('the timeout covers a body that drips slowly after quick headers', async () => {
    const { api, server } = await setup(
      (_call, _req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"response":');
        const timer = setInterval(() => res.write(' '), 20);
        res.on('close', () => clearInterval(timer));
      },
      { timeout: 200 },
    );
    await expect(api.offers.findAll()).rejects.toBeInstanceOf(TimeoutError);
    await eventually(() => server.openSockets() === 0);
  });

  it('a safe call is retried after a timeout and then succeeds', async () => {
    let n = 0;
    const { api, server } = await setup((call, _req, res) => (n++ === 0 ? undefined : sendJson(res, envelope({}, call))), {
      timeout: 150,
      retries: 2,
      backoff: { initialMs: 1, maxMs: 5 },
    });
    await expect(api.offers.findAll()).resolves.toEqual([]);
    expect(server.calls).toHaveLength(2);
  });

  it('checks the timeout option', async () => {
    await expect(setup(stall, { timeout: 0 })).rejects.toThrow(/Invalid timeout/);
  });
});

describe('AbortSignal', () => {
  it('aborting a call in flight rejects with the reason and closes its socket; no timer stays', async () => {
    const { api, server } = await setup(stall, { timeout: 60_000 });
    const before = timers();
    const controller = new AbortController();
    const pending = api.offers.findAll({}, { signal: controller.signal });
    await eventually(() => server.calls.length === 1);
    controller.abort(abortError());
    await expect(pending).rejects.toThrow('user abort');
    expect(timers()).toBeLessThanOrEqual(before);
    await eventually(() => server.openSockets() === 0);
  });

  it('an already-aborted signal sends nothing', async () => {
    const { api, server } = await setup(stall);
    await expect(api.offers.findAll({}, { signal: AbortSignal.abort(abortError('early')) })).rejects.toThrow('early');
    expect(server.calls).toHaveLength(0);
  });

  it('aborting during the backoff between retries stops at once', async () => {
    const { api, server } = await setup((_call, _req, res) => sendJson(res, '<html>busy</html>', 503), {
      retries: 5,
      backoff: { initialMs: 30_000, maxMs: 30_000 },
    });
    const before = timers();
    const controller = new AbortController();
    const pending = api.offers.findAll({}, { signal: controller.signal });
    await eventually(() => server.calls.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort(abortError());
    await expect(pending).rejects.toThrow('user abort');
    expect(server.calls).toHaveLength(1);
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('aborting during a rate-limit wait stops at once', async () => {
    const { api, server } = await setup((_call, _req, res) => sendJson(res, RATE_LIMIT_ENVELOPE), { retries: 5, retryTimeout: 30 });
    const before = timers();
    const controller = new AbortController();
    const pending = api.call('Offer', 'create', { data: { name: 'x' } }, { signal: controller.signal });
    await eventually(() => server.calls.length === 1);
    controller.abort(abortError());
    await expect(pending).rejects.toThrow('user abort');
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('aborting while waiting for the client rate limiter stops at once and sends nothing more', async () => {
    const { api, server } = await setup((call, _req, res) => sendJson(res, envelope({}, call)), { rateLimit: { calls: 1, windowMs: 60_000 } });
    await api.offers.findAll();
    const before = timers();
    const controller = new AbortController();
    const pending = api.offers.findAll({}, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort(abortError());
    await expect(pending).rejects.toThrow('user abort');
    expect(server.calls).toHaveLength(1);
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('for await over the query builder stops on abort between pages and inside a page', async () => {
    const pageCount = 5;
    const { api, server } = await setup((call, _req, res) => {
      const page = Number(call.params.page ?? 1);
      if (page === 3) return; // stalls: the abort must end it
      const offers = Object.fromEntries([1, 2].map((i) => [String(page * 10 + i), { Offer: { id: String(page * 10 + i), name: `o${page}${i}` } }]));
      sendJson(res, envelope({ page, current: 2, count: pageCount * 2, pageCount, data: offers }, call));
    });
    const before = timers();
    const controller = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const offer of api.offers.query().limit(2).iterate({ signal: controller.signal })) {
        seen.push(String(offer.id));
        if (seen.length === 4) setTimeout(() => controller.abort(abortError('stop iterating')), 20);
      }
    })();
    await expect(run).rejects.toThrow('stop iterating');
    expect(seen).toEqual(['11', '12', '21', '22']);
    expect(server.calls.map((call) => call.params.page)).toEqual([undefined, '2', '3']);
    expect(timers()).toBeLessThanOrEqual(before);
    await eventually(() => server.openSockets() === 0 || server.calls.length === 3);
  });
});
