/**
 * TLS and proxies: `verify: false` for one client only (a self-signed HTTPS server generated at
 * test time with openssl), and proxies (the `proxy` option, HTTPS_PROXY/HTTP_PROXY/NO_PROXY)
 * through a small CONNECT + absolute-form proxy on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Server as HttpsServer } from 'node:https';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HasOffersAPI, InvalidArgumentError, NetworkError } from '../../src/index.js';
import { envelope, sendJson, startServer, TOKEN } from './helpers.js';
import type { TestServer } from './helpers.js';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const OPENSSL = hasOpenssl();
if (!OPENSSL) console.warn('[transport/network] TLS tests skipped: openssl is not on PATH');

function listen(server: HttpServer | HttpsServer): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function closeAll(server: HttpServer | HttpsServer, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

interface TestProxy {
  readonly url: string;
  /** `CONNECT host:port` or `GET http://…` lines, in order. */
  readonly seen: string[];
  close(): Promise<void>;
}

/** A forward proxy: CONNECT tunnels and absolute-form requests, optionally with Basic auth. */
async function startProxy(auth?: { user: string; password: string }): Promise<TestProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const expected = auth ? `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}` : undefined;
  const server = createHttpServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (expected && req.headers['proxy-authorization'] !== expected) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' });
      res.end();
      return;
    }
    const upstream = httpRequest(req.url as string, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req, client: Socket) => {
    seen.push(`CONNECT ${req.url}`);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (expected && req.headers['proxy-authorization'] !== expected) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n');
      return;
    }
    const [host, port] = (req.url as string).split(':');
    const target = connect(Number(port), host as string, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      target.pipe(client);
      client.pipe(target);
    });
    sockets.add(target);
    target.on('close', () => sockets.delete(target));
    target.on('error', () => client.destroy());
    client.on('error', () => target.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, seen, close: () => closeAll(server, sockets) };
}

describe.skipIf(!OPENSSL)('verify: false, for one client only', () => {
  let dir: string;
  let https: HttpsServer;
  const sockets = new Set<Socket>();
  let endpoint: string;
  let requests = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsoffers-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    https = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
      requests++;
      sendJson(res, envelope({ Offer: { id: '1', name: 'secure' } }));
    });
    https.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    endpoint = `https://127.0.0.1:${await listen(https)}/Apiv3/json`;
  });
  afterAll(async () => {
    await closeAll(https, sockets);
    rmSync(dir, { recursive: true, force: true });
  });

  const client = (verify?: boolean, extra: { proxy?: string } = {}) =>
    new HasOffersAPI({ endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false, retries: 3, backoff: { initialMs: 1, maxMs: 1 }, ...(verify === undefined ? {} : { verify }), ...extra });

  it('a default client refuses, a verify:false client connects, a second default client still refuses', async () => {
    const first = client();
    const refused = await first.offers.findById(1).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NetworkError);
    expect((refused as Error).message).toMatch(/SELF_SIGNED|self.signed/i);
    expect((refused as Error).message).not.toContain(TOKEN);
    expect(requests).toBe(0);

    const lax = client(false);
    expect((await lax.offers.findById(1))?.name).toBe('secure');
    expect(requests).toBe(1);

    const second = client();
    await expect(second.offers.findById(1)).rejects.toThrow(/SELF_SIGNED|self.signed/i);
    // Nor did anything change process-wide: Node's own fetch still checks certificates.
    await expect(fetch(endpoint)).rejects.toThrow();
    expect(requests).toBe(1);
    await Promise.all([first.close(), lax.close(), second.close()]);
  });

  it('certificate failures are not retried (they cannot get better)', async () => {
    let handshakes = 0;
    const count = () => handshakes++;
    https.on('tlsClientError', count);
    const api = client();
    await expect(api.offers.findById(1)).rejects.toBeInstanceOf(NetworkError);
    https.off('tlsClientError', count);
    expect(handshakes).toBe(1);
    await api.close();
  });

  it('verify:false also applies to HasOffers reached through a proxy tunnel', async () => {
    const proxy = await startProxy();
    const strict = client(true, { proxy: proxy.url });
    await expect(strict.offers.findById(1)).rejects.toThrow(/SELF_SIGNED|self.signed/i);
    const lax = client(false, { proxy: proxy.url });
    expect((await lax.offers.findById(1))?.name).toBe('secure');
    expect(proxy.seen.every((line) => line === `CONNECT ${new URL(endpoint).host}`)).toBe(true);
    expect(proxy.seen.length).toBeGreaterThanOrEqual(2);
    await Promise.all([strict.close(), lax.close()]);
    await proxy.close();
  });
});

