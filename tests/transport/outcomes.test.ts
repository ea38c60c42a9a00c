/**
 * Truthful outcomes (issue 13): a write that never left this machine is reported as not sent
 * (fetch refused port 9 before connecting, and that was reported as "may or may not have been
 * applied"); rate-limit exhaustion is a HasOffersError, as pyoffers' MaxRetriesExceeded is a
 * HasOffersException; an object-valued `publicMessage` (with keys such as `toString`, which made
 * `String()` throw) is still a HasOffersError, never a NetworkError.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HasOffersAPI, HasOffersError, MaxRetriesExceededError, NetworkError, RateLimitError, UnknownOutcomeError } from '../../src/index.js';
import { errorEnvelope, RATE_LIMIT_ENVELOPE, sendJson, startServer, TOKEN } from './helpers.js';
import type { TestServer } from './helpers.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function client(endpoint: string, extra: Partial<ConstructorParameters<typeof HasOffersAPI>[0]> = {}): HasOffersAPI {
  return new HasOffersAPI({ endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false, retries: 2, retryTimeout: 0.001, backoff: { initialMs: 1, maxMs: 2 }, ...extra });
}

describe('truthful outcomes', () => {
  let api: HasOffersAPI | undefined;
  let server: TestServer | undefined;
  afterEach(async () => {
    await api?.close();
    await server?.close();
    api = undefined;
    server = undefined;
  });

  for (const [name, port] of [
    ['port 9 (which fetch refuses locally)', async () => 9],
    ['a closed port (connection refused)', closedPort],
  ] as const) {
    it(`a write to ${name} is reported as not sent, not as an unknown outcome`, async () => {
      api = client(`http://127.0.0.1:${await port()}/Apiv3/json`);
      const error = await api.offers.create({ name: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).not.toBeInstanceOf(UnknownOutcomeError);
      expect((error as Error).message).toMatch(/not sent/);
      expect((error as Error).message).not.toMatch(/may or may not/);
      expect(String(error) + JSON.stringify(error)).not.toContain(TOKEN);
    });
  }

  it('MaxRetriesExceededError is a HasOffersError carrying the last rate-limit answer', async () => {
    server = await startServer((_call, _req, res) => sendJson(res, RATE_LIMIT_ENVELOPE));
    api = client(server.endpoint, { retries: 1 });
    const error = await api.offers.findAll().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MaxRetriesExceededError);
    expect(error).toBeInstanceOf(HasOffersError);
    expect((error as MaxRetriesExceededError).attempts).toBe(2);
    expect((error as MaxRetriesExceededError).lastError).toBeInstanceOf(RateLimitError);
    expect((error as HasOffersError).errors[0]?.err_msg).toMatch(/rate limit/);
    expect(server.calls).toHaveLength(2);
  });

  for (const publicMessage of [{ toString: 'x' }, { valueOf: 1, toString: [] }, { text: 'Offer not found', code: 7 }, ['a', 'b'], null]) {
    it(`an error answer whose publicMessage is ${JSON.stringify(publicMessage)} stays a HasOffersError`, async () => {
      server = await startServer((call, _req, res) => sendJson(res, errorEnvelope([{ publicMessage }], call)));
      api = client(server.endpoint);
      const error = await api.offers.findById(1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HasOffersError);
      expect(error).not.toBeInstanceOf(NetworkError);
      expect(typeof (error as Error).message).toBe('string');
      expect(String(error)).toContain('HasOffersError');
      // Not repeated: HasOffers refused it.
      expect(server.calls).toHaveLength(1);
    });
  }

  it('an errors list holding a bare string or null stays a HasOffersError', async () => {
    server = await startServer((call, _req, res) => sendJson(res, errorEnvelope(['Offer not found', null], call)));
    api = client(server.endpoint);
    const error = await api.offers.findById(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HasOffersError);
    expect((error as Error).message).toContain('Offer not found');
  });
});
