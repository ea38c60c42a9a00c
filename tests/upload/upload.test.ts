import { randomBytes } from 'node:crypto';
import { createReadStream, openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { HasOffersAPI, HasOffersError, InvalidResponseError, OfferFile, RateLimitError, UnknownOutcomeError } from '../../src/index.js';
import type { Logger, UploadFile } from '../../src/index.js';
import { UploadSourceError } from '../../src/upload/index.js';
import { flattenParams, toQueryString } from '../../src/wire/encode.js';
import { answerCreated, boundaryOf, createdEnvelope, parseMultipart, startUploadServer } from './helpers.js';
import type { ReceivedUpload, UploadServer } from './helpers.js';

const TOKEN = 'NETuploadSecret0123456789';
const FIELDS = { display: 'TEST_FILE', type: 'offer thumbnail', width: 200, height: 100, offer_id: 438 } as const;

/** The exact query string pyoffers would send for these fields. */
function expectedQuery(data: Record<string, string | number>): string {
  return `NetworkToken=${TOKEN}&NetworkId=id&Target=OfferFile&Method=create&${toQueryString(flattenParams({ data }))}`;
}

/** One part, with exactly the recorded header shape (no Content-Type), holding `bytes`. */
function expectOnePart(request: ReceivedUpload, name: string, filename: string, bytes: Uint8Array): void {
  expect(request.method).toBe('POST');
  const parts = parseMultipart(request.body, boundaryOf(request.headers['content-type']));
  expect(parts).toHaveLength(1);
  expect(parts[0]!.headers).toEqual([`Content-Disposition: form-data; name="${name}"; filename="${filename}"`]);
  expect(parts[0]!.body.equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).toBe(true);
}

describe('offerFiles.create against a local server', () => {
  let server: UploadServer;
  let api: HasOffersAPI;
  let dir: string;
  let path: string;
  let bytes: Buffer;
  const logs: string[] = [];
  const logger: Logger = { debug: (m) => logs.push(m), info: (m) => logs.push(m), warn: (m) => logs.push(m), error: (m) => logs.push(m) };

  beforeAll(async () => {
    server = await startUploadServer();
    api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: TOKEN, networkId: 'id', retries: 3, backoff: { initialMs: 1, maxMs: 1 }, rateLimit: false, proxy: false, verbosity: 2, logger });
    dir = await mkdtemp(join(tmpdir(), 'tsoffers-upload-'));
    // Random bytes with CRLFs and dashes mixed in: a parser keyed on the wrong boundary would split them.
    bytes = Buffer.concat([randomBytes(150_000), Buffer.from('\r\n--\r\n--boundary\r\n'), randomBytes(150_000)]);
    path = join(dir, 'banner.jpg');
    await writeFile(path, bytes);
  });
  afterAll(async () => {
    await api.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    server.received.length = 0;
    server.respond = answerCreated;
    logs.length = 0;
  });

  it('has the typed signature (file, data, options) → OfferFile', () => {
    expectTypeOf(api.offerFiles.create).parameter(0).toEqualTypeOf<UploadFile>();
    expectTypeOf(api.offerFiles.create).returns.resolves.toEqualTypeOf<OfferFile>();
    // @ts-expect-error unknown field names are refused at compile time
    void (() => api.offerFiles.create(path, { display: 'x', type: 'file', offer_id: 1, dispaly: 'typo' }));
  });

  it('uploads a path: data[...] in the query string, one part named after the file, bytes intact, Content-Length known', async () => {
    const created = await api.offerFiles.create(path, FIELDS);
    expect(created).toBeInstanceOf(OfferFile);
    expect(created.id).toBe('96');
    expect(server.received).toHaveLength(1);
    const [request] = server.received as [ReceivedUpload];
    expect(request.url).toBe(`/Apiv3/json?${expectedQuery({ filename: 'banner.jpg', ...FIELDS })}`);
    expect(request.headers['content-length']).toBe(String(request.body.length));
    expect(request.headers['transfer-encoding']).toBeUndefined();
    expectOnePart(request, 'banner.jpg', 'banner.jpg', bytes);
  });

  it('names the part after data.filename and keeps the file\'s own name as filename=, as the recording does', async () => {
    await api.offerFiles.create(path, { ...FIELDS, filename: 'another.jpg' });
    const [request] = server.received as [ReceivedUpload];
    expect(request.url).toBe(`/Apiv3/json?${expectedQuery({ filename: 'another.jpg', ...FIELDS })}`);
    expectOnePart(request, 'another.jpg', 'banner.jpg', bytes);
  });

  it('uploads a file: URL like its path', async () => {
    await api.offerFiles.create(new URL(`file://${path}`) as unknown as string, FIELDS);
    expectOnePart(server.received[0]!, 'banner.jpg', 'banner.jpg', bytes);
  });

  it('uploads a Buffer and a Uint8Array view (offset into a larger buffer) with a known length', async () => {
    await api.offerFiles.create(bytes, { ...FIELDS, filename: 'buffer.jpg' });
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    const view = padded.subarray(10, 10 + bytes.length);
    await api.offerFiles.create(view, { ...FIELDS, filename: 'view.jpg' });
    expect(server.received).toHaveLength(2);
    expectOnePart(server.received[0]!, 'buffer.jpg', 'buffer.jpg', bytes);
    expectOnePart(server.received[1]!, 'view.jpg', 'view.jpg', bytes);
    for (const request of server.received) expect(request.headers['content-length']).toBe(String(request.body.length));
  });

  it('uploads Blobs: a plain Blob, a File (its name is the default), and fs.openAsBlob (read lazily from disk)', async () => {
    await api.offerFiles.create(new Blob([bytes]), { ...FIELDS, filename: 'blob.jpg' });
    await api.offerFiles.create(new File([bytes], 'from-file.jpg'), FIELDS);
    await api.offerFiles.create(await openAsBlob(path), { ...FIELDS, filename: 'disk.jpg' });
    expectOnePart(server.received[0]!, 'blob.jpg', 'blob.jpg', bytes);
    expectOnePart(server.received[1]!, 'from-file.jpg', 'from-file.jpg', bytes);
    expect(server.received[1]!.url).toContain('data%5Bfilename%5D=from-file.jpg');
    expectOnePart(server.received[2]!, 'disk.jpg', 'disk.jpg', bytes);
    for (const request of server.received) expect(request.headers['content-length']).toBe(String(request.body.length));
  });

  it('uploads Node streams: of unknown length (sent chunked) and fs.createReadStream (named after its path)', async () => {
    const chunks = [bytes.subarray(0, 1000), Buffer.alloc(0), bytes.subarray(1000, 200_000), bytes.subarray(200_000)];
    await api.offerFiles.create(Readable.from(chunks), { ...FIELDS, filename: 'stream.jpg' });
    await api.offerFiles.create(createReadStream(path), FIELDS);
    expectOnePart(server.received[0]!, 'stream.jpg', 'stream.jpg', bytes);
    expect(server.received[0]!.headers['content-length']).toBeUndefined();
    expect(server.received[0]!.headers['transfer-encoding']).toBe('chunked');
    expectOnePart(server.received[1]!, 'banner.jpg', 'banner.jpg', bytes);
  });

  it('uploads a web ReadableStream', async () => {
    const web = Readable.toWeb(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)])) as ReadableStream<Uint8Array>;
    await api.offerFiles.create(web, { ...FIELDS, filename: 'web.jpg' });
    expectOnePart(server.received[0]!, 'web.jpg', 'web.jpg', bytes);
  });

  it('returns HasOffers\' data as sent with { raw: true }', async () => {
    const raw = await api.offerFiles.create(bytes, { ...FIELDS, filename: 'raw.jpg' }, { raw: true });
    expect(raw).toEqual(JSON.parse(createdEnvelope()).response.data);
  });

  it('logs the upload without the token', async () => {
    await api.offerFiles.create(path, FIELDS);
    expect(logs.some((line) => line.includes('OfferFile.create OK') && line.includes('never repeated'))).toBe(true);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });

  it('never repeats an upload: HTTP 500 is an UnknownOutcomeError after one request, without the token', async () => {
    server.respond = (request, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`boom at ${request.url}`);
    };
    const error = await api.offerFiles.create(path, FIELDS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect(server.received).toHaveLength(1);
    expect((error as Error).message).toContain('HTTP 500');
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('never repeats an upload: a connection cut after the body is an UnknownOutcomeError after one request', async () => {
    server.respond = (_request, res) => res.socket?.destroy();
    const error = await api.offerFiles.create(path, FIELDS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect(server.received).toHaveLength(1);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('does not retry a rate-limited upload either (the body is spent): RateLimitError after one request', async () => {
    server.respond = (_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ response: { status: -1, data: '', errors: [{ publicMessage: 'API usage exceeded rate limit. Configured: 50/10s window; Your usage: 51.' }], errorMessage: null } }));
    };
    const error = await api.offerFiles.create(path, FIELDS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.received).toHaveLength(1);
  });

  it('reports HasOffers\' refusal in its own words, with the token redacted from echoed text', async () => {
    server.respond = (_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ response: { status: -1, data: '', errors: [{ err_code: 3, err_msg: `Type must be one of: file (token ${TOKEN})`, attribute_name: 'type', publicMessage: 'Could not create offer file.' }] } }));
    };
    const error = await api.offerFiles.create(path, FIELDS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HasOffersError);
    expect((error as Error).message).toContain('Could not create offer file.');
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('refuses a body that is not JSON, and a redirect (not followed: the URL carries the token)', async () => {
    server.respond = (_request, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>maintenance</html>');
    };
    await expect(api.offerFiles.create(bytes, { ...FIELDS, filename: 'a.jpg' })).rejects.toBeInstanceOf(InvalidResponseError);
    server.respond = (_request, res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' });
      res.end();
    };
    const error = await api.offerFiles.create(bytes, { ...FIELDS, filename: 'a.jpg' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/redirect/);
    expect(server.received).toHaveLength(2);
  });

  it('says so when the source stream fails midway (UploadSourceError), without repeating', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield bytes.subarray(0, 70_000);
      throw new Error('disk went away');
    }
    const error = await api.offerFiles.create(Readable.from(failing()), { ...FIELDS, filename: 'x.jpg' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadSourceError);
    expect((error as Error).message).toContain('disk went away');
  });

  it('stops when the caller aborts, rejecting with the abort reason', async () => {
    const controller = new AbortController();
    async function* endless(): AsyncGenerator<Buffer> {
      yield Buffer.from('first');
      await new Promise(() => undefined);
    }
    const pending = api.offerFiles.create(Readable.from(endless()), { ...FIELDS, filename: 'x.jpg' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user stop')), 20);
    await expect(pending).rejects.toThrow('user stop');
  });
});
