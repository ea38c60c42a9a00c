import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import { createdEnvelope } from './helpers.js';

const MB = 1024 * 1024;

/**
 * A server in its own process, so that what it receives does not count in this process's memory.
 * It hashes the part body as it streams by (boundary from the header, framing checked) and
 * answers with the part's byte count (size), SHA-256 (code), framing check (flash_vars), body
 * length (account_id) and the Content-Length it was told (content_length).
 */
const SERVER_SOURCE = `
const { createServer } = require('node:http');
const { createHash } = require('node:crypto');
createServer((req, res) => {
  const boundary = /boundary=(.+)$/.exec(req.headers['content-type'] || '')[1];
  const head = Buffer.from('--' + boundary + '\\r\\n');
  const tail = Buffer.from('\\r\\n--' + boundary + '--\\r\\n');
  const hash = createHash('sha256');
  let total = 0, partBytes = 0, headerDone = false, pending = Buffer.alloc(0), window = Buffer.alloc(0), headers = '';
  req.on('data', (chunk) => {
    total += chunk.length;
    if (!headerDone) {
      pending = Buffer.concat([pending, chunk]);
      const end = pending.indexOf('\\r\\n\\r\\n');
      if (end < 0) return;
      headers = pending.subarray(0, end).toString('latin1');
      chunk = pending.subarray(end + 4);
      headerDone = true;
    }
    // Hold back the last tail.length bytes: they may be the closing boundary.
    window = Buffer.concat([window, chunk]);
    if (window.length > tail.length) { const part = window.subarray(0, window.length - tail.length); partBytes += part.length; hash.update(part); window = window.subarray(window.length - tail.length); }
  });
  req.on('end', () => {
    const framed = headers.startsWith(head.toString('latin1')) && window.equals(tail);
    const data = { OfferFile: { id: '97', filename: 'big.bin', size: String(partBytes), code: hash.digest('hex'), flash_vars: String(framed), account_id: String(total), content_length: req.headers['content-length'] || null } };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ response: { status: 1, httpStatus: 200, data, errors: [], errorMessage: null } }));
  });
}).listen(0, '127.0.0.1', function () { process.stdout.write(this.address().port + '\\n'); });
`;

async function startChildServer(): Promise<{ endpoint: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', SERVER_SOURCE], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { endpoint: `http://127.0.0.1:${port}/Apiv3/json`, child };
}

