/**
 * Raw-log downloads on the client's pipeline (issue 13, "Downloads"): an error answer's body is
 * read capped and under the timeout (a 404 with an endless body was read whole; a dripping one
 * hung past every timeout), and HTTP compression around the zip is neither asked for nor accepted
 * (gzip content-encoding made the zip guards count inflated bytes as wire bytes: 522 KB on the wire
 * became 512 MiB).
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidResponseError, NetworkError, TimeoutError } from '../../src/index.js';
import { createDownloader } from '../../src/rawlog/download.js';

describe('downloads: error bodies and content encoding', () => {
  let server: Server;
  let base: string;
  const dispatcher = new Agent();
  let written = 0;
  let lastHeaders: IncomingHttpHeaders = {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      lastHeaders = req.headers;
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (path === '/endless-404') {
        // A 404 whose body never ends: written as fast as the socket takes it.
        res.writeHead(404, { 'content-type': 'application/xml' });
        const chunk = Buffer.alloc(64 * 1024, 'x');
        const pump = () => {
          while (!res.destroyed && res.write(chunk)) written += chunk.length;
          if (!res.destroyed) res.once('drain', pump);
        };
        res.on('close', () => undefined);
        pump();
        return;
      }
      if (path === '/dripping-404') {
        res.writeHead(404, { 'content-type': 'application/xml' });
        res.write('<Error>');
        const timer = setInterval(() => res.write('.'), 50);
        res.on('close', () => clearInterval(timer));
        return;
      }
      if (path === '/gzip') {
        const zip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(4096)]);
        const body = gzipSync(zip);
        res.writeHead(200, { 'content-type': 'application/zip', 'content-encoding': 'gzip', 'content-length': body.length });
        res.end(body);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/zip' });
      res.end('PK');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await dispatcher.destroy();
  });

  it('reads at most a little of an endless error body, and reports the status', async () => {
    written = 0;
    const download = createDownloader({ dispatcher, retries: 0, timeout: 10_000, idleTimeout: 10_000 });
    const error = await download(`${base}/endless-404?X-Amz-Signature=abcdef0123456789`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(404);
    expect((error as Error).message).toContain('HTTP 404');
    expect((error as Error).message).not.toContain('abcdef0123456789');
    // The server could hand the socket only what the client read plus the socket buffers.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toBeLessThan(16 * 1024 * 1024);
  });

  it('gives up on a dripping error body at the timeout', async () => {
    const download = createDownloader({ dispatcher, retries: 0, timeout: 300, idleTimeout: 10_000 });
    const outcome = await Promise.race([download(`${base}/dripping-404`).catch((e: unknown) => e), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 3_000).unref())]);
    expect(outcome).toBeInstanceOf(NetworkError);
    expect(outcome).toBeInstanceOf(TimeoutError);
  });

  it('asks for no HTTP compression and refuses a gzip Content-Encoding around the zip', async () => {
    const download = createDownloader({ dispatcher, retries: 0, timeout: 5_000, idleTimeout: 5_000 });
    const error = await download(`${base}/gzip`).catch((e: unknown) => e);
    expect(lastHeaders['accept-encoding']).toBe('identity');
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/Content-Encoding "gzip"/);
    const plain = await download(`${base}/plain.zip`);
    const chunks: Buffer[] = [];
    for await (const chunk of plain.body) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString()).toBe('PK');
  });
});