describe.skipIf(!OPENSSL)('HTTPS_PROXY with verify: false', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('tunnels HTTPS through the proxy named by HTTPS_PROXY, with certificate checks as the client says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsoffers-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const sockets = new Set<Socket>();
    const https = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => sendJson(res, envelope({ Offer: { id: '1', name: 'tunnelled' } })));
    https.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    const endpoint = `https://127.0.0.1:${await listen(https)}/Apiv3/json`;
    const proxy = await startProxy();
    for (const name of ['HTTP_PROXY', 'http_proxy', 'https_proxy', 'NO_PROXY', 'no_proxy']) vi.stubEnv(name, '');
    vi.stubEnv('HTTPS_PROXY', proxy.url);
    const base = { endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false as const, retries: 0 };
    const strict = new HasOffersAPI(base);
    await expect(strict.offers.findById(1)).rejects.toThrow(/SELF_SIGNED|self.signed/i);
    const lax = new HasOffersAPI({ ...base, verify: false });
    expect((await lax.offers.findById(1))?.name).toBe('tunnelled');
    expect(proxy.seen).toEqual([`CONNECT ${new URL(endpoint).host}`, `CONNECT ${new URL(endpoint).host}`]);
    await Promise.all([strict.close(), lax.close()]);
    await proxy.close();
    await closeAll(https, sockets);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('proxies', () => {
  let target: TestServer;
  let proxy: TestProxy;
  beforeAll(async () => {
    target = await startServer((call, _req, res) => sendJson(res, envelope({ Offer: { id: '7', name: 'via' } }, call)));
    proxy = await startProxy();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    proxy.seen.length = 0;
  });
  afterAll(async () => {
    await proxy.close();
    await target.close();
  });

  const client = (extra: { proxy?: string | false } = {}) => new HasOffersAPI({ endpoint: target.endpoint, networkToken: TOKEN, networkId: 'n', rateLimit: false, retries: 0, ...extra });

  it('the proxy option sends every call through the proxy', async () => {
    const api = client({ proxy: proxy.url });
    expect((await api.offers.findById(7))?.name).toBe('via');
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0]).toMatch(new RegExp(`^CONNECT 127.0.0.1:${target.port}$`));
    await api.close();
  });

  it('HTTP_PROXY is honoured by default', async () => {
    for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) vi.stubEnv(name, '');
    vi.stubEnv('HTTP_PROXY', proxy.url);
    const api = client();
    expect((await api.offers.findById(7))?.name).toBe('via');
    expect(proxy.seen).toHaveLength(1);
    await api.close();
  });

  it('NO_PROXY exempts matching hosts, and proxy: false ignores the environment', async () => {
    for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) vi.stubEnv(name, '');
    vi.stubEnv('HTTP_PROXY', proxy.url);
    vi.stubEnv('NO_PROXY', 'localhost,127.0.0.1');
    const exempt = client();
    expect((await exempt.offers.findById(7))?.name).toBe('via');
    vi.stubEnv('NO_PROXY', '');
    const ignoring = client({ proxy: false });
    expect((await ignoring.offers.findById(7))?.name).toBe('via');
    expect(proxy.seen).toEqual([]);
    await Promise.all([exempt.close(), ignoring.close()]);
  });

  it('a proxy that refuses the credentials gives a NetworkError without the password or token', async () => {
    const guarded = await startProxy({ user: 'alice', password: 'Pr0xy-Secret-Pass' });
    const wrong = guarded.url.replace('http://', 'http://alice:Wrong-Pr0xy-Pass@');
    const api = client({ proxy: wrong });
    const error = await api.offers.findById(7).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    const text = `${String(error)} ${(error as Error).stack} ${JSON.stringify(error)}`;
    expect(text).not.toContain('Wrong-Pr0xy-Pass');
    expect(text).not.toContain(TOKEN);
    const right = client({ proxy: guarded.url.replace('http://', 'http://alice:Pr0xy-Secret-Pass@') });
    expect((await right.offers.findById(7))?.name).toBe('via');
    await Promise.all([api.close(), right.close()]);
    await guarded.close();
  });

  it('checks the proxy option', () => {
    expect(() => client({ proxy: 'socks://nope' })).toThrow(InvalidArgumentError);
    expect(() => client({ proxy: 'http://u:hunter22@[bad' })).toThrow(/Invalid proxy/);
    expect(() => client({ proxy: 'http://u:hunter22@[bad' })).not.toThrow(/hunter22/);
  });
});
