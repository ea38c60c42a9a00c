/**
 * A replay flow: the calls a pyoffers user made to produce one cassette, written against
 * tsoffers as ordered steps. The same flow runs as a vitest suite (one `it` per step, then the
 * "every recording matched and consumed" check) and inside the replay summary, which counts the
 * matched requests of every cassette. Steps share state through the closure of the flow factory,
 * so each call of the factory starts afresh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import type { HasOffersOptions } from '../../src/index.js';
import { HAVE_CASSETTES, REPLAY_NETWORK_TOKEN, SKIP_REASON, startReplay } from '../helpers/cassette.js';
import type { Interaction, ReplayOptions, ReplayServer } from '../helpers/cassette.js';

export interface FlowContext {
  readonly api: HasOffersAPI;
  readonly server: ReplayServer;
  /** A second client on the same replay server (e.g. with other credentials). */
  client(options?: Partial<Omit<HasOffersOptions, 'endpoint'>>): HasOffersAPI;
}

export interface FlowStep {
  readonly name: string;
  run(context: FlowContext): Promise<void>;
}

export interface FlowExclusion {
  /** Why these recordings are not replayed here, and who replays them. */
  readonly reason: string;
  readonly matches: (interaction: Interaction) => boolean;
}

export interface Flow {
  readonly cassette: string;
  /** How the replay server serves the recordings (e.g. raw-log links pointed at it). */
  readonly replay?: ReplayOptions;
  readonly exclusions?: readonly FlowExclusion[];
  /** Client options on top of the defaults (the replay token, id `id`, no retries). */
  readonly client?: Partial<Omit<HasOffersOptions, 'endpoint'>>;
  readonly steps: readonly FlowStep[];
}

export type FlowFactory = () => Flow;

export function step(name: string, run: (context: FlowContext) => Promise<void>): FlowStep {
  return { name, run };
}

/** What `startReplay` should serve: everything but the excluded recordings. */
export function replayFilter(flow: Flow): (interaction: Interaction) => boolean {
  return (interaction) => !(flow.exclusions ?? []).some((exclusion) => exclusion.matches(interaction));
}

export interface FlowSession {
  readonly flow: Flow;
  readonly server: ReplayServer;
  readonly context: FlowContext;
  close(): Promise<void>;
}

/** Starts the replay server for a flow and the clients its steps use. */
export async function openFlow(flow: Flow): Promise<FlowSession> {
  const server = await startReplay([flow.cassette], replayFilter(flow), flow.replay);
  const clients: HasOffersAPI[] = [];
  const client = (options: Partial<Omit<HasOffersOptions, 'endpoint'>> = {}) => {
    const api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: REPLAY_NETWORK_TOKEN, networkId: 'id', retries: 0, retryTimeout: 0, ...flow.client, ...options });
    clients.push(api);
    return api;
  };
  const api = client();
  return {
    flow,
    server,
    context: { api, server, client },
    async close() {
      await Promise.all(clients.map((one) => one.close()));
      await server.close();
    },
  };
}

/**
 * `response.data` of recording `index` (its position in the cassette), walked down `path`:
 * `recordedData(server, 0, 'Offer')` is the Offer fields the server sent for recording #0.
 */
export function recordedData(server: ReplayServer, index: number, ...path: string[]): unknown {
  const interaction = server.interactions.find((candidate) => candidate.index === index);
  if (!interaction) throw new Error(`${server.interactions.length} recordings served; #${index} is not one of them`);
  let value = (JSON.parse(interaction.text) as { response: { data: unknown } }).response.data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') throw new Error(`recording #${index} has no ${path.join('.')}`);
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The requests the server could not match, as readable query strings. */
export function mismatchList(server: ReplayServer): string[] {
  return server.mismatches.map((request) => `${request.method} ${request.rawPairs.join('&')}${request.nearest ? ` (${request.nearest})` : ''}`);
}

/** The recordings that no request consumed. */
export function unplayedList(server: ReplayServer): string[] {
  return server.unplayed().map((interaction) => `#${interaction.index} ${interaction.method} ${interaction.rawPairs.join('&')}`);
}

/** Registers a flow as a vitest suite: one test per step, then the matched-and-consumed check. */
export function describeFlow(factory: FlowFactory): void {
  // One flow instance: its steps share state through the factory's closure.
  const flow = factory();
  const title = `${flow.cassette} cassette replay`;
  if (!HAVE_CASSETTES) console.warn(`[replay] ${title} skipped: ${SKIP_REASON}`);
  describe.skipIf(!HAVE_CASSETTES)(title, () => {
    let session: FlowSession;
    beforeAll(async () => {
      session = await openFlow(flow);
    });
    afterAll(async () => {
      await session?.close();
    });
    for (const { name, run } of flow.steps) {
      it(name, () => run(session.context));
    }
    it('matched every request it sent and consumed every recording it replays', () => {
      expect(mismatchList(session.server)).toEqual([]);
      expect(unplayedList(session.server)).toEqual([]);
    });
  });
}
