/**
 * Retries that never duplicate. A chaos server on 127.0.0.1 decides, from a seed, what to do with
 * each request: act and answer, act and drop the connection, act and answer 5xx, answer 5xx
 * without acting, act and stall past the client's timeout, refuse with HasOffers' rate-limit
 * answer, or refuse with a validation error. The server keeps a log of what it did; every outcome
 * the client reports is checked against that log.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer} from '../../src/index.js';
import { HasOffersAPI, HasOffersError, MaxRetriesExceededError, UnknownOutcomeError } from '../../src/index.js';
import { envelope, errorEnvelope, hash, RATE_LIMIT_ENVELOPE, rng, sendJson, startServer, TOKEN } from '../transport/helpers.js';
import type { Call, TestServer } from '../transport/helpers.js';

const SEED = 20240611;
const CREATES = 1000;
const READS = 1000;
const CONCURRENCY = 100;
/** The server fails a read at most this many times in a row; the client has more retries than that. */
const MAX_READ_FAILURES = 3;

type Action = 'ok' | 'drop-after-act' | 'drop-before-act' | '500-after-act' | '502-before-act' | 'stall-after-act' | 'rate-limit' | 'refuse';
const WRITE_ACTIONS: readonly [Action, number][] = [
  ['ok', 0.45],
  ['drop-after-act', 0.1],
  ['drop-before-act', 0.05],
  ['500-after-act', 0.07],
  ['502-before-act', 0.07],
  ['stall-after-act', 0.03],
  ['rate-limit', 0.17],
  ['refuse', 0.06],
];
const READ_FAILURES: readonly Action[] = ['drop-after-act', '500-after-act', '502-before-act', 'stall-after-act', 'rate-limit'];

function pick(random: number, table: readonly [Action, number][]): Action {
  let acc = 0;
  for (const [action, weight] of table) {
    acc += weight;
    if (random < acc) return action;
  }
  return 'ok';
}

interface Record {
  readonly name: string;
  readonly id: string;
}

const HTML = '<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';

