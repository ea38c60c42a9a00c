/**
 * Replays the pyoffers Betamax cassettes from ../shared/fixtures/cassettes through a real HTTP
 * server on 127.0.0.1. A request must match the next unplayed recording with the same method and
 * the same query parameters, byte for byte as encoded on the wire (key order aside, order of
 * repeated keys kept). Anything else is answered with HTTP 599 and recorded as a mismatch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED_DIR = join(here, '..', '..', '..', 'shared');
export const CASSETTE_DIR = join(SHARED_DIR, 'fixtures', 'cassettes');
export const HAVE_CASSETTES = existsSync(CASSETTE_DIR);
/**
 * The cassettes hold the placeholder `token` where pyoffers' recording had the real NetworkToken.
 * Clients under replay use this realistic token instead, and the server maps it back to the
 * placeholder before matching (as Betamax placeholders work): a client whose token is the common
 * word "token" would see the SDK redact every "token" in the answers it parses.
 */
export const REPLAY_NETWORK_TOKEN = 'NETreplayTokenXq7v9Lw2Zk4Jd8Ms3Pt';
const RECORDED_NETWORK_TOKEN = 'token';
// The same wording as the raw-log suites: where ../shared comes from, and how to get it locally.
export const SKIP_REASON =
  `${CASSETTE_DIR} not found. These suites replay pyoffers' recorded HasOffers traffic, which is not part of this repository: ` +
  'it comes from the shared fixtures directory that sits beside the checkout as ../shared (CI provides it). ' +
  "To run them locally, put that directory there: fixtures/cassettes/*.json are the Betamax cassettes of pyoffers' test suite " +
  '(https://github.com/Stranger6667/pyoffers, tests/cassettes, MIT).';

interface RawInteraction {
  request: { method: string; uri: string; body?: { base64_string?: string; string?: string } };
  response: { status: { code: number }; headers: Record<string, string[]>; body: { base64_string?: string; string?: string } };
}

export interface Interaction {
  /** Position in its cassette (in a replay server: across all the cassettes it was given). */
  readonly index: number;
  /** The cassette it comes from (set by startReplay). */
  readonly cassette?: string;
  readonly method: string;
  readonly uri: string;
  /** Query pairs exactly as encoded in the recorded URI. */
  readonly rawPairs: readonly string[];
  readonly requestBody: Buffer;
  readonly status: number;
  readonly headers: Record<string, string>;
  /** The body as sent on the wire (gzip when Content-Encoding says so). */
  readonly body: Buffer;
  /** The body decoded to text. */
  readonly text: string;
}

function bodyBytes(body: { base64_string?: string; string?: string } | undefined): Buffer {
  if (!body) return Buffer.alloc(0);
  if (body.base64_string !== undefined) return Buffer.from(body.base64_string, 'base64');
  return Buffer.from(body.string ?? '', 'utf8');
}

export function rawPairsOf(query: string): string[] {
  return query.split('&').filter((part) => part.length > 0);
}

export function loadCassette(name: string): Interaction[] {
  const data = JSON.parse(readFileSync(join(CASSETTE_DIR, `${name}.json`), 'utf8')) as { http_interactions: RawInteraction[] };
  return data.http_interactions.map((raw, index) => {
    const headers: Record<string, string> = {};
    for (const [key, values] of Object.entries(raw.response.headers)) headers[key.toLowerCase()] = values.join(', ');
    const body = bodyBytes(raw.response.body);
    const text = (headers['content-encoding'] ?? '').includes('gzip') ? gunzipSync(body).toString('utf8') : body.toString('utf8');
    const query = raw.request.uri.includes('?') ? raw.request.uri.slice(raw.request.uri.indexOf('?') + 1) : '';
    return {
      index,
      method: raw.request.method,
      uri: raw.request.uri,
      rawPairs: rawPairsOf(query),
      requestBody: bodyBytes(raw.request.body),
      status: raw.response.status.code,
      headers,
      body,
      text,
    };
  });
}

/** Pairs compared as multisets, but repeated keys must keep their relative order. */
export function samePairs(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const group = (pairs: readonly string[]) => {
    const map = new Map<string, string[]>();
    for (const pair of pairs) {
      const key = pair.split('=')[0] as string;
      map.set(key, [...(map.get(key) ?? []), pair]);
    }
    return map;
  };
  const ga = group(a);
  const gb = group(b);
  if (ga.size !== gb.size) return false;
  for (const [key, values] of ga) {
    const other = gb.get(key);
    if (!other || other.join('&') !== values.join('&')) return false;
  }
  return true;
}

export interface ReceivedRequest {
  readonly method: string;
  readonly rawPairs: readonly string[];
  readonly body: Buffer;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly matched?: number;
  /** For a request that matched nothing: how it differs from the nearest unplayed recording. */
  readonly nearest?: string;
}

