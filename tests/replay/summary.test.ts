/**
 * Runs every cassette's flow once more and prints how many recorded requests tsoffers matched,
 * per cassette and in total (the figure issue 2's closing note asks for). Recordings that belong
 * to other suites are counted as recorded but not replayed, with the reason (none are, now).
 */
import { describe, expect, it } from 'vitest';
import { HAVE_CASSETTES, SKIP_REASON, loadCassette } from '../helpers/cassette.js';
import type { FlowFactory } from './flow.js';
import { mismatchList, openFlow, unplayedList } from './flow.js';
import { advertiserFlow } from './flows/advertiser.js';
import { affiliateFlow } from './flows/affiliate.js';
import { conversionFlow } from './flows/conversion.js';
import { defaultFlow } from './flows/default.js';
import { goalFlow } from './flows/goal.js';
import { offerFileFlow } from './flows/offer-file.js';
import { offerFlow } from './flows/offer.js';
import { rawLogFlow } from './flows/raw-log.js';

const FLOWS: readonly FlowFactory[] = [advertiserFlow, affiliateFlow, conversionFlow, defaultFlow, goalFlow, offerFlow, offerFileFlow, rawLogFlow];

interface Tally {
  readonly cassette: string;
  readonly recorded: number;
  readonly matched: number;
  readonly excluded: number;
  readonly reasons: readonly string[];
  readonly mismatches: readonly string[];
  readonly unplayed: readonly string[];
  readonly failures: readonly string[];
}

async function tally(factory: FlowFactory): Promise<Tally> {
  const session = await openFlow(factory());
  const { flow, server } = session;
  const failures: string[] = [];
  try {
    for (const { name, run } of flow.steps) {
      await run(session.context).catch((error: unknown) => failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`));
    }
  } finally {
    await session.close();
  }
  const recorded = loadCassette(flow.cassette).length;
  const matched = new Set(server.received.flatMap((request) => (request.matched === undefined ? [] : [request.matched]))).size;
  return {
    cassette: flow.cassette,
    recorded,
    matched,
    excluded: recorded - server.interactions.length,
    reasons: (flow.exclusions ?? []).map((exclusion) => exclusion.reason),
    mismatches: mismatchList(server),
    unplayed: unplayedList(server),
    failures,
  };
}

if (!HAVE_CASSETTES) console.warn(`[replay/summary] skipped: ${SKIP_REASON}`);

describe.skipIf(!HAVE_CASSETTES)('replay summary', () => {
  it('matches every recorded request the SDK is responsible for', async () => {
    const tallies: Tally[] = [];
    for (const factory of FLOWS) tallies.push(await tally(factory));
    const lines = tallies.map(
      (one) =>
        `  ${one.cassette.padEnd(11)} matched ${String(one.matched).padStart(3)} of ${String(one.recorded).padStart(3)} recorded requests` +
        (one.excluded ? ` (${one.excluded} left to other suites: ${one.reasons.join('; ')})` : ''),
    );
    const matched = tallies.reduce((sum, one) => sum + one.matched, 0);
    const recorded = tallies.reduce((sum, one) => sum + one.recorded, 0);
    const excluded = tallies.reduce((sum, one) => sum + one.excluded, 0);
    console.log(
      ['Cassette replay:', ...lines, `  total       matched ${matched} of ${recorded} recorded requests ${excluded ? `(${excluded} not replayed here)` : ''}`].join('\n'),
    );
    for (const one of tallies) {
      expect({ cassette: one.cassette, failures: one.failures, mismatches: one.mismatches, unplayed: one.unplayed }).toEqual({
        cassette: one.cassette,
        failures: [],
        mismatches: [],
        unplayed: [],
      });
      expect(one.matched).toBe(one.recorded - one.excluded);
    }
  });
});