describe('chaos: retries never duplicate a write, and reads always come through', () => {
  let server: TestServer;
  let api: HasOffersAPI;
  /** What the server did, per create name, in order of arrival. */
  const actionsByName = new Map<string, Action[]>();
  const created = new Map<string, Record[]>();
  const readAttempts = new Map<string, number>();
  let nextId = 1000;

  const act = (name: string): Record => {
    const record = { name, id: String(nextId++) };
    created.set(name, [...(created.get(name) ?? []), record]);
    return record;
  };

  function perform(action: Action, res: ServerResponse, call: Call, name: string, answer: () => unknown): void {
    const acts = action.endsWith('after-act') || action === 'ok';
    const data = acts ? answer() : undefined;
    switch (action) {
      case 'ok':
        return sendJson(res, envelope(data, call));
      case 'drop-after-act':
      case 'drop-before-act':
        res.socket?.destroy();
        return;
      case '500-after-act':
        res.writeHead(500, { 'content-type': 'text/html' });
        res.end('<html><body>Internal Server Error</body></html>');
        return;
      case '502-before-act':
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end(HTML);
        return;
      case 'stall-after-act':
        return; // never answers; the client's timeout ends it and the socket closes
      case 'rate-limit':
        return sendJson(res, RATE_LIMIT_ENVELOPE);
      case 'refuse':
        return sendJson(res, errorEnvelope([{ attribute_name: 'name', publicMessage: `Name ${name} is not allowed` }], call));
    }
  }

  beforeAll(async () => {
    server = await startServer((call, _req, res) => {
      if (call.params.Method === 'create') {
        const name = call.params['data[name]'] as string;
        const seen = actionsByName.get(name) ?? [];
        // A few names are refused with the rate-limit answer every time, to exhaust the retries.
        const sticky = rng(hash(`${SEED}:${name}:sticky`))() < 0.03;
        const action = sticky ? 'rate-limit' : pick(rng(hash(`${SEED}:${name}:${seen.length}`))(), WRITE_ACTIONS);
        actionsByName.set(name, [...seen, action]);
        perform(action, res, call, name, () => ({ Offer: act(name) }));
        return;
      }
      if (call.params.Method === 'findById') {
        const id = call.params.id as string;
        const attempt = readAttempts.get(id) ?? 0;
        readAttempts.set(id, attempt + 1);
        const random = rng(hash(`${SEED}:read:${id}:${attempt}`))();
        const fails = attempt < MAX_READ_FAILURES && random < 0.3;
        const action = fails ? (READ_FAILURES[Math.floor((random / 0.3) * READ_FAILURES.length)] as Action) : 'ok';
        perform(action, res, call, id, () => ({ Offer: { id, name: `offer ${id}` } }));
        return;
      }
      sendJson(res, errorEnvelope([{ publicMessage: 'unexpected call' }]));
    });
    api = new HasOffersAPI({
      endpoint: server.endpoint,
      networkToken: TOKEN,
      networkId: 'chaos',
      retries: MAX_READ_FAILURES + 1,
      retryTimeout: 0.002,
      backoff: { initialMs: 2, maxMs: 20 },
      timeout: 1500,
      rateLimit: false,
    });
  });

  afterAll(async () => {
    console.log('closing');
    await api.close();
    console.log('api closed', server.openSockets());
    await server.close();
    console.log('server closed');
  });

  async function pool<T>(count: number, run: (index: number) => Promise<T>): Promise<T[]> {
    const results: T[] = new Array<T>(count);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < count) {
          const index = next++;
          results[index] = await run(index);
        }
      }),
    );
    return results;
  }

  it(`${CREATES} creates: no duplicates, every outcome true to the server's log`, async () => {
    type Outcome = { kind: 'ok'; offer: Offer } | { kind: 'refused' | 'rate-limited' | 'unknown'; error: Error } | { kind: 'other'; error: unknown };
    const outcomes = await pool(CREATES, async (index): Promise<Outcome> => {
      try {
        const offer = await api.offers.create({ name: `chaos-${index}` });
        return { kind: 'ok', offer };
      } catch (error) {
        if (error instanceof UnknownOutcomeError) return { kind: 'unknown', error };
        if (error instanceof MaxRetriesExceededError) return { kind: 'rate-limited', error };
        if (error instanceof HasOffersError) return { kind: 'refused', error };
        return { kind: 'other', error };
      }
    });

    const duplicates = [...created.values()].filter((records) => records.length > 1).length;
    const tally = { ok: 0, refused: 0, 'rate-limited': 0, unknownActed: 0, unknownNotActed: 0, other: 0 };
    const untruthful: string[] = [];
    outcomes.forEach((outcome, index) => {
      const name = `chaos-${index}`;
      const records = created.get(name) ?? [];
      const actions = actionsByName.get(name) ?? [];
      // A write is only ever sent again after the server refused it without acting.
      if (actions.slice(0, -1).some((action) => action !== 'rate-limit')) untruthful.push(`${name} repeated after ${actions.join(', ')}`);
      switch (outcome.kind) {
        case 'ok':
          tally.ok++;
          if (records.length !== 1 || records[0]?.id !== outcome.offer.id) untruthful.push(`${name}: reported created as ${String(outcome.offer.id)}, server has ${JSON.stringify(records)}`);
          break;
        case 'refused':
        case 'rate-limited':
          tally[outcome.kind]++;
          if (records.length !== 0) untruthful.push(`${name}: reported ${outcome.kind} but the server created it`);
          break;
        case 'unknown':
          if (records.length) tally.unknownActed++;
          else tally.unknownNotActed++;
          break;
        case 'other':
          tally.other++;
          untruthful.push(`${name}: unexpected ${String(outcome.error)}`);
      }
    });
    console.info(`[chaos] ${CREATES} creates (seed ${SEED}): duplicates ${duplicates}; ${JSON.stringify(tally)}; server requests ${[...actionsByName.values()].reduce((n, a) => n + a.length, 0)}`);
    expect(duplicates).toBe(0);
    expect(untruthful).toEqual([]);
    // The seed exercises every path (otherwise the test would prove less than it claims).
    expect(tally.ok).toBeGreaterThan(300);
    expect(tally.refused).toBeGreaterThan(10);
    expect(tally['rate-limited']).toBeGreaterThan(10);
    expect(tally.unknownActed).toBeGreaterThan(50);
    expect(tally.unknownNotActed).toBeGreaterThan(20);
    const retriedAfterRateLimit = [...actionsByName.values()].filter((actions) => actions.length > 1).length;
    expect(retriedAfterRateLimit).toBeGreaterThan(50);
  });

  it(`${READS} reads all succeed through drops, 5xx, stalls and rate limits`, async () => {
    const results = await pool(READS, async (index) => {
      const offer = await api.offers.findById(index + 1);
      return offer?.name === `offer ${index + 1}`;
    });
    const succeeded = results.filter(Boolean).length;
    const retried = [...readAttempts.values()].filter((attempts) => attempts > 1).length;
    console.info(`[chaos] ${READS} reads: ${succeeded} succeeded, ${retried} needed retries`);
    expect(succeeded).toBe(READS);
    expect(retried).toBeGreaterThan(200);
  });
});
