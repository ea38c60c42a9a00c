import { Agent, EnvHttpProxyAgent, fetch as undiciFetch, ProxyAgent } from 'undici';
import type { Dispatcher } from 'undici';
import { ResponseTooLargeError } from '../errors.js';

export interface FetchOptions {
  /** Check TLS certificates. `false` affects this client's dispatcher only. */
  readonly verify: boolean;
  /**
   * A proxy URL (`http://user:pass@proxy:3128`); `false` ignores the environment; undefined uses
   * `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` (either case) when one of them is set.
   */
  readonly proxy?: string | false;
  /** Bodies above this many bytes (after decompression) are refused. */
  readonly maxResponseBytes: number;
  /** Where to read proxy variables from (tests pass their own). */
  readonly env?: NodeJS.ProcessEnv;
}

export interface FetchSetup {
  /**
   * Sends a request and returns the answer with its body read in full (bounded by the size
   * limit). `onHeaders` runs as soon as the status line and headers have arrived.
   */
  readonly fetch: (input: Request, init?: RequestInit, onHeaders?: () => void) => Promise<Response>;
  /** How requests leave: `direct`, `proxy` (the option) or `env-proxy` (the environment). */
  readonly route: 'direct' | 'proxy' | 'env-proxy';
  /** The client's own connection pool (direct or through the proxy); uploads stream through it too. */
  readonly dispatcher: Dispatcher;
  /** Closes the client's own connection pool. */
  close(): Promise<void>;
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** Statuses whose Response may not carry a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function dispatcherFor(options: FetchOptions): { dispatcher: Dispatcher; route: FetchSetup['route'] } {
  const tls = { rejectUnauthorized: options.verify };
  if (typeof options.proxy === 'string' && options.proxy !== '') {
    // requestTls: TLS to HasOffers through the tunnel; proxyTls: TLS to an https:// proxy itself.
    return { dispatcher: new ProxyAgent({ uri: options.proxy, requestTls: tls, proxyTls: tls }), route: 'proxy' };
  }
  const env = options.env ?? process.env;
  if (options.proxy !== false && PROXY_VARIABLES.some((name) => env[name])) {
    const pick = (lower: string, upper: string) => env[lower] || env[upper] || undefined;
    return {
      dispatcher: new EnvHttpProxyAgent({
        httpProxy: pick('http_proxy', 'HTTP_PROXY'),
        httpsProxy: pick('https_proxy', 'HTTPS_PROXY'),
        noProxy: pick('no_proxy', 'NO_PROXY') ?? '',
        connect: tls,
        requestTls: tls,
        proxyTls: tls,
      }),
      route: 'env-proxy',
    };
  }
  return { dispatcher: new Agent({ connect: tls }), route: 'direct' };
}

/**
 * Reads a body, counting bytes as they arrive, and stops (cancelling the stream, which closes the
 * connection) as soon as the limit is passed: a huge or endless answer costs at most `limit` bytes.
 */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number, status: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw new ResponseTooLargeError(limit, status, `a body of more than ${limit} bytes`);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * A fetch bound to this client's own undici dispatcher, so that `verify: false` and the proxy
 * apply to this client only, never process-wide (NODE_TLS_REJECT_UNAUTHORIZED would).
 *
 * The body is read here, inside the fetch that ky races against its timeout, so the per-attempt
 * timeout covers a slow-dripping body too (ky's own timeout stops at the headers). Redirects are
 * not followed: the query string carries the NetworkToken, and following a redirect would hand
 * it to whatever host the redirect names.
 */
export function createFetch(options: FetchOptions): FetchSetup {
  const { dispatcher, route } = dispatcherFor(options);
  const send = async (input: Request, init?: RequestInit, onHeaders?: () => void): Promise<Response> => {
    // ky hands us a global Request; undici's own fetch wants plain parts (a different Request class).
    const hasBody = input.method !== 'GET' && input.method !== 'HEAD';
    const response = await undiciFetch(input.url, {
      method: input.method,
      headers: [...input.headers.entries()],
      body: hasBody ? await input.arrayBuffer() : undefined,
      signal: init?.signal ?? input.signal,
      redirect: 'manual',
      dispatcher,
    });
    onHeaders?.();
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > options.maxResponseBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(options.maxResponseBytes, response.status, `a body of ${declared} bytes (Content-Length)`);
    }
    const bytes = await readLimited(response.body, options.maxResponseBytes, response.status);
    const headers = new Headers([...response.headers.entries()]);
    // The bytes are decoded already; stale encoding/length headers would describe other bytes.
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
  // This client's own requests still running, so that close() can wait for them.
  const inFlight = new Set<Promise<unknown>>();
  const bound = (input: Request, init?: RequestInit, onHeaders?: () => void): Promise<Response> => {
    const sending = send(input, init, onHeaders);
    const settled = sending.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
    return sending;
  };
  return {
    fetch: bound,
    route,
    dispatcher,
    // Waits for this client's own requests, then tears the pool down. undici's graceful close() can
    // wait forever on bookkeeping left by requests that were aborted mid-connection.
    close: async () => {
      while (inFlight.size) await Promise.all([...inFlight]);
      await dispatcher.destroy();
    },
  };
}
