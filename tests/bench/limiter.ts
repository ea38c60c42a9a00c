/**
 * Limiter benchmark: 500 concurrent findAll calls against a rate-limited sandbox (50 calls per
 * 1-second window, HasOffers' count with a short window so it runs in seconds), through a client
 * whose limiter has the same limit. Prints the throughput as a fraction of the allowed rate and
 * the number of rate-limit answers (which must be 0).
 *
 * The best any client can do: the first 50 calls go at once and each later group of 50 one
 * window after the previous one, so N calls need (ceil(N / calls) - 1) windows plus one call's
 * latency. "Fraction of the allowed rate" is that ideal duration over the measured one.
 *
 *   npx tsx tests/bench/limiter.ts [calls=500] [limit=50] [windowMs=1000]
 */
import { HasOffersAPI, MaxRetriesExceededError } from '../../src/index.js';
import { startSandbox } from '../../src/sandbox/index.js';

const [total = 500, calls = 50, windowMs = 1000] = process.argv.slice(2).map(Number);
const limit = { calls, windowMs };

const sandbox = await startSandbox({ rateLimit: limit, networkToken: 'bench-token' });
const api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'bench-token', networkId: 'sandbox', rateLimit: limit, retries: 0 });
try {
  // One call outside the run measures the latency of a single findAll (and warms the connection).
  const warmStart = performance.now();
  await api.offers.findAll({ limit: 1 });
  const latency = performance.now() - warmStart;
  await new Promise((resolve) => setTimeout(resolve, windowMs + 20));

  const started = performance.now();
  const results = await Promise.allSettled(Array.from({ length: total }, () => api.offers.findAll({ limit: 1 })));
  const elapsed = performance.now() - started;
  const rateLimited = results.filter((r) => r.status === 'rejected' && r.reason instanceof MaxRetriesExceededError).length;
  const otherFailures = results.filter((r) => r.status === 'rejected').length - rateLimited;
  const ideal = (Math.ceil(total / calls) - 1) * windowMs + latency;
  const fraction = ideal / elapsed;
  const rate = (total / elapsed) * 1000;
  console.log(`limiter bench: ${total} concurrent findAll, limit ${calls} calls / ${windowMs} ms`);
  console.log(`  elapsed ${elapsed.toFixed(0)} ms (ideal ${ideal.toFixed(0)} ms, single-call latency ${latency.toFixed(1)} ms)`);
  console.log(`  throughput ${rate.toFixed(1)} calls/s = ${(fraction * 100).toFixed(1)}% of the allowed rate`);
  console.log(`  rate-limit errors: ${rateLimited}; other failures: ${otherFailures}`);
  if (rateLimited || otherFailures || fraction < 0.9) process.exitCode = 1;
} finally {
  await api.close();
  await sandbox.close();
}
