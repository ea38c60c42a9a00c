/**
 * Test helpers for uploads: a strict multipart/form-data parser (written here, so the tests do not
 * trust the library that produced the body) and a recording HTTP server on 127.0.0.1.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ParsedPart {
  /** Header lines as sent, in order (`Content-Disposition: form-data; name="x"; filename="y"`). */
  readonly headers: string[];
  readonly body: Buffer;
}

/** `multipart/form-data; boundary=XYZ` → `XYZ` (quoted or not). */
export function boundaryOf(contentType: string | undefined): string {
  const match = /^multipart\/form-data;\s*boundary=(?:"([^"]+)"|([^\s;]+))$/i.exec(contentType ?? '');
  if (!match) throw new Error(`not a multipart/form-data content type with a boundary: ${String(contentType)}`);
  return (match[1] ?? match[2]) as string;
}

/**
 * Splits a body into parts, refusing anything but the exact framing:
 * `--B\r\n<headers>\r\n\r\n<bytes>\r\n--B\r\n…<bytes>\r\n--B--\r\n`, no preamble, no epilogue.
 */
export function parseMultipart(body: Buffer, boundary: string): ParsedPart[] {
  const open = Buffer.from(`--${boundary}\r\n`);
  const close = Buffer.from(`\r\n--${boundary}--\r\n`);
  if (!body.subarray(0, open.length).equals(open)) throw new Error('body does not start with the boundary line');
  if (!body.subarray(body.length - close.length).equals(close)) throw new Error('body does not end with the closing boundary line');
  const inner = body.subarray(open.length, body.length - close.length);
  const separator = Buffer.from(`\r\n--${boundary}\r\n`);
  const chunks: Buffer[] = [];
  let start = 0;
  for (;;) {
    const at = inner.indexOf(separator, start);
    if (at < 0) break;
    chunks.push(inner.subarray(start, at));
    start = at + separator.length;
  }
  chunks.push(inner.subarray(start));
  return chunks.map((chunk) => {
    const end = chunk.indexOf('\r\n\r\n');
    if (end < 0) throw new Error('part without a blank line after its headers');
    return { headers: chunk.subarray(0, end).toString('latin1').split('\r\n'), body: chunk.subarray(end + 4) };
  });
}

export interface ReceivedUpload {
  readonly method: string;
  readonly url: string;
  /** Query pairs exactly as encoded. */
  readonly pairs: string[];
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export type Responder = (request: ReceivedUpload, res: ServerResponse) => void;

/** HasOffers' answer to a successful OfferFile.create (shape of the recorded one). */
export function createdEnvelope(fields: Record<string, string> = {}): string {
  return JSON.stringify({
    request: { Target: 'OfferFile', Method: 'create' },
    response: {
      status: 1,
      httpStatus: 200,
      data: { OfferFile: { id: '96', offer_id: '438', display: 'TEST_FILE', filename: 'test-thumbnail.jpg', status: 'active', type: 'offer thumbnail', ...fields } },
      errors: [],
      errorMessage: null,
    },
  });
}

export const answerCreated: Responder = (_request, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(createdEnvelope());
};

export interface UploadServer {
  readonly endpoint: string;
  readonly received: ReceivedUpload[];
  respond: Responder;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 that keeps every request it receives, body included. */
export async function startUploadServer(respond: Responder = answerCreated): Promise<UploadServer> {
  const received: ReceivedUpload[] = [];
  const state = { respond };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
      const request: ReceivedUpload = { method: req.method ?? '', url, pairs: query.split('&').filter(Boolean), headers: req.headers, body: Buffer.concat(chunks) };
      received.push(request);
      state.respond(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/Apiv3/json`,
    received,
    get respond() {
      return state.respond;
    },
    set respond(next: Responder) {
      state.respond = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
