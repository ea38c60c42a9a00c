/**
 * One client of the call benchmark, in a process of its own (run by calls.ts; not a test):
 * `node --expose-gc --import tsx tests/bench/calls-worker.ts '<job JSON>'`. Prints one JSON line.
 *
 * - `tsoffers`: `api.offers.findAll({ limit })` through the built package (dist/), rate limiter off.
 * - `tsoffers-raw`: the same call with `raw: true` (`api.call`): transport and order-keeping parse,
 *   without building models, to show where the time goes.
 * - `floor`: `undici.request` + `JSON.parse` on one keep-alive Agent: the least any Node client does.
 * - `ky-alone`: a ky instance (hooks, retry options, context, as the pipeline sets them) whose fetch
 *   answers at once without a network: what ky itself costs per call.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Sample, WorkerJob, WorkerResult } from './calls-types.js';
import type * as Package from '../../src/index.js';

const job = JSON.parse(process.argv[2] ?? '{}') as WorkerJob;

type Call = () => Promise<unknown>;

async function tsoffers(): Promise<{ call: Call; rows: (result: unknown) => number; close: () => Promise<void> }> {
  const entry = pathToFileURL(join(job.root, 'dist', 'src', 'index.js')).href;
  const { HasOffersAPI } = (await import(entry)) as typeof Package;
  const api = new HasOffersAPI({ endpoint: job.endpoint, networkToken: 'bench-token-0123456789', networkId: 'bench', rateLimit: false, retries: 0 });
  if (job.client === 'tsoffers-raw') {
    return {
      call: () => api.call('Offer', 'findAll', { limit: job.rows }, { raw: true }),
      rows: (result) => Object.keys(result as object).length,
      close: () => api.close(),
    };
  }
  return {
    call: () => api.offers.findAll({ limit: job.rows }),
    rows: (result) => (result as unknown[]).length,
    close: () => api.close(),
  };
}

async function floor(): Promise<{ call: Call; rows: (result: unknown) => number; close: () => Promise<void> }> {
  const { Agent, request } = await import('undici');
  const dispatcher = new Agent();
  const url = `${job.endpoint}?NetworkToken=bench-token-0123456789&NetworkId=bench&Target=Offer&Method=findAll&limit=${job.rows}`;
  return {
    call: async () => {
      const { body } = await request(url, { dispatcher });
      return JSON.parse(await body.text()) as unknown;
    },
    rows: (result) => Object.keys((result as { response: { data: { data: object } } }).response.data.data).length,
    close: () => dispatcher.close(),
  };
}

async function kyAlone(): Promise<{ call: Call; rows: (result: unknown) => number; close: () => Promise<void> }> {
  const { default: ky } = await import('ky');
  const ok = new Response(null, { status: 200 });
  const instance = ky.create({
    timeout: false,
    retry: { limit: 2, methods: ['get', 'post'] },
    fetch: () => Promise.resolve(ok.clone()),
    hooks: { beforeRequest: [() => undefined], afterResponse: [() => undefined] },
  });
  const url = `${job.endpoint}?NetworkToken=bench-token-0123456789&NetworkId=bench&Target=Offer&Method=findAll&limit=1`;
  return { call: () => instance(url, { context: { job: job.rows } }), rows: () => 1, close: () => Promise.resolve() };
}

async function runFor(call: Call, ms: number, inFlight: number): Promise<{ calls: number; wallMs: number; cpuMs: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let calls = 0;
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < deadline) {
        await call();
        calls += 1;
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { calls, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The heap the results of calls keep alive, per row: in a function of its own, so that no earlier result is still held by the caller's frame. */
async function retainedPerRow(call: Call, rows: (result: unknown) => number, gc: () => void): Promise<number> {
  // Enough calls for 1,000 rows at least, so that small pages are not lost in the heap's noise.
  const times = Math.max(1, Math.ceil(1000 / job.rows));
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: unknown[] = [];
  for (let i = 0; i < times; i++) kept.push(await call());
  gc();
  const after = process.memoryUsage().heapUsed;
  return (after - before) / Math.max(1, kept.reduce<number>((sum, result) => sum + rows(result), 0));
}

async function heapPerRow(call: Call, rows: (result: unknown) => number): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return Number.NaN;
  const figures: number[] = [];
  for (let i = 0; i < 3; i++) figures.push(await retainedPerRow(call, rows, gc));
  return median(figures);
}

async function main(): Promise<void> {
  const client = job.client === 'floor' ? await floor() : job.client === 'ky-alone' ? await kyAlone() : await tsoffers();
  await runFor(client.call, job.warmupMs, job.inFlight);
  const samples: Sample[] = [];
  for (let i = 0; i < job.samples; i++) {
    const run = await runFor(client.call, job.sampleMs, job.inFlight);
    samples.push({ callsPerSecond: (run.calls * 1000) / run.wallMs, cpuMsPerCall: run.cpuMs / Math.max(1, run.calls) });
  }
  const heapBytesPerRow = await heapPerRow(client.call, client.rows);
  await client.close();
  const result: WorkerResult = { samples, heapBytesPerRow };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
