/**
 * A hostile server on 127.0.0.1. Every case ends in a typed error or a correct retry, within its
 * timeout, with no unhandled rejection and no hang; a write is never repeated unless the answer
 * proves the server did not act, and a write whose outcome is unknown says so.
 */
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  HasOffersAPI,
  HasOffersError,
  InvalidResponseError,
  MaxRetriesExceededError,
  NetworkError,
  ResponseTooLargeError,
  TimeoutError,
  TsoffersError,
  UnknownOutcomeError,
} from '../../src/index.js';
import { envelope, errorEnvelope, eventually, startServer, TOKEN } from './helpers.js';
import type { Call, Handler, TestServer } from './helpers.js';

type ErrorClass = abstract new (...args: never[]) => Error;
interface Expectation {
  readonly error: ErrorClass;
  /** Requests the server must have seen (1 = not retried). */
  readonly calls: number;
  readonly message?: RegExp;
}
interface HostileCase {
  readonly name: string;
  /** A fresh handler per run (some count the requests they have seen). */
  readonly handler: Handler | { readonly fresh: () => Handler };
  readonly read: Expectation | 'ok';
  readonly write: Expectation | 'ok';
}

const RETRIES = 2;
const LIMIT = 64 * 1024;
const html = (res: ServerResponse, status: number, body = `<html><body><h1>${status}</h1></body></html>`) => {
  res.writeHead(status, { 'content-type': 'text/html' });
  res.end(body);
};
const raw = (res: ServerResponse, body: string | Buffer, headers: Record<string, string> = {}) => {
  res.writeHead(200, { 'content-type': 'application/json', ...headers });
  res.end(body);
};
/** Answers the first `times` requests with `bad`, then with a good envelope. */
function flaky(times: number, bad: Handler): { fresh: () => Handler } {
  return {
    fresh: () => {
      let n = 0;
      return (call, req, res) => (n++ < times ? bad(call, req, res) : raw(res, envelope({ Offer: { id: '1', name: 'ok' } }, call)));
    },
  };
}

