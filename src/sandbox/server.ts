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
import { MULTIPART_LIMITS, readMultipart } from './multipart.js';
import type { UploadedFile } from './multipart.js';
import { buildParams, isList, PARAM_LIMITS, parsePairs, scalar } from './php-params.js';
import type { PhpArray, PhpValue } from './php-params.js';
import { Prng } from './prng.js';
import { buildLogZip, findLogFile, LOG_TYPES } from './rawlog.js';
import { exportFile } from './reports.js';
import type { SandboxLogType } from './rawlog.js';
import { accountFor, accountKindOf, handleAccount, seedAccounts } from './accounts.js';
import type { SandboxAccount } from './accounts.js';
import { buildAccountSchemas, buildSchema } from './schema.js';
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
  /**
   * The one origin (`http://localhost:3000`, or `*` for any) whose web pages may read answers.
   * Off by default: without it no CORS header is sent, so a page on another site cannot read or
   * drive the sandbox through a visitor's browser.
   */
  readonly cors?: string;
}

export interface SandboxHandle {
  /** `http://127.0.0.1:PORT/Apiv3/json`: the endpoint to give a client. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly store: Store;
  readonly schema: SandboxSchema;
  /** Seeded affiliates and advertisers with their api_keys, for the Affiliate_* and Advertiser_* Targets. */
  readonly accounts: readonly SandboxAccount[];
  /** Writes any pending state and resolves when the file holds the latest data. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY = 32 * 1024 * 1024;
const RATE_LIMIT_HELP = 'See https://help.tune.com/hasoffers/rate-limit-error/ for guidance.';

let cachedSchema: SandboxSchema | undefined;
let cachedAccountSchemas: ReturnType<typeof buildAccountSchemas> | undefined;

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

const CLOSE_GRACE_MS = 1_000;

/** How many bytes of request bodies all requests together may hold in memory at once. */
const MAX_BUFFERED = 64 * 1024 * 1024;
/** A form body whose query string carries no credentials is read before they can be checked: kept small. */
const MAX_ANONYMOUS_FORM = 64 * 1024;

/** A refusal sent with its own HTTP status (413, 503) instead of HasOffers' 200. */
class HttpFailure extends ApiFailure {
  constructor(
    readonly status: number,
    text: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super([{ publicMessage: text }], text);
  }
}

/**
 * Bytes of request bodies held in memory across all requests, so that many concurrent uploads
 * cannot grow the process without bound: a request that would go over the cap is answered 503.
 */
class BodyBudget {
  private held = 0;
  constructor(private readonly max: number) {}

  /**
   * Counts `request`'s body bytes until its answer is done. Past the cap `onOver` is called once
   * and counting stops: what Node then reads to discard the rest is not kept.
   */
  track(request: IncomingMessage, response: ServerResponse, onOver: (failure: HttpFailure) => void): void {
    let mine = 0;
    let counting = true;
    const stop = () => {
      counting = false;
      request.off('data', onData);
      this.held -= mine;
      mine = 0;
    };
    const onData = (chunk: Buffer) => {
      if (!counting) return;
      if (this.held + chunk.length > this.max) {
        stop();
        onOver(new HttpFailure(503, `The sandbox is already holding ${this.max} bytes of unfinished request bodies; retry in a moment.`, { 'retry-after': '1' }));
        return;
      }
      mine += chunk.length;
      this.held += chunk.length;
    };
    request.on('data', onData);
    response.once('close', stop);
  }
}

function declaredLength(request: IncomingMessage): number | undefined {
  const header = request.headers['content-length'];
  return header === undefined || !/^\d+$/.test(header) ? undefined : Number(header);
}

function hasBody(request: IncomingMessage): boolean {
  const length = declaredLength(request);
  return (length !== undefined && length > 0) || request.headers['transfer-encoding'] !== undefined;
}

function tooLarge(limit: number, why = ''): HttpFailure {
  return new HttpFailure(413, `Request body over ${limit} bytes${why}.`);
}

/** Reads a form body of at most `limit` bytes; the budget's refusal (503) ends it too. */
function readForm(request: IncomingMessage, limit: number, over: Promise<never>): Promise<string> {
  const length = declaredLength(request);
  if (length !== undefined && length > limit) return Promise.reject(tooLarge(limit));
  const body = new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      request.off('data', onData);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish(tooLarge(limit));
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => finish());
    request.on('error', (error) => finish(new HttpFailure(400, `The request body broke off (${error.message}).`)));
  });
  return Promise.race([body, over]);
}

