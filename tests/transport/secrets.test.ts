/**
 * The NetworkToken never leaks: every call type runs at verbosity 3 against a server that fails in
 * every way it can (echoing the token back in bodies, errors and redirects), and everything
 * printed, logged or thrown (messages, stacks, `cause` chains, util.inspect, JSON.stringify) is
 * searched for the token in every form it can take on the wire.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import type { Logger } from '../../src/index.js';
import { encodeComponent } from '../../src/wire/encode.js';
import { sendJson, startServer } from './helpers.js';
import type { Call, TestServer } from './helpers.js';

/** Characters that change under URL and JSON encoding, so every form of it is exercised. */
const SECRET = 'tsk+SECRET/Net=Token-7f3a9c';
const FORMS = [SECRET, encodeURIComponent(SECRET), encodeComponent(SECRET), SECRET.replace(/\//g, '\\/'), 'SECRET/Net=Token', 'SECRET%2FNet'];

type Mode = 'ok' | 'hasoffers-error-echo' | 'rate-limit' | '500-echo' | '200-html-echo' | 'not-json-echo' | 'redirect' | 'drop' | 'stall' | 'too-large';
const MODES: readonly Mode[] = ['ok', 'hasoffers-error-echo', 'rate-limit', '500-echo', '200-html-echo', 'not-json-echo', 'redirect', 'drop', 'stall', 'too-large'];

/** The request echo the way PHP's json_encode writes it (slashes escaped), token included. */
function phpEcho(call: Call): string {
  return JSON.stringify(call.params).replace(/\//g, '\\/');
}

type Loose = Record<string, (...args: unknown[]) => Promise<unknown>>;

describe('the NetworkToken never appears in logs, errors or inspections', () => {
  let server: TestServer;
  let mode: Mode = 'ok';
  const lines: string[] = [];
  const written: string[] = [];
  let api: HasOffersAPI;

  beforeAll(async () => {
    server = await startServer((call, _req, res) => {
      const echo = phpEcho(call);
      switch (mode) {
        case 'ok': {
          const offer = { id: '1', name: 'o' };
          const data = call.params.Method === 'findAll' ? { page: 1, current: 1, count: 1, pageCount: 1, data: { 1: { Offer: offer } } } : call.params.Method === 'findAllIds' ? ['1'] : { Offer: offer, Affiliate: { id: '1' }, AffiliateUser: { id: '1' }, OfferFile: { id: '1' } };
          sendJson(res, `{"request":${echo},"response":{"status":1,"httpStatus":200,"data":${JSON.stringify(data)},"errors":[],"errorMessage":null}}`);
          return;
        }
        case 'hasoffers-error-echo':
          sendJson(res, `{"request":${echo},"response":{"status":-1,"data":"","errors":[{"publicMessage":"NetworkToken ${SECRET.replace(/\//g, '\\/')} is not valid","err_msg":${JSON.stringify(call.url)},"${SECRET}":"key"}],"errorMessage":"${SECRET.replace(/\//g, '\\/')}"}}`);
          return;
        case 'rate-limit':
          sendJson(res, `{"request":${echo},"response":{"status":-1,"data":"","errors":[{"err_code":1,"err_msg":"API usage exceeded rate limit for ${SECRET}"}]}}`);
          return;
        case '500-echo':
          res.writeHead(500, { 'content-type': 'text/html' });
          res.end(`<html><body>Fatal error while serving ${call.url} (token ${SECRET})</body></html>`);
          return;
        case '200-html-echo':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end(`<html><body>Login required for ${call.url}</body></html>`);
          return;
        case 'not-json-echo':
          sendJson(res, `{"request":${echo},"response":{"status":1,"data":{"x": "${SECRET}`);
          return;
        case 'redirect':
          res.writeHead(301, { location: `https://evil.example${call.url}` });
          res.end();
          return;
        case 'drop':
          res.socket?.destroy();
          return;
        case 'stall':
          return;
        case 'too-large':
          sendJson(res, `{"request":${echo},"pad":"${'x'.repeat(70_000)}"}`);
          return;
      }
    });
    const logger: Logger = {
      debug: (message) => lines.push(message),
      info: (message) => lines.push(message),
      warn: (message) => lines.push(message),
      error: (message) => lines.push(message),
    };
    api = new HasOffersAPI({
      endpoint: server.endpoint,
      networkToken: SECRET,
      networkId: 'n',
      verbosity: 3,
      logger,
      retries: 1,
      retryTimeout: 0.001,
      backoff: { initialMs: 1, maxMs: 2 },
      timeout: 300,
      maxResponseBytes: 64 * 1024,
      rateLimit: { calls: 1000, windowMs: 1000 },
    });
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        written.push(String(chunk));
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write);
    }
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await api.close();
    await server.close();
  });

  /** Everything an error exposes: message, stack, inspect (hidden fields, cause chain), JSON. */
  function exposure(error: unknown): string {
    const parts: string[] = [inspect(error, { depth: 20, showHidden: true }), JSON.stringify(error) ?? ''];
    let current: unknown = error;
    for (let depth = 0; depth < 10 && current; depth++) {
      if (current instanceof Error) parts.push(String(current), current.message, current.stack ?? '');
      parts.push(JSON.stringify(current) ?? '');
      current = (current as { cause?: unknown }).cause;
    }
    return parts.join('\n');
  }

  it('holds for every call type under every failure', async () => {
    mode = 'ok';
    const offer = (await api.offers.findById(1)) as unknown as Loose;
    const offers = api.offers as unknown as Loose;
    const calls: [string, () => Promise<unknown>][] = [
      ['findAll', () => offers.findAll!({ filters: { id__gt: 1 }, limit: 5 })],
      ['findById', () => offers.findById!(1, { fields: ['id', 'name'] })],
      ['findAllIds', () => offers.findAllIds!()],
      ['create', () => offers.create!({ name: 'n' })],
      ['update', () => offers.update!(1, { name: 'n' })],
      ['delete', () => offers.delete!(1)],
      ['generated call', () => offers.addTargetCountry!(1, 'ES')],
      ['custom method', () => offers.generateTrackingLink!(1, 2, { tinyUrl: true })],
      ['custom two-step method', () => (api.affiliates as unknown as Loose).createWithUser!({ email: 'a@b.c', password: 'pw' }, { company: 'c' })],
      ['instance method', () => offer.addCategory!(3)],
      ['api.call', () => api.call('Offer', 'findAll', { filters: { id: 1 } })],
      ['manager.call', () => offers.call!('getCategories', { id: 1 })],
      ['query().all()', () => api.offers.query().where('id').gt(1).all()],
      ['query().ids()', () => api.offers.query().ids()],
      [
        'for await',
        async () => {
          for await (const item of api.offers.query().limit(1)) void item;
        },
      ],
      ['upload', () => (api.offerFiles as unknown as Loose).create!(new Uint8Array([1, 2, 3]), { display: 'd', type: 'offer thumbnail', offer_id: 1, filename: 'f.jpg' })],
    ];
    const thrown: string[] = [];
    let failures = 0;
    for (const current of MODES) {
      mode = current;
      await Promise.all(
        calls.map(async ([name, run]) => {
          try {
            const result = await run();
            thrown.push(`${current}/${name} result: ${inspect(result, { depth: 10 })}`);
          } catch (error) {
            failures++;
            thrown.push(`${current}/${name}: ${exposure(error)}`);
          }
        }),
      );
    }
    const client = [inspect(api, { depth: 10, showHidden: true }), inspect(api, { depth: 5, customInspect: false, showHidden: true }), JSON.stringify(api), String(api)].join('\n');
    const everything = [...lines, ...written, ...thrown, client].join('\n');
    for (const form of FORMS) expect(everything).not.toContain(form);
    // The test saw what it claims: each failure mode failed, and the logs held the echoes (redacted).
    expect(failures).toBeGreaterThanOrEqual((MODES.length - 1) * calls.length - 2);
    expect(lines.some((line) => line.includes('"NetworkToken":"***"'))).toBe(true);
    expect(lines.length).toBeGreaterThan(100);
    expect(thrown.some((text) => text.includes('evil.example'))).toBe(true);
  });
});
