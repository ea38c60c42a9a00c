/**
 * A small HTTP server on 127.0.0.1 for transport tests: it reads each call's parameters (query
 * string or form body, the same parser for both), tracks open sockets so a test can check that
 * nothing is left behind, and closes hard.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Prng } from '../../src/sandbox/prng.js';

export const TOKEN = 'TSOFFERS-SECRET-NetworkToken-7f3a9c';

export interface Call {
  readonly method: string;
  /** Raw `key=value` pairs exactly as they arrived (still percent-encoded). */
  readonly rawPairs: readonly string[];
  /** Decoded pairs, in order. */
  readonly pairs: readonly (readonly [string, string])[];
  readonly params: Readonly<Record<string, string>>;
  readonly url: string;
  readonly contentType: string | undefined;
}

export type Handler = (call: Call, req: IncomingMessage, res: ServerResponse) => unknown;

export interface TestServer {
  readonly endpoint: string;
  readonly port: number;
  readonly server: Server;
  readonly calls: Call[];
  /** Sockets currently open. */
  readonly openSockets: () => number;
  close(): Promise<void>;
}

function decode(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, ' '));
}

export function splitPairs(encoded: string): string[] {
  return encoded.split('&').filter((part) => part.length > 0);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startServer(handler: Handler, options: { readonly maxHeaderSize?: number } = {}): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const calls: Call[] = [];
  const server = createServer({ maxHeaderSize: options.maxHeaderSize }, (req, res) => {
    void (async () => {
      const url = req.url ?? '/';
      const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
      const body = req.method === 'POST' ? await readBody(req) : '';
      const rawPairs = splitPairs(req.method === 'POST' ? body : query);
      const pairs = rawPairs.map((raw): [string, string] => {
        const eq = raw.indexOf('=');
        return eq < 0 ? [decode(raw), ''] : [decode(raw.slice(0, eq)), decode(raw.slice(eq + 1))];
      });
      const call: Call = { method: req.method ?? 'GET', rawPairs, pairs, params: Object.fromEntries(pairs), url, contentType: req.headers['content-type'] };
      calls.push(call);
      await handler(call, req, res);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(599);
      res.end(String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/Apiv3/json`,
    port,
    server,
    calls,
    openSockets: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A HasOffers success envelope, echoing the request like the real API (token included). */
export function envelope(data: unknown, call?: Call): string {
  return JSON.stringify({
    request: call ? call.params : {},
    response: { status: 1, httpStatus: 200, data, errors: [], errorMessage: null },
  });
}

export function errorEnvelope(errors: unknown, call?: Call): string {
  return JSON.stringify({
    request: call ? call.params : {},
    response: { status: -1, httpStatus: 200, data: '', errors, errorMessage: null },
  });
}

export const RATE_LIMIT_ENVELOPE = errorEnvelope([{ err_code: 1, err_msg: 'API usage exceeded rate limit. Configured: 50/10s window; Your usage: 51' }]);

export function sendJson(res: ServerResponse, body: string, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Waits until `check` holds, polling; fails after `ms`. For asserting on asynchronous cleanup. */
export async function eventually(check: () => boolean, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Deterministic numbers in [0, 1) from a seed: the sandbox's PRNG, so runs repeat exactly. */
export function rng(seed: number): () => number {
  const prng = new Prng(seed);
  return () => prng.next();
}

/** A number from a string, for deriving per-request seeds. */
export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