/** The unplayed recording whose pairs differ least from `pairs`, and the difference, for debugging. */
function nearestRecording(candidates: readonly Interaction[], pairs: readonly string[]): string | undefined {
  let best: { interaction: Interaction; sentOnly: string[]; recordedOnly: string[] } | undefined;
  for (const interaction of candidates) {
    const sentOnly = pairs.filter((pair) => !interaction.rawPairs.includes(pair));
    const recordedOnly = interaction.rawPairs.filter((pair) => !pairs.includes(pair));
    if (!best || sentOnly.length + recordedOnly.length < best.sentOnly.length + best.recordedOnly.length) best = { interaction, sentOnly, recordedOnly };
  }
  if (!best) return undefined;
  const order = best.sentOnly.length + best.recordedOnly.length === 0 ? ' (same pairs, repeated keys in another order)' : '';
  return `nearest unplayed recording #${best.interaction.index}${order}: sent only [${best.sentOnly.join(', ')}], recorded only [${best.recordedOnly.join(', ')}]`;
}

export interface ReplayServer {
  /** Endpoint to give the client (`http://127.0.0.1:PORT/Apiv3/json`). */
  readonly endpoint: string;
  readonly received: ReceivedRequest[];
  readonly mismatches: ReceivedRequest[];
  readonly interactions: readonly Interaction[];
  /** Recordings not played yet. */
  unplayed(): Interaction[];
  close(): Promise<void>;
}

/**
 * Starts a replay server for the named cassettes (played in the given order). S3 download URLs
 * (raw logs) are served under /s3/… with the recorded path.
 */
export interface ReplayOptions {
  /**
   * Rewrites each recorded JSON answer before it is served (uncompressed), given this server's
   * origin: raw-log download links point at S3, and a test sends them to `/s3/…` here instead.
   */
  readonly rewrite?: (text: string, origin: string) => string;
}

export async function startReplay(names: readonly string[], filter?: (interaction: Interaction) => boolean, options: ReplayOptions = {}): Promise<ReplayServer> {
  // Number recordings across all the cassettes given, so that two cassettes' #3 stay distinct.
  const interactions = names
    .flatMap((name) => loadCassette(name).map((interaction) => ({ ...interaction, cassette: name })))
    .map((interaction, position) => ({ ...interaction, index: position }))
    .filter((interaction) => (filter ? filter(interaction) : true));
  const played = new Set<number>();
  const received: ReceivedRequest[] = [];
  const mismatches: ReceivedRequest[] = [];
  let origin = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
      const pairs = rawPairsOf(query).map((pair) => (pair === `NetworkToken=${REPLAY_NETWORK_TOKEN}` ? `NetworkToken=${RECORDED_NETWORK_TOKEN}` : pair));
      const path = url.split('?')[0] ?? '';
      const match = interactions.find((interaction) => {
        if (played.has(interaction.index) || interaction.method !== req.method) return false;
        if (path.startsWith('/s3/')) return interaction.uri.startsWith('https://s3.amazonaws.com/') && new URL(interaction.uri).pathname === path.slice(3);
        return !interaction.uri.startsWith('https://s3.amazonaws.com/') && samePairs(interaction.rawPairs, pairs);
      });
      const nearest = match
        ? undefined
        : nearestRecording(
            interactions.filter((interaction) => !played.has(interaction.index) && interaction.method === req.method && !interaction.uri.startsWith('https://s3.amazonaws.com/')),
            pairs,
          );
      const request: ReceivedRequest = {
        method: req.method ?? '',
        rawPairs: pairs,
        body: Buffer.concat(chunks),
        headers: req.headers,
        ...(match ? { matched: match.index } : {}),
        ...(nearest ? { nearest } : {}),
      };
      received.push(request);
      if (!match) {
        mismatches.push(request);
        res.writeHead(599, { 'content-type': 'text/plain' });
        res.end(`no recording matches ${req.method} ${pairs.join('&')}${nearest ? `; ${nearest}` : ''}`);
        return;
      }
      played.add(match.index);
      const contentType = match.headers['content-type'] ?? 'application/json';
      if (options.rewrite && contentType.includes('json')) {
        const body = Buffer.from(options.rewrite(match.text, origin), 'utf8');
        res.writeHead(match.status, { 'content-type': contentType, 'content-length': String(body.length) });
        res.end(body);
        return;
      }
      const headers: Record<string, string> = { 'content-type': contentType, 'content-length': String(match.body.length) };
      if (match.headers['content-encoding']) headers['content-encoding'] = match.headers['content-encoding'];
      res.writeHead(match.status, headers);
      res.end(match.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    endpoint: `http://127.0.0.1:${port}/Apiv3/json`,
    received,
    mismatches,
    interactions,
    unplayed: () => interactions.filter((interaction) => !played.has(interaction.index)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
