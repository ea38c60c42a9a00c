/**
 * api.rawLogs through the real client: HasOffers calls against the sandbox, and downloads through
 * the client's own dispatcher with retries and an idle timer (a local server that misbehaves).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, TimeoutError } from '../../src/index.js';
import { createDownloader } from '../../src/rawlog/download.js';
import { Agent } from 'undici';
import { startSandbox } from '../../src/sandbox/index.js';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

describe('api.rawLogs against the sandbox', () => {
  let sandbox: Sandbox;
  let api: HasOffersAPI;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 3 });
    api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'sandbox-token', networkId: 'sandbox', rateLimit: false });
  });
  afterAll(async () => {
    await api.close();
    await sandbox.close();
  });

  it('streams a whole period in file order and reports progress', async () => {
    const dirs = await api.rawLogs.clicks.listDateDirs();
    expect(dirs.length).toBeGreaterThan(0);
    const day = dirs[0]!.dirName;
    const files = await api.rawLogs.clicks.listLogs(day);
    const expected: string[] = [];
    for (const file of files) for (const record of await file.records()) expected.push(String((record as unknown as Record<string, string>).transaction_id));
    const seen: string[] = [];
    const progress: number[] = [];
    for await (const record of api.rawLogs.clicks.iterate(day, { concurrency: 3, onProgress: (p) => progress.push(p.filesDone) })) {
      seen.push(String((record as unknown as Record<string, string>).transaction_id));
    }
    expect(seen).toEqual(expected);
    expect(progress.at(-1)).toBe(files.length);
  });
});

describe('raw-log downloads', () => {
  const csv = 'offer_id,transaction_id\n1,a\n2,b\n';
  const zip = Buffer.from(zipSync({ 'clicks.csv': new TextEncoder().encode(csv) }));
  let hits = 0;
  let base = '';
  const server = createServer((req, res) => {
    hits += 1;
    if (req.url === '/flaky' && hits % 2 === 1) {
      req.socket.destroy(); // first attempt: the connection drops
      return;
    }
    if (req.url === '/stall') {
      res.writeHead(200, { 'content-length': String(zip.length) });
      res.write(zip.subarray(0, 10)); // then nothing more
      return;
    }
    res.writeHead(200, { 'content-length': String(zip.length) });
    res.end(zip);
  });
  const dispatcher = new Agent();
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await dispatcher.close();
  });

  async function read(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  it('retries a download whose connection dropped', async () => {
    hits = 0;
    const download = createDownloader({ dispatcher, retries: 2, timeout: 5_000, idleTimeout: 5_000 });
    const { body, size } = await download(`${base}/flaky`);
    expect(size).toBe(zip.length);
    expect((await read(body)).equals(zip)).toBe(true);
    expect(hits).toBe(2);
  });

  it('abandons a body that stalls, with a TimeoutError', async () => {
    const download = createDownloader({ dispatcher, retries: 0, timeout: 5_000, idleTimeout: 200 });
    const { body } = await download(`${base}/stall`);
    await expect(read(body)).rejects.toBeInstanceOf(TimeoutError);
  });
});
