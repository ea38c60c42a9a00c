/** A small HTTP server on 127.0.0.1 for tests: the handler sees each request's parsed query. */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  readonly method: string;
  readonly query: string;
  readonly params: URLSearchParams;
  readonly body: string;
}

export type Answer = { status?: number; headers?: Record<string, string>; body: string } | Record<string, unknown>;

export interface TestServer {
  readonly endpoint: string;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

/** Wraps data in a successful HasOffers envelope. */
export function envelope(data: unknown, errors: unknown = []): Record<string, unknown> {
  return { request: {}, response: { status: Array.isArray(errors) && errors.length === 0 ? 1 : -1, httpStatus: 200, data, errors, errorMessage: null } };
}

export async function startJsonServer(handler: (request: SeenRequest, req: IncomingMessage, res: ServerResponse) => Answer | Promise<Answer> | undefined): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const query = (req.url ?? '').split('?')[1] ?? '';
      const seen = { method: req.method ?? '', query, params: new URLSearchParams(query), body: Buffer.concat(chunks).toString('utf8') };
      requests.push(seen);
      const answer = await handler(seen, req, res);
      if (answer === undefined) return; // the handler answered (or hung up) itself
      if ('body' in answer && typeof answer.body === 'string') {
        res.writeHead((answer.status as number | undefined) ?? 200, (answer.headers as Record<string, string> | undefined) ?? { 'content-type': 'application/json' });
        res.end(answer.body);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/Apiv3/json`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
