/**
 * The api_key is a secret exactly like the NetworkToken: the Affiliate and Advertiser clients run
 * every kind of call at verbosity 3 against a server that fails in every way it can (echoing the
 * key back in bodies, HasOffers errors, HTML pages, redirects; dropping, stalling, answering too
 * much), and everything logged, printed or thrown (messages, stacks, cause chains, util.inspect,
 * JSON.stringify of clients and errors, URLs kept on errors) is searched for the key in every
 * form it takes on the wire.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AdvertiserAPI, AffiliateAPI } from '../../src/index.js';
import type { Logger } from '../../src/index.js';
import { encodeComponent } from '../../src/wire/encode.js';
import { sendJson, startServer } from '../transport/helpers.js';
import type { Call, TestServer } from '../transport/helpers.js';

const KEY = 'afk+SECRET/Api=Key-51c0de';
const ADV_KEY = 'adk+SECRET/Adv=Key-77beef';
const forms = (secret: string) => [secret, encodeURIComponent(secret), encodeComponent(secret), secret.replace(/\//g, '\\/'), secret.slice(4, 20), encodeURIComponent(secret.slice(4, 16))];

type Mode = 'ok' | 'hasoffers-error-echo' | 'rate-limit' | '500-echo' | '200-html-echo' | 'not-json-echo' | 'redirect' | 'drop' | 'stall' | 'too-large';
const MODES: readonly Mode[] = ['ok', 'hasoffers-error-echo', 'rate-limit', '500-echo', '200-html-echo', 'not-json-echo', 'redirect', 'drop', 'stall', 'too-large'];

function phpEcho(call: Call): string {
  return JSON.stringify(call.params).replace(/\//g, '\\/');
}

type Loose = Record<string, (...args: unknown[]) => Promise<unknown>>;

describe('the api_key never appears in logs, errors or inspections', () => {
  let server: TestServer;
  let mode: Mode = 'ok';
  const lines: string[] = [];
  const written: string[] = [];
  let aff: AffiliateAPI;
  let adv: AdvertiserAPI;

  beforeAll(async () => {
    server = await startServer((call, _req, res) => {
      const echo = phpEcho(call);
      const key = call.params.api_key ?? '';
      const escaped = key.replace(/\//g, '\\/');
      switch (mode) {
        case 'ok': {
          const offer = { id: '1', name: 'o' };
          const method = call.params.Method ?? '';
          const data = /^find(All|My)/.test(method) || method === 'getStats' || method === 'getConversions' ? { page: 1, current: 1, count: 1, pageCount: 1, data: { 1: { Offer: offer, Stat: { clicks: '1' } } } } : { Offer: offer };
          sendJson(res, `{"request":${echo},"response":{"status":1,"httpStatus":200,"data":${JSON.stringify(data)},"errors":[],"errorMessage":null}}`);
          return;
        }
        case 'hasoffers-error-echo':
          sendJson(res, `{"request":${echo},"response":{"status":-1,"data":"","errors":[{"publicMessage":"api_key ${escaped} is not authenticated","err_msg":${JSON.stringify(call.url)},"${key}":"key"}],"errorMessage":"${escaped}"}}`);
          return;
        case 'rate-limit':
          sendJson(res, `{"request":${echo},"response":{"status":-1,"data":"","errors":[{"err_code":1,"err_msg":"API usage exceeded rate limit for ${escaped}"}]}}`);
          return;
        case '500-echo':
          res.writeHead(500, { 'content-type': 'text/html' });
          res.end(`<html><body>Fatal error while serving ${call.url} (key ${key})</body></html>`);
          return;
        case '200-html-echo':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end(`<html><body>Login required for ${call.url}</body></html>`);
          return;
        case 'not-json-echo':
          sendJson(res, `{"request":${echo},"response":{"status":1,"data":{"x": "${escaped}`);
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
    const common = { endpoint: server.endpoint, verbosity: 3, logger, retries: 1, retryTimeout: 0.001, backoff: { initialMs: 1, maxMs: 2 }, timeout: 300, maxResponseBytes: 64 * 1024, rateLimit: { calls: 1000, windowMs: 1000 } } as const;
    aff = new AffiliateAPI({ ...common, apiKey: KEY, networkId: 'n' });
    adv = new AdvertiserAPI({ ...common, apiKey: ADV_KEY });
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
    await aff.close();
    await adv.close();
    await server.close();
  });

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

  it('holds for every call type of both APIs under every failure', async () => {
    const offers = aff.offers as unknown as Loose;
    const calls: [string, () => Promise<unknown>][] = [
      ['findMyOffers', () => aff.offers.findMyOffers({ fields: ['name'], limit: 5 })],
      ['findById', () => aff.offers.findById(1, { fields: ['name'] })],
      ['findAll', () => offers.findAll!({ filters: { name: 'x' } })],
      ['generateTrackingLink', () => aff.offers.generateTrackingLink({ offer_id: 1 })],
      ['supplement method', () => aff.offers.findMyApprovedOffers({ limit: 1 })],
      ['aff.call', () => aff.call('Affiliate_Offer', 'findMyOffers', { limit: 1 })],
      ['manager.call', () => offers.call!('getCategories', { ids: [1] })],
      ['query().all()', () => aff.offers.query('findMyOffers').fields('name').all()],
      ['affiliate report', () => aff.reports.getStats().fields('Stat.clicks').page()],
      ['advertiser report', () => adv.reports.getStats().fields('Stat.clicks').page()],
      ['advertiser conversions', () => adv.reports.getConversions().fields('Stat.id').page()],
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
    const clients = [aff, adv].flatMap((client) => [inspect(client, { depth: 10, showHidden: true }), inspect(client, { depth: 5, customInspect: false, showHidden: true }), JSON.stringify(client), String(client)]).join('\n');
    const everything = [...lines, ...written, ...thrown, clients].join('\n');
    for (const form of [...forms(KEY), ...forms(ADV_KEY)]) expect(everything).not.toContain(form);
    // The test saw what it claims: the failures failed, the keys went out, and the logs held the echoes (redacted).
    expect(failures).toBeGreaterThanOrEqual((MODES.length - 1) * calls.length - 2);
    expect(server.calls.some((call) => call.params.api_key === KEY)).toBe(true);
    expect(server.calls.some((call) => call.params.api_key === ADV_KEY)).toBe(true);
    expect(lines.some((line) => line.includes('"api_key":"***"'))).toBe(true);
    expect(lines.length).toBeGreaterThan(100);
    expect(thrown.some((text) => text.includes('evil.example'))).toBe(true);
  });
});
