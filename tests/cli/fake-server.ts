/**
 * A tiny HasOffers stand-in on 127.0.0.1 for CLI tests that must see the exact wire parameters:
 * it records every request's query pairs and answers from a handler.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  readonly target: string;
  readonly method: string;
  /** Decoded query pairs, credentials included (tests check they never leak elsewhere). */
  readonly pairs: readonly (readonly [string, string])[];
}

export type Answer = { readonly data: unknown } | { readonly errors: unknown } | { readonly status: number; readonly body: string };
export type Handler = (request: SeenRequest) => Answer;

export interface FakeServer {
  readonly endpoint: string;
  readonly requests: SeenRequest[];
  /** Extra routes for plain downloads (raw-log zips). */
  readonly files: Map<string, Buffer>;
  close(): Promise<void>;
}

export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const requests: SeenRequest[] = [];
  const files = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = files.get(url.pathname);
    if (file) {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(file.length) });
      res.end(file);
      return;
    }
    const pairs = [...url.searchParams.entries()] as [string, string][];
    const seen: SeenRequest = { target: url.searchParams.get('Target') ?? '', method: url.searchParams.get('Method') ?? '', pairs };
    requests.push(seen);
    const answer = handler(seen);
    if ('status' in answer) {
      res.writeHead(answer.status, { 'content-type': 'text/html' });
      res.end(answer.body);
      return;
    }
    const request = Object.fromEntries(pairs.filter(([key]) => key !== 'NetworkToken'));
    const response =
      'errors' in answer
        ? { status: -1, httpStatus: 200, data: '', errors: answer.errors, errorMessage: null }
        : { status: 1, httpStatus: 200, data: answer.data, errors: [], errorMessage: null };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ request, response }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/Apiv3/json`,
    requests,
    files,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Pairs without credentials, Target and Method: what the command asked for. */
export function callPairs(request: SeenRequest): string[] {
  return request.pairs.filter(([key]) => !['NetworkToken', 'NetworkId', 'Target', 'Method'].includes(key)).map(([key, value]) => `${key}=${value}`);
}
