/**
 * Secrets besides the plain NetworkToken (issue 13, "Secrets"): a signed download link
 * (X-Amz-Signature) is never logged, at any verbosity; credentials in the endpoint
 * (`https://user:pass@…`) go as HTTP Basic auth and appear nowhere (messages, logs,
 * JSON.stringify/util.inspect of the client); the token written with `\uXXXX` escapes in an answer's
 * JSON text is redacted like its plain form.
 */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import type { Logger } from '../../src/index.js';
import { envelope, sendJson, startServer, TOKEN } from './helpers.js';
import type { TestServer } from './helpers.js';

const SIGNATURE = 'c0ffee5ignature0123456789abcdef';
const CREDENTIAL = 'AKIAEXAMPLE%2F20160920%2Fus-east-1';
const LINK = `https://s3.amazonaws.com/logs/clicks/20160920/a.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${CREDENTIAL}&X-Amz-Expires=600&X-Amz-Signature=${SIGNATURE}`;

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const push = (message: string) => void lines.push(message);
  return { lines, logger: { debug: push, info: push, warn: push, error: push } };
}

/** Every character of the text as a `\uXXXX` escape (a JSON encoder may write any character so). */
function escapeAll(text: string): string {
  return [...text].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

describe('secrets other than the plain token', () => {
  let server: TestServer;
  let api: HasOffersAPI | undefined;
  afterEach(async () => {
    await api?.close();
    await server?.close();
    api = undefined;
  });

  it('never logs the signature of a signed download link, at verbosity 3', async () => {
    server = await startServer((call, _req, res) => sendJson(res, envelope(LINK, call).replace(/\//g, '\\/')));
    const { logger, lines } = capture();
    api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false, verbosity: 3, logger });
    const link = await api.call('RawLog', 'getDownloadLink', { log_type: 'clicks', log_filename: 'a.zip' }, { raw: true });
    // The data itself keeps the link working.
    expect(link).toBe(LINK);
    expect(lines.length).toBeGreaterThan(0);
    const text = lines.join('\n');
    expect(text).toContain('getDownloadLink');
    expect(text).not.toContain(SIGNATURE);
    expect(text).not.toContain(CREDENTIAL);
  });

  it('sends endpoint credentials as Basic auth and shows them nowhere', async () => {
    const password = 'Endp0int-Pa55word';
    let authorization: string | undefined;
    server = await startServer((call, req, res) => {
      authorization = req.headers.authorization;
      if (call.params.Method === 'fail') {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`boom at ${req.headers.host ?? ''} for user:${password}`);
        return;
      }
      sendJson(res, envelope({ page: 1, current: 1, count: 1, pageCount: 1, data: { 1: { Offer: { id: '1', name: 'o' } } } }, call));
    });
    const { logger, lines } = capture();
    const endpoint = server.endpoint.replace('http://', `http://user:${password}@`);
    api = new HasOffersAPI({ endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false, verbosity: 3, logger, retries: 0 });
    await api.offers.findAll();
    expect(authorization).toBe(`Basic ${Buffer.from(`user:${password}`).toString('base64')}`);
    const failure = await api.call('Offer', 'fail', {}, { safe: false }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    const shown = [JSON.stringify(api), inspect(api), String(api), api.endpoint, String(failure), (failure as Error).stack ?? '', JSON.stringify(failure), inspect(failure, { depth: 5 }), ...lines].join('\n');
    expect(shown).not.toContain(password);
    expect(shown).not.toContain(encodeURIComponent(password));
    expect(shown).not.toContain(Buffer.from(`user:${password}`).toString('base64'));
    expect(JSON.stringify(api)).toContain('127.0.0.1');
  });

  it('refuses a malformed endpoint without echoing its password', () => {
    const error = (() => {
      try {
        return new HasOffersAPI({ endpoint: 'ftp://user:Sekr1t-Pass@[bad', networkToken: TOKEN, networkId: 'n' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).not.toContain('Sekr1t-Pass');
  });

  it('redacts the token written with \\uXXXX escapes, in logs and in error excerpts', async () => {
    const escaped = escapeAll(TOKEN);
    server = await startServer((call, _req, res) => {
      if (call.params.Method === 'broken') {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(`{"request":{"NetworkToken":"${escaped}"},"oops":`);
        return;
      }
      const body = envelope(true, call).replace(JSON.stringify(TOKEN), `"${escaped}"`);
      expect(body).toContain(escaped);
      sendJson(res, body);
    });
    const { logger, lines } = capture();
    api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false, verbosity: 3, logger, retries: 0 });
    await api.call('Offer', 'ping', {}, { raw: true });
    const failure = await api.call('Offer', 'broken', {}, { raw: true }).catch((e: unknown) => e);
    const shown = [String(failure), JSON.stringify(failure), inspect(failure, { depth: 5 }), ...lines].join('\n');
    expect(shown).toContain('ping');
    expect(shown).not.toContain(escaped);
    expect(shown).not.toContain(escaped.toUpperCase().replace(/\\U/g, '\\u'));
    expect(shown).not.toContain(TOKEN);
  });
});