/**
 * After a refusal the rest of the body is read and dropped, not kept: the readers stop listening
 * (with a listener left, Node would not discard it itself) and the stream drains into nothing.
 */
function discardBody(request: IncomingMessage): void {
  request.unpipe();
  request.removeAllListeners('data');
  request.resume();
}

/** The last value of a plain key among pairs (PHP: a repeated key keeps the last). */
function lastValue(pairs: readonly (readonly [string, string])[], key: string): string | undefined {
  for (let i = pairs.length - 1; i >= 0; i--) if ((pairs[i] as readonly [string, string])[0] === key) return (pairs[i] as readonly [string, string])[1];
  return undefined;
}

/** `GET /%` must not throw: a malformed escape makes the path unreadable, answered 400. */
function decodeSegment(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
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
  if (options.cors !== undefined && options.cors !== '*' && !/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(options.cors)) {
    throw new RangeError(`cors must be "*" or one origin such as http://localhost:3000 (scheme, host and port, no path), got ${JSON.stringify(options.cors)}.`);
  }
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
  const accounts = seedAccounts(store);
  cachedAccountSchemas ??= buildAccountSchemas();
  const accountSchemas = cachedAccountSchemas;
  const random = Prng.derive(store.seed, 'runtime');
  const zips = new Map<string, Uint8Array>();
  let origin = '';

  const budget = new BodyBudget(MAX_BUFFERED);
  const cors = options.cors;

  const send = (request: IncomingMessage, response: ServerResponse, status: number, body: string | Uint8Array, type: string, extra: Readonly<Record<string, string>> = {}) => {
    if (response.headersSent || response.destroyed) return;
    let payload: Buffer = typeof body === 'string' ? Buffer.from(body.split(ORIGIN_PLACEHOLDER.replace(/\//g, '\\/')).join(origin.replace(/\//g, '\\/')), 'utf8') : Buffer.from(body);
    const headers: Record<string, string> = { 'content-type': type, ...extra };
    if (cors) {
      headers['access-control-allow-origin'] = cors;
      if (cors !== '*') headers.vary = 'Origin';
    }
    if (typeof body === 'string' && payload.length > 1024 && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      payload = gzipSync(payload);
      headers['content-encoding'] = 'gzip';
      headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
    }
    // A body left unread (refused before it was needed) is not kept: Node discards the rest, and
    // the connection ends with this answer instead of waiting for the next request on it.
    if (hasBody(request) && !request.complete) headers.connection = 'close';
    headers['content-length'] = String(payload.length);
    response.writeHead(status, headers);
    response.end(payload);
  };

  const sendError = (request: IncomingMessage, response: ServerResponse, status: number, message: string) =>
    send(request, response, status, JSON.stringify({ error: message }), 'application/json');

  const api404 = (request: IncomingMessage, response: ServerResponse, path: string) =>
    sendError(request, response, 404, `No such path ${path}; the API is at /Apiv3/json`);

  const serveApi = async (request: IncomingMessage, response: ServerResponse, query: string) => {
    const json = (value: JsonValue, status = 200, headers?: Readonly<Record<string, string>>) => send(request, response, status, writeJson(value), 'application/json', headers);
    // Refused before the parameters could be read: there is no request to echo.
    const refusal = (failure: ApiFailure) => {
      const answer = new Map<string, JsonValue>();
      answer.set('response', new Map<string, JsonValue>([
        ['status', -1],
        ['httpStatus', failure instanceof HttpFailure ? failure.status : 200],
        ['data', ''],
        ['errors', failure.errors.map((item) => ({ ...item }))],
        ['errorMessage', failure.errorMessage],
      ]));
      return failure instanceof HttpFailure ? json(answer, failure.status, failure.headers) : json(answer);
    };
    const badCredentials = (which: 'NetworkId' | 'NetworkToken') =>
      json(new Map<string, JsonValue>([['response', new Map<string, JsonValue>([['errors', { publicMessage: which === 'NetworkId' ? 'Network id is not valid' : 'NetworkToken is not valid' }], ['link', 'http://developers.hasoffers.com/']])]]));
    /** Answers and returns true when the credentials are wrong. */
    const refusedCredentials = (id: string | undefined, token: string | undefined, apiKey?: string): boolean => {
      // An api_key authenticates an affiliate or advertiser, never the network's Targets. Beside a
      // NetworkToken it is a parameter (Application.validNetworkApiKey takes one).
      if (apiKey !== undefined && token === undefined) refusal(ApiFailure.message('api_key is not authenticated for the Network API; send a NetworkToken.'));
      else if (id !== networkId) badCredentials('NetworkId');
      else if (token !== networkToken) badCredentials('NetworkToken');
      else return false;
      return true;
    };

    /**
     * An Affiliate_ or Advertiser_ call: answers and returns undefined unless its api_key is a seeded
     * account's of that kind; a NetworkToken is refused there, as HasOffers does.
     */
    const accountOf = (target: string, apiKey: string | undefined, token: string | undefined, id: string | undefined): SandboxAccount | undefined => {
      const kind = accountKindOf(target);
      if (!kind) return undefined;
      if (token !== undefined) return void refusal(ApiFailure.message(`NetworkToken ${token ? '(given) ' : ''}is not authenticated for ${target}: the ${kind === 'affiliate' ? 'Affiliate' : 'Advertiser'} API takes an api_key.`.replace(/\s+/g, ' ')));
      if (id !== undefined && id !== networkId) return void badCredentials('NetworkId');
      const account = accountFor(accounts, kind, apiKey);
      if (!account) return void refusal(ApiFailure.message(apiKey ? 'api_key is not valid' : 'Missing required argument: api_key'));
      return account;
    };

    let pairs: [string, string][];
    let files: UploadedFile[] = [];
    try {
      pairs = parsePairs(query);
      // Credentials travel in the query string (the SDK and pyoffers put them there): they are
      // checked before a single byte of the body is read, so an unauthenticated upload costs nothing.
      const queryTarget = lastValue(pairs, 'Target') ?? '';
      const byKey = accountKindOf(queryTarget) !== undefined;
      const inQuery = byKey ? lastValue(pairs, 'api_key') !== undefined : lastValue(pairs, 'NetworkId') !== undefined || lastValue(pairs, 'NetworkToken') !== undefined;
      if (inQuery && byKey && !accountOf(queryTarget, lastValue(pairs, 'api_key'), lastValue(pairs, 'NetworkToken'), lastValue(pairs, 'NetworkId'))) return;
      if (inQuery && !byKey && refusedCredentials(lastValue(pairs, 'NetworkId'), lastValue(pairs, 'NetworkToken'), lastValue(pairs, 'api_key'))) return;
      const contentType = String(request.headers['content-type'] ?? '');
      if (hasBody(request)) {
        let rejectOver: (failure: HttpFailure) => void = () => {};
        const over = new Promise<never>((_, reject) => (rejectOver = reject));
        over.catch(() => {});
        /** From here on the body is read: a client waiting on "Expect: 100-continue" may send it. */
        const proceed = () => {
          if (/^100-continue$/i.test(String(request.headers.expect ?? ''))) response.writeContinue();
          budget.track(request, response, rejectOver);
        };
        if (/^multipart\/form-data/i.test(contentType)) {
          if (!inQuery) throw ApiFailure.message('A multipart/form-data upload needs NetworkId and NetworkToken in the query string.');
          const length = declaredLength(request);
          if (length !== undefined && length > MAX_BODY) throw tooLarge(MAX_BODY);
          proceed();
          const parsed = await Promise.race([readMultipart(request, request.headers, MULTIPART_LIMITS), over]);
          pairs.push(...parsed.fields);
          files = parsed.files;
        } else if (/^application\/x-www-form-urlencoded/i.test(contentType) || !contentType) {
          const limit = inQuery ? MAX_BODY : MAX_ANONYMOUS_FORM;
          const length = declaredLength(request);
          if (length === undefined || length <= limit) proceed();
          const text = await readForm(request, limit, over).catch((error: unknown) => {
            throw error instanceof HttpFailure && error.status === 413 && !inQuery ? tooLarge(limit, ' without NetworkId and NetworkToken in the query string') : error;
          });
          pairs.push(...parsePairs(text, PARAM_LIMITS, pairs.length));
        }
      }
    } catch (error) {
      discardBody(request);
      if (error instanceof ApiFailure) return refusal(error);
      throw error;
    }
    let params: PhpArray;
    try {
      params = buildParams(pairs);
    } catch (error) {
      if (error instanceof ApiFailure) return refusal(error);
      throw error;
    }
    const calledTarget = scalar(params, 'Target') ?? '';
    let account: SandboxAccount | undefined;
    if (accountKindOf(calledTarget)) {
      // A NetworkToken in any form (NetworkToken[]=x is one to PHP) is refused on these Targets.
      account = accountOf(calledTarget, scalar(params, 'api_key'), params.has('NetworkToken') ? (scalar(params, 'NetworkToken') ?? '') : undefined, scalar(params, 'NetworkId'));
      if (!account) return;
    } else if (refusedCredentials(scalar(params, 'NetworkId'), scalar(params, 'NetworkToken'), scalar(params, 'api_key'))) return;
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
    let answer: JsonMap;
    try {
      answer = envelope(account ? handleAccount(ctx, account, account.kind === 'affiliate' ? accountSchemas.affiliate : accountSchemas.advertiser) : handle(ctx));
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      answer = envelope('', error);
    } finally {
      // An answered write is on disk first: a crash or kill after the answer loses nothing.
      if (saver && store.revision !== before) await saver.flush();
    }
    json(answer);
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
      zip = buildLogZip(store.seed, api, type, file);
      if (zips.size > 64) zips.delete(zips.keys().next().value as string);
      zips.set(key, zip);
    }
    send(request, response, 200, zip, 'application/octet-stream');
  };

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const raw = request.url ?? '/';
    const at = raw.indexOf('?');
    const path = at === -1 ? raw : raw.slice(0, at);
    if (cors && request.method === 'OPTIONS') {
      response.writeHead(204, { 'access-control-allow-origin': cors, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'Content-Type', 'access-control-max-age': '600', ...(cors === '*' ? {} : { vary: 'Origin' }) });
      response.end();
      return;
    }
    if (path.endsWith('/Apiv3/json')) return serveApi(request, response, at === -1 ? '' : raw.slice(at + 1));
    const parts: string[] = [];
    for (const segment of path.split('/')) {
      if (!segment) continue;
      const decoded = decodeSegment(segment);
      if (decoded === undefined) return sendError(request, response, 400, `Malformed percent-encoding in the path ${JSON.stringify(path.length > 200 ? `${path.slice(0, 200)}…` : path)}.`);
      parts.push(decoded);
    }
    if (parts[0] === 'files' && parts.length >= 4) return serveFile(request, response, parts);
    if (parts[0] === 'rawlogs' && parts.length >= 4) return serveRawLog(request, response, parts);
    if (parts[0] === 'exports' && parts.length === 2) {
      // /exports/<token>.csv: a report export made by DownloadReport.getDownloadReportLink.
      const csv = exportFile(parts[1] as string);
      if (!csv) return api404(request, response, path);
      return send(request, response, 200, csv, 'text/csv; charset=utf-8');
    }
    return api404(request, response, path);
  };

  const listener = (request: IncomingMessage, response: ServerResponse) => {
    // Everything a request can make go wrong ends here, as an answer: the listener never throws.
    route(request, response).catch((error: unknown) => {
      if (error instanceof HttpFailure) return sendError(request, response, error.status, error.errorMessage);
      const message = error instanceof ApiFailure ? error.errorMessage : `Internal sandbox error: ${error instanceof Error ? error.message : String(error)}`;
      if (!response.headersSent) sendError(request, response, error instanceof ApiFailure ? 400 : 500, message);
      else response.destroy();
    }).catch(() => response.destroy());
  };
  const server: Server = createServer(listener);
  // "Expect: 100-continue" is answered by serveApi once the credentials passed, so a client that
  // waits for it does not send a body the sandbox would refuse.
  server.on('checkContinue', listener);
  // Bytes that are not HTTP (a broken request line, a header over 16 KiB, a stalled request)
  // get a short plain answer where the socket still takes one.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    const body = JSON.stringify({ error: `Not a readable HTTP request (${error.code ?? error.message})` });
    socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  server.keepAliveTimeout = 5_000;
  // A stalled upload holds its budget until this ends it.
  server.requestTimeout = 120_000;
  server.headersTimeout = 20_000;

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
    accounts,
    flush: async () => {
      await saver?.flush();
    },
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // Answers under way get a moment to finish; a client that stalls mid-request (an upload
          // that never ends) does not hold close() until the request timeout.
          setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
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
