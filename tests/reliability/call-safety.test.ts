/**
 * `api.call(target, method)` takes the table's read/write classification (the documented verb)
 * when it knows the method: a documented read is retried after a dropped connection, a documented
 * write is never repeated, and a method the table does not know falls back to the name rule.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, UnknownOutcomeError } from '../../src/index.js';

const seen = new Map<string, number>();
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const key = `${url.searchParams.get('Target')}.${url.searchParams.get('Method')}`;
  const count = (seen.get(key) ?? 0) + 1;
  seen.set(key, count);
  // The first attempt of every call is cut off after the request arrived: its outcome is unknown.
  if (count === 1) {
    req.socket.destroy();
    return;
  }
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ request: {}, response: { status: 1, httpStatus: 200, data: true, errors: [], errorMessage: null } }));
});
let api: HasOffersAPI;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = new HasOffersAPI({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/Apiv3/json`, networkToken: 'safety-token', networkId: 'n', rateLimit: false, retries: 2, backoff: { initialMs: 1, maxMs: 5 } });
});
afterAll(async () => {
  await api.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('api.call follows the table', () => {
  it.each([
    ['AffiliateUser', 'uniqueEmail', 'documented GET, a read the name rule would call a write'],
    ['Offer', 'simpleFind', 'a read by the reviewed list (2013 edition only)'],
    ['Goal', 'generateTracking', 'documented GET'],
    ['Offer', 'getPixels', 'documented GET'],
  ])('retries %s.%s (%s)', async (target, method) => {
    await expect(api.call(target, method, {})).resolves.toBe(true);
    expect(seen.get(`${target}.${method}`)).toBe(2);
  });

  it.each([
    ['Offer', 'addTargetCountry', 'documented PUT'],
    ['Advertiser', 'addAccountNote', 'documented POST'],
    ['Offer', 'setSomethingNew', 'not in the table: a write by the name rule'],
  ])('never repeats %s.%s (%s)', async (target, method) => {
    await expect(api.call(target, method, {})).rejects.toThrow(UnknownOutcomeError);
    expect(seen.get(`${target}.${method}`)).toBe(1);
  });
});