const CASES: HostileCase[] = [
  { name: '500 with an HTML body', handler: (_c, _r, res) => html(res, 500), read: { error: InvalidResponseError, calls: RETRIES + 1, message: /HTTP 500/ }, write: { error: UnknownOutcomeError, calls: 1, message: /HTTP 500/ } },
  { name: '502 with an HTML body', handler: (_c, _r, res) => html(res, 502), read: { error: InvalidResponseError, calls: RETRIES + 1, message: /HTTP 502.*502/ }, write: { error: UnknownOutcomeError, calls: 1 } },
  { name: 'one 503, then a good answer (retried for reads only)', handler: flaky(1, (_c, _r, res) => html(res, 503)), read: 'ok', write: { error: UnknownOutcomeError, calls: 1 } },
  { name: '404 with an HTML body (not retried)', handler: (_c, _r, res) => html(res, 404), read: { error: InvalidResponseError, calls: 1, message: /HTTP 404/ }, write: { error: UnknownOutcomeError, calls: 1 } },
  { name: '429 with Retry-After, then a good answer (a refusal: retried for writes too)', handler: flaky(1, (_c, _r, res) => (res.writeHead(429, { 'retry-after': '0' }), res.end())), read: 'ok', write: 'ok' },
  { name: '429 every time', handler: (_c, _r, res) => (res.writeHead(429, { 'retry-after': '0' }), res.end()), read: { error: InvalidResponseError, calls: RETRIES + 1 }, write: { error: MaxRetriesExceededError, calls: RETRIES + 1 } },
  { name: '200 with HTML', handler: (_c, _r, res) => raw(res, '<!DOCTYPE html><html><body>Maintenance</body></html>', { 'content-type': 'text/html' }), read: { error: InvalidResponseError, calls: 1, message: /not JSON.*Maintenance/ }, write: { error: UnknownOutcomeError, calls: 1 } },
  { name: '200 with an empty body', handler: (_c, _r, res) => raw(res, ''), read: { error: InvalidResponseError, calls: 1, message: /empty body/ }, write: { error: UnknownOutcomeError, calls: 1 } },
  { name: 'truncated JSON', handler: (call, _r, res) => raw(res, envelope({ Offer: { id: '1' } }, call).slice(0, 40)), read: { error: InvalidResponseError, calls: 1, message: /not JSON/ }, write: { error: UnknownOutcomeError, calls: 1 } },
  { name: 'JSON that is not an object', handler: (_c, _r, res) => raw(res, '[1,2,3]'), read: { error: InvalidResponseError, calls: 1, message: /not an object/ }, write: { error: UnknownOutcomeError, calls: 1 } },
  { name: 'an envelope without `response`', handler: (_c, _r, res) => raw(res, '{"request":{},"data":{}}'), read: { error: InvalidResponseError, calls: 1, message: /without a "response" object/ }, write: { error: UnknownOutcomeError, calls: 1 } },
  { name: '`errors` as an object instead of a list', handler: (_c, _r, res) => raw(res, errorEnvelope({ err_code: 3, err_msg: 'Bad stuff' })), read: { error: HasOffersError, calls: 1, message: /Error code: 3\. Bad stuff/ }, write: { error: HasOffersError, calls: 1 } },
  { name: '`errors` as a string', handler: (_c, _r, res) => raw(res, errorEnvelope('Something broke')), read: { error: HasOffersError, calls: 1, message: /Something broke/ }, write: { error: HasOffersError, calls: 1 } },
  {
    name: 'a slow-drip answer',
    handler: (_c, _r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 25);
      res.on('close', () => clearInterval(timer));
    },
    read: { error: TimeoutError, calls: RETRIES + 1 },
    write: { error: UnknownOutcomeError, calls: 1, message: /timed out/ },
  },
  { name: 'a huge body with Content-Length', handler: (_c, _r, res) => raw(res, Buffer.alloc(LIMIT * 4, 32), { 'content-length': String(LIMIT * 4) }), read: { error: ResponseTooLargeError, calls: 1, message: /Content-Length/ }, write: { error: UnknownOutcomeError, calls: 1, message: /more than the limit/ } },
  {
    name: 'an endless chunked body',
    handler: (_c, _r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(16 * 1024, 32);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    read: { error: ResponseTooLargeError, calls: 1, message: /more than 65536 bytes/ },
    write: { error: UnknownOutcomeError, calls: 1 },
  },
  { name: 'a gzip bomb (small on the wire, huge inflated)', handler: (_c, _r, res) => raw(res, gzipSync(Buffer.alloc(LIMIT * 50, 32)), { 'content-encoding': 'gzip' }), read: { error: ResponseTooLargeError, calls: 1 }, write: { error: UnknownOutcomeError, calls: 1 } },
  {
    name: 'a redirect loop (Location carries the token)',
    handler: (call, _r, res) => (res.writeHead(302, { location: call.url }), res.end()),
    read: { error: InvalidResponseError, calls: 1, message: /redirect \(HTTP 302\).*not followed/ },
    write: { error: UnknownOutcomeError, calls: 1, message: /redirect/ },
  },
  {
    name: 'a socket closed mid-body',
    handler: (_c, _r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write('{"response":{"status":1,');
      setTimeout(() => res.socket?.destroy(), 10);
    },
    read: { error: NetworkError, calls: RETRIES + 1 },
    write: { error: UnknownOutcomeError, calls: 1 },
  },
  { name: 'a socket closed before any answer', handler: (_c, _r, res) => res.socket?.destroy(), read: { error: NetworkError, calls: RETRIES + 1 }, write: { error: UnknownOutcomeError, calls: 1 } },
  { name: 'a socket closed once, then a good answer', handler: flaky(1, (_c, _r, res) => res.socket?.destroy()), read: 'ok', write: { error: UnknownOutcomeError, calls: 1 } },
  {
    name: 'garbage instead of HTTP',
    handler: (_c, _r, res) => {
      res.socket?.end('SSH-2.0-OpenSSH_9.6\r\n\r\n');
    },
    read: { error: NetworkError, calls: RETRIES + 1 },
    write: { error: UnknownOutcomeError, calls: 1 },
  },
];

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('hostile server', () => {
  let server: TestServer | undefined;
  let api: HasOffersAPI | undefined;
  afterEach(async () => {
    await api?.close();
    await server?.close();
    server = undefined;
    api = undefined;
  });

  async function run(testCase: HostileCase, kind: 'read' | 'write'): Promise<{ result: unknown; calls: readonly Call[]; server: TestServer }> {
    server = await startServer(typeof testCase.handler === 'function' ? testCase.handler : testCase.handler.fresh());
    api = new HasOffersAPI({
      endpoint: server.endpoint,
      networkToken: TOKEN,
      networkId: 'n',
      retries: RETRIES,
      retryTimeout: 0.001,
      backoff: { initialMs: 1, maxMs: 5 },
      timeout: 400,
      maxResponseBytes: LIMIT,
      rateLimit: false,
    });
    const result = await (kind === 'read' ? api.offers.findById(1) : api.offers.create({ name: 'hostile' })).catch((error: unknown) => error);
    return { result, calls: server.calls, server };
  }

  for (const testCase of CASES) {
    for (const kind of ['read', 'write'] as const) {
      it(`${testCase.name}: ${kind}`, async () => {
        const { result, calls, server } = await run(testCase, kind);
        const expected = testCase[kind];
        if (expected === 'ok') {
          expect(result).not.toBeInstanceOf(Error);
          expect((result as { name?: unknown }).name).toBe('ok');
        } else {
          expect(result).toBeInstanceOf(expected.error);
          expect(result).toBeInstanceOf(TsoffersError);
          if (expected.message) expect((result as Error).message).toMatch(expected.message);
          expect(calls).toHaveLength(expected.calls);
          expect(JSON.stringify(result) + String(result) + ((result as Error).stack ?? '')).not.toContain(TOKEN);
        }
        // Nothing keeps a connection open once the call has ended.
        await api?.close();
        await eventually(() => server.openSockets() === 0);
        expect(unhandled).toEqual([]);
      });
    }
  }

  it(`covers ${CASES.length} hostile answers`, () => {
    console.info(`[hostile] ${CASES.length} cases × read/write = ${CASES.length * 2} runs`);
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });
});
