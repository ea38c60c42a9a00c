/**
 * A call whose query string would pass 8 KB goes as a POST form body with the same parameters.
 * The server parses both forms with one parser and checks they arrive equal, byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { makeRedactor } from '../../src/transport/redact.js';
import { Transport } from '../../src/transport/transport.js';
import { MAX_QUERY_LENGTH } from '../../src/wire/request.js';
import type { TransportOptions } from '../../src/transport/transport.js';
import type { WirePair } from '../../src/wire/params.js';
import { envelope, sendJson, startServer, TOKEN } from './helpers.js';
import type { TestServer } from './helpers.js';

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('query strings above 8 KB go as a POST form', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A big header limit, so that the GET form can be compared at all (Node's default is 16 KB).
    server = await startServer((call, _req, res) => sendJson(res, envelope({}, call)), { maxHeaderSize: 256 * 1024 });
  });
  afterAll(async () => {
    await server.close();
  });

  function transport(extra: Partial<TransportOptions> = {}): Transport {
    return new Transport({
      endpoint: server.endpoint,
      networkToken: TOKEN,
      networkId: 'n',
      verify: true,
      retries: 0,
      retryTimeout: 0,
      timeout: 5000,
      backoff: { initialMs: 1, maxMs: 1 },
      rateLimit: false,
      maxResponseBytes: 1 << 20,
      logger: silent,
      redact: makeRedactor([TOKEN]),
      ...extra,
    });
  }

  it('sends a big findAll as a form body, equal to the GET it replaces', async () => {
    const api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false });
    const ids = Array.from({ length: 1500 }, (_, i) => 100_000 + i);
    await api.offers.findAll({ filters: { id: ids, name__like: '% ünïcødé & = + 🎉 %' }, fields: ['id', 'name'] });
    await api.close();
    const post = server.calls.at(-1)!;
    expect(post.method).toBe('POST');
    expect(post.contentType).toBe('application/x-www-form-urlencoded');
    expect(post.url).toBe('/Apiv3/json'); // nothing in the URL, the token included

    // The same call as a GET (no length limit) must carry exactly the same pairs, in the same order.
    const get = transport({ maxQueryLength: Number.POSITIVE_INFINITY });
    const params: WirePair[] = post.pairs.filter(([key]) => !['NetworkToken', 'NetworkId', 'Target', 'Method'].includes(key));
    await get.send({ target: 'Offer', method: 'findAll', params, safe: true });
    await get.close();
    const viaGet = server.calls.at(-1)!;
    expect(viaGet.method).toBe('GET');
    expect(viaGet.rawPairs.join('&').length).toBeGreaterThan(MAX_QUERY_LENGTH);
    expect(post.rawPairs).toEqual(viaGet.rawPairs);
    expect(post.pairs).toEqual(viaGet.pairs);
    expect(post.pairs.filter(([key]) => key === 'filters[id][]')).toHaveLength(1500);
    expect(post.params['filters[name][LIKE]']).toBe('% ünïcødé & = + 🎉 %');
    expect(post.params.NetworkToken).toBe(TOKEN);
  });

  it("is what makes such a call possible: a server with Node's default header limit refuses the GET (431)", async () => {
    const strict = await startServer((call, _req, res) => sendJson(res, envelope({}, call)));
    const params: WirePair[] = Array.from({ length: 1500 }, (_, i): WirePair => ['filters[id][]', String(100_000 + i)]);
    const get = transport({ endpoint: strict.endpoint, maxQueryLength: Number.POSITIVE_INFINITY });
    await expect(get.send({ target: 'Offer', method: 'findAll', params, safe: true })).rejects.toThrow(/HTTP 431/);
    const post = transport({ endpoint: strict.endpoint });
    await expect(post.send({ target: 'Offer', method: 'findAll', params, safe: true })).resolves.toBeDefined();
    await Promise.all([get.close(), post.close()]);
    await strict.close();
  });

  it('switches exactly above 8192 bytes of query string', async () => {
    const t = transport();
    const base = t.url({ target: 'Offer', method: 'findAll', params: [['x', '']] });
    const overhead = base.length - base.indexOf('?') - 1;
    await t.send({ target: 'Offer', method: 'findAll', params: [['x', 'a'.repeat(MAX_QUERY_LENGTH - overhead)]], safe: true });
    expect(server.calls.at(-1)!.method).toBe('GET');
    expect(server.calls.at(-1)!.rawPairs.join('&')).toHaveLength(MAX_QUERY_LENGTH);
    await t.send({ target: 'Offer', method: 'findAll', params: [['x', 'a'.repeat(MAX_QUERY_LENGTH - overhead + 1)]], safe: true });
    expect(server.calls.at(-1)!.method).toBe('POST');
    await t.close();
  });

  it('a write sent as a form is still never repeated after an unknown outcome', async () => {
    let n = 0;
    const flaky = await startServer((call, _req, res) => (n++ === 0 ? res.socket?.destroy() : sendJson(res, envelope({}, call))));
    const api = new HasOffersAPI({ endpoint: flaky.endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false, retries: 3 });
    await expect(api.offers.create({ name: 'big', description: 'd'.repeat(10_000) })).rejects.toThrow(/may or may not have been applied/);
    expect(flaky.calls).toHaveLength(1);
    expect(flaky.calls[0]!.method).toBe('POST');
    await api.close();
    await flaky.close();
  });
});
