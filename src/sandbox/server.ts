/** The sandbox HTTP server: HasOffers' /Apiv3/json endpoint plus file and raw-log downloads. */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ApiFailure } from './errors.js';
import { coverage, handle } from './handlers.js';
import type { CallContext } from './handlers.js';
import type { JsonMap, JsonValue } from './json.js';
import { writeJson } from './json.js';
import { parseMultipart } from './multipart.js';
import type { UploadedFile } from './multipart.js';
import { buildParams, isList, parsePairs, scalar } from './php-params.js';
import type { PhpArray, PhpValue } from './php-params.js';
import { Prng } from './prng.js';
import { buildLogZip, findLogFile, LOG_TYPES } from './rawlog.js';
import type { SandboxLogType } from './rawlog.js';
import { buildSchema } from './schema.js';
import type { SandboxSchema } from './schema.js';
import { ORIGIN_PLACEHOLDER, seedStore } from './seed.js';
import { loadState, StateSaver } from './state-file.js';
import type { Store } from './store.js';

export interface RateLimitOptions {
  /** Calls allowed per window (HasOffers' default plan: 50). */
  readonly calls: number;
  readonly windowMs: number;
}

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Only loopback makes sense for a test double; the default is 127.0.0.1. */
  readonly host?: string;
  readonly seed?: number;
  /** Load the store from this JSON file when it exists; save it there after writes and on close. */
  readonly statePath?: string;
  readonly networkToken?: string;
  readonly networkId?: string;
  /** Off by default. */
  readonly rateLimit?: RateLimitOptions | false;
  /** Added before every API answer, to exercise timeouts. */
  readonly latencyMs?: number;
}