describe('large uploads stream instead of loading the file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tsoffers-large-upload-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('uploads a 64 MB file from disk with memory growth far below the file size', async () => {
    const path = join(dir, 'big.bin');
    await writeFile(path, '');
    await truncate(path, 64 * MB); // sparse: costs no disk, reads as zeros
    const zeros = Buffer.alloc(MB);
    const digest = createHash('sha256');
    for (let i = 0; i < 64; i++) digest.update(zeros);
    const expected = digest.digest('hex');
    const { endpoint, child } = await startChildServer();
    const api = new HasOffersAPI({ endpoint, networkToken: 'NETlargeUpload', networkId: 'id', rateLimit: false, proxy: false });
    try {
      // A warm-up upload first, so connection setup and lazily loaded code do not count.
      await api.offerFiles.create(Buffer.from('warm-up'), { display: 'w', type: 'file', offer_id: 1, filename: 'w.bin' });
      // V8 frees spent chunks only every ~32 MB of new external memory, so raw figures include
      // garbage. Forcing a collection before each sample measures what is still alive: a streamed
      // upload keeps a few MB in flight (measured +0–15 MB, as freed backing stores are released
      // lazily), one that holds the file (or a copy of the body) up to 64 MB.
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as () => void;
      gc();
      const before = process.memoryUsage();
      let peakRss = before.rss;
      let peakLive = before.arrayBuffers;
      let samples = 0;
      const sampler = setInterval(() => {
        gc();
        const now = process.memoryUsage();
        samples += 1;
        peakRss = Math.max(peakRss, now.rss);
        peakLive = Math.max(peakLive, now.arrayBuffers);
      }, 50); // a forced collection costs ~15 ms: sampling more often slows the upload a lot
      const raw = (await api.offerFiles.create(path, { display: 'big', type: 'file', offer_id: 1 }, { raw: true })) as unknown as { OfferFile: Record<string, string> };
      clearInterval(sampler);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const rssGrowth = (peakRss - before.rss) / MB;
      const liveGrowth = (peakLive - before.arrayBuffers) / MB;
      console.info(`[upload/large] 64 MB file: live ArrayBuffers peak +${liveGrowth.toFixed(1)} MB, RSS peak +${rssGrowth.toFixed(1)} MB (${samples} samples)`);
      expect(samples).toBeGreaterThan(0);
      expect(liveGrowth).toBeLessThan(32);
      // RSS keeps freed memory for a while; the bound is generous, and still below the file size.
      expect(rssGrowth).toBeLessThan(64);
      const seen = raw.OfferFile;
      expect(seen.size).toBe(String(64 * MB));
      expect(seen.code).toBe(expected);
      expect(seen.flash_vars).toBe('true');
      expect(seen.content_length).toBe(seen.account_id);
    } finally {
      await api.close();
      child.kill();
    }
  });
  it('reads the source only as fast as the server takes it (back-pressure), then delivers every byte', async () => {
    // 64 MB produced on demand; `produced` counts what the upload has pulled so far.
    const total = 64 * MB;
    const chunk = Buffer.alloc(64 * 1024);
    for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31 + 7) & 0xff;
    let produced = 0;
    const expected = createHash('sha256');
    for (let i = 0; i < total / chunk.length; i++) expected.update(chunk);
    async function* source(): AsyncGenerator<Buffer> {
      while (produced < total) {
        produced += chunk.length;
        yield chunk;
      }
    }
    // This server stops reading after the first megabyte until told to go on.
    let paused: IncomingMessage | undefined;
    let onPaused: () => void = () => undefined;
    const pausedOnce = new Promise<void>((resolve) => (onPaused = resolve));
    let received = 0;
    const hash = createHash('sha256');
    let headerSkipped = false;
    let body = Buffer.alloc(0);
    const server = createServer((req, res) => {
      req.on('data', (data: Buffer) => {
        received += data.length;
        // Keep at most the header and the tail in memory; hash the file bytes as they come.
        body = Buffer.concat([body, data]);
        if (!headerSkipped) {
          const end = body.indexOf('\r\n\r\n');
          if (end < 0) return;
          body = body.subarray(end + 4);
          headerSkipped = true;
        }
        if (body.length > 200) {
          hash.update(body.subarray(0, body.length - 200));
          body = body.subarray(body.length - 200);
        }
        if (!paused && received > MB) {
          paused = req;
          req.pause();
          onPaused();
        }
      });
      req.on('end', () => {
        const boundary = /boundary=(.+)$/.exec(req.headers['content-type'] ?? '')![1]!;
        const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
        expect(body.subarray(body.length - tail.length).equals(tail)).toBe(true);
        hash.update(body.subarray(0, body.length - tail.length));
        res.setHeader('content-type', 'application/json');
        res.end(createdEnvelope());
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const api = new HasOffersAPI({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/Apiv3/json`, networkToken: 'NETlargeUpload', networkId: 'id', rateLimit: false, proxy: false });
    try {
      const upload = api.offerFiles.create(Readable.from(source()), { display: 'big', type: 'file', offer_id: 1, filename: 'big.bin' });
      await pausedOnce;
      // Wait until the client has filled every buffer between the source and the paused server.
      let last = -1;
      for (let tries = 0; tries < 50 && produced !== last; tries++) {
        last = produced;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Socket buffers and stream high-water marks hold a few MB; buffering the upload would pull all 64.
      console.info(`[upload/large] server paused after ${(received / MB).toFixed(1)} MB; the client had pulled ${(produced / MB).toFixed(1)} MB of 64 MB`);
      expect(produced).toBeLessThan(16 * MB);
      paused!.resume();
      const created = await upload;
      expect(created.id).toBe('96');
      expect(produced).toBe(total);
      expect(hash.digest('hex')).toBe(expected.digest('hex'));
    } finally {
      await api.close();
      server.closeAllConnections();
      server.close();
    }
  });

});