export interface SandboxHandle {
  /** `http://127.0.0.1:PORT/Apiv3/json`: the endpoint to give a client. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly store: Store;
  readonly schema: SandboxSchema;
  /** Writes any pending state and resolves when the file holds the latest data. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY = 32 * 1024 * 1024;
const RATE_LIMIT_HELP = 'See https://help.tune.com/hasoffers/rate-limit-error/ for guidance.';

let cachedSchema: SandboxSchema | undefined;

/** The schema is the same for every sandbox in a process; parsing the YAML once keeps start-up fast. */
function schema(): SandboxSchema {
  cachedSchema ??= buildSchema();
  return cachedSchema;
}

function toJson(value: PhpValue): JsonValue {
  if (typeof value === 'string') return value;
  if (isList(value)) return [...value.values()].map(toJson);
  return new Map([...value.entries()].map(([key, item]) => [key, toJson(item)] as [string, JsonValue]));
}

/** The `request` echo: Target, Format, Service, Version first, then the parameters as received. */
function echo(params: PhpArray): JsonMap {
  const out: JsonMap = new Map<string, JsonValue>([
    ['Target', scalar(params, 'Target') ?? ''],
    ['Format', 'json'],
    ['Service', 'HasOffers'],
    ['Version', '2'],
  ]);
  for (const [key, value] of params) if (!out.has(key)) out.set(key, toJson(value));
  return out;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new ApiFailure([{ publicMessage: `Request body over ${MAX_BODY} bytes` }], 'Request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

class RateLimiter {
  private readonly hits: number[] = [];
  constructor(private readonly options: RateLimitOptions) {}

  /** Records a call; returns the usage when it is over the limit. */
  hit(now: number): number | undefined {
    while (this.hits.length && (this.hits[0] as number) <= now - this.options.windowMs) this.hits.shift();
    this.hits.push(now);
    return this.hits.length > this.options.calls ? this.hits.length : undefined;
  }

  describe(): string {
    const seconds = this.options.windowMs / 1000;
    return `${this.options.calls}/${Number.isInteger(seconds) ? seconds : seconds.toFixed(3)}s window`;
  }
}

function validateOptions(options: SandboxOptions): void {
  const { port = 0, seed = 1, rateLimit, latencyMs } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`port must be an integer 0..65535 (0 picks a free one), got ${String(port)}.`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${String(seed)}.`);
  if (rateLimit && (!Number.isInteger(rateLimit.calls) || rateLimit.calls < 1 || !(rateLimit.windowMs > 0))) {
    throw new RangeError(`rateLimit must be { calls: a positive integer, windowMs: > 0 } or false, got ${JSON.stringify(rateLimit)}.`);
  }
  if (latencyMs !== undefined && !(latencyMs >= 0)) throw new RangeError(`latencyMs must be 0 or more, got ${String(latencyMs)}.`);
}

/** Starts a sandbox and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  validateOptions(options);
  const { port = 0, host = '127.0.0.1', seed = 1, statePath, networkToken = 'sandbox-token', networkId = 'sandbox', latencyMs = 0 } = options;
  const api = schema();
  const loaded = statePath ? loadState(statePath) : undefined;
  const store = loaded ?? seedStore(api, seed);
  const saver = statePath ? new StateSaver(statePath, store) : undefined;
  if (saver && !loaded) await saver.saveNow();
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
  const random = Prng.derive(store.seed, 'runtime');
  const zips = new Map<string, Uint8Array>();
  let origin = '';

  const send = (request: IncomingMessage, response: ServerResponse, status: number, body: string | Uint8Array, type: string) => {
    let payload: Buffer = typeof body === 'string' ? Buffer.from(body.split(ORIGIN_PLACEHOLDER.replace(/\//g, '\\/')).join(origin.replace(/\//g, '\\/')), 'utf8') : Buffer.from(body);
    const headers: Record<string, string> = { 'content-type': type, 'access-control-allow-origin': '*' };
    if (typeof body === 'string' && payload.length > 1024 && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      payload = gzipSync(payload);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = String(payload.length);
    response.writeHead(status, headers);
    response.end(payload);
  };

  const api404 = (request: IncomingMessage, response: ServerResponse, path: string) =>
    send(request, response, 404, JSON.stringify({ error: `No such path ${path}; the API is at /Apiv3/json` }), 'application/json');

  const serveApi = async (request: IncomingMessage, response: ServerResponse, query: string) => {
    const pairs = parsePairs(query);
    let files: UploadedFile[] = [];
    const contentType = String(request.headers['content-type'] ?? '');
    const body = await readBody(request);
    if (body.length && /multipart\/form-data/i.test(contentType)) {
      const parsed = parseMultipart(body, contentType);
      pairs.push(...parsed.fields);
      files = parsed.files;
    } else if (body.length && (/application\/x-www-form-urlencoded/i.test(contentType) || !contentType)) {
      pairs.push(...parsePairs(body.toString('utf8')));
    }
    const params = buildParams(pairs);
    const json = (value: JsonValue) => send(request, response, 200, writeJson(value), 'application/json');
    if (scalar(params, 'NetworkId') !== networkId) {
      return json(new Map<string, JsonValue>([['response', new Map<string, JsonValue>([['errors', { publicMessage: 'Network id is not valid' }], ['link', 'http://developers.hasoffers.com/']])]]));
    }
    if (scalar(params, 'NetworkToken') !== networkToken) {
      return json(new Map<string, JsonValue>([['response', new Map<string, JsonValue>([['errors', { publicMessage: 'NetworkToken is not valid' }], ['link', 'http://developers.hasoffers.com/']])]]));
    }
    const envelope = (data: JsonValue, failure?: ApiFailure) =>
      new Map<string, JsonValue>([
        ['request', echo(params)],
        ['response', new Map<string, JsonValue>([
          ['status', failure ? -1 : 1],
          ['httpStatus', 200],
          ['data', failure ? '' : data],
          ['errors', failure ? failure.errors.map((item) => ({ ...item })) : []],
          ['errorMessage', failure ? failure.errorMessage : null],
        ])],
      ]);
    if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const usage = limiter?.hit(Date.now());
    if (usage !== undefined && limiter) {
      return json(envelope('', ApiFailure.message(`API usage exceeded rate limit.  Configured: ${limiter.describe()}; Your usage: ${usage}.  ${RATE_LIMIT_HELP}`)));
    }
    const target = scalar(params, 'Target') ?? '';
    const method = scalar(params, 'Method') ?? '';
    if (!target || !method) return json(envelope('', ApiFailure.message(`Missing required argument: ${target ? 'Method' : 'Target'}`)));
    const ctx: CallContext = { store, schema: api, origin: ORIGIN_PLACEHOLDER, target, method, params, files, now: new Date(), random, seed: store.seed };
    const before = store.revision;
    try {
      json(envelope(handle(ctx)));
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      json(envelope('', error));
    }
    if (store.revision !== before) saver?.schedule();
  };

  const serveFile = (request: IncomingMessage, response: ServerResponse, parts: string[]) => {
    // /files/<offer_id>/<file_id>/[thumbnails_100/]<name>
    const id = Number(parts[2]);
    const row = store.get('OfferFile', id);
    const bytes = store.blob(id);
    if (!row || !bytes) return api404(request, response, `/${parts.join('/')}`);
    const name = String(row.filename ?? '');
    const type = /\.png$/i.test(name) ? 'image/png' : /\.jpe?g$/i.test(name) ? 'image/jpeg' : /\.gif$/i.test(name) ? 'image/gif' : 'application/octet-stream';
    send(request, response, 200, bytes, type);
  };

  const serveRawLog = (request: IncomingMessage, response: ServerResponse, parts: string[]) => {
    // /rawlogs/<type>/<YYYYMMDD>/<name>.zip
    const type = parts[1] as SandboxLogType;
    const filename = parts.slice(2).join('/');
    const file = (LOG_TYPES as readonly string[]).includes(type) ? findLogFile(store.seed, type, filename) : undefined;
    if (!file) return api404(request, response, `/${parts.join('/')}`);
    const key = `${type}/${filename}`;
    let zip = zips.get(key);
    if (!zip) {
      zip = buildLogZip(store.seed, store, type, file);
      if (zips.size > 64) zips.delete(zips.keys().next().value as string);
      zips.set(key, zip);
    }
    send(request, response, 200, zip, 'application/octet-stream');
  };

  const server: Server = createServer((request, response) => {
    const raw = request.url ?? '/';
    const at = raw.indexOf('?');
    const path = at === -1 ? raw : raw.slice(0, at);
    const parts = path.split('/').filter(Boolean).map((part) => decodeURIComponent(part));
    const work = async () => {
      if (path.endsWith('/Apiv3/json')) return serveApi(request, response, at === -1 ? '' : raw.slice(at + 1));
      if (parts[0] === 'files' && parts.length >= 4) return serveFile(request, response, parts);
      if (parts[0] === 'rawlogs' && parts.length >= 4) return serveRawLog(request, response, parts);
      return api404(request, response, path);
    };
    work().catch((error: unknown) => {
      const message = error instanceof ApiFailure ? error.errorMessage : `Internal sandbox error: ${error instanceof Error ? error.message : String(error)}`;
      if (!response.headersSent) send(request, response, error instanceof ApiFailure ? 400 : 500, JSON.stringify({ error: message }), 'application/json');
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${hostPart}:${address.port}`;
  let closing: Promise<void> | undefined;
  return {
    url: `${origin}/Apiv3/json`,
    origin,
    port: address.port,
    store,
    schema: api,
    flush: async () => {
      await saver?.flush();
    },
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await saver?.flush();
      })();
      return closing;
    },
  };
}

/** Which calls the sandbox serves and which it answers "not implemented" (for docs and the report). */
export function sandboxCoverage(): { served: string[]; notServed: Record<string, string> } {
  return coverage({ schema: schema() });
}
