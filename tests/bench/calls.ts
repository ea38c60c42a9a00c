/**
 * Call benchmark (issue 12): `npm run bench:calls [-- --quick] [-- --samples 5 --sample-ms 1500]`.
 *
 * One local server on 127.0.0.1 (in this process) answers every `Offer.findAll` with a page of 1,
 * 100 or 1,000 offers (the `limit` asked for). Each client runs in a process of its own, one after
 * the other, sequentially (1 call in flight) and with 8 in flight:
 *
 * - tsoffers, the built package (dist/, built by the npm script), client-side rate limiter off;
 * - tsoffers raw: the same calls with `raw: true` (transport and order-keeping parse, no models);
 * - the floor: `undici.request` + `JSON.parse` on one keep-alive Agent;
 * - pyoffers (requests), when `python3` can import it: set PYOFFERS_SRC to a pyoffers checkout's
 *   `src` (it has no client-side limiter); otherwise skipped with a message.
 *
 * Prints calls/s and CPU ms per call (medians of the samples), heap bytes per decoded row (the
 * retained size of one call's result), and the ratios against the floor and pyoffers from this run.
 * The machine may be shared: compare ratios from one run, not figures across runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offerPage } from './calls-page.js';
import type { WorkerJob, WorkerResult } from './calls-types.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}
const quick = process.argv.includes('--quick');
const SAMPLES = Number(arg('samples', quick ? '3' : '5'));
const SAMPLE_MS = Number(arg('sample-ms', quick ? '600' : '1500'));
const WARMUP_MS = Number(arg('warmup-ms', quick ? '400' : '1000'));
const SIZES = arg('rows', '1,100,1000').split(',').map(Number);
const IN_FLIGHT = arg('in-flight', '1,8').split(',').map(Number);

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');

if (!existsSync(join(root, 'dist', 'src', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench:calls does).');
  process.exit(1);
}

const pages = new Map<number, Buffer>(SIZES.map((rows) => [rows, Buffer.from(offerPage(rows), 'utf8')]));
const server = createServer((req, res) => {
  const limit = Number(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('limit') ?? '1');
  const body = pages.get(limit) ?? (pages.values().next().value as Buffer);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/Apiv3/json`;

type Client = 'tsoffers' | 'tsoffers-raw' | 'floor' | 'pyoffers' | 'ky-alone';

const pyoffersSrc = process.env.PYOFFERS_SRC;
let pyoffersSkip: string | undefined;
if (!pyoffersSrc) pyoffersSkip = 'PYOFFERS_SRC is not set (point it at a pyoffers checkout\'s src/)';
else {
  const probe = spawnSync('python3', ['-c', 'import pyoffers.api, requests; print(requests.__version__)'], { env: { ...process.env, PYTHONPATH: pyoffersSrc }, encoding: 'utf8' });
  if (probe.status !== 0) pyoffersSkip = `python3 cannot import pyoffers from ${pyoffersSrc}: ${(probe.stderr || probe.error?.message || '').trim().split('\n').at(-1) ?? ''}`;
}
const clients: Client[] = ['tsoffers', 'tsoffers-raw', 'floor', ...(pyoffersSkip ? [] : (['pyoffers'] as const))];

// The server answers in this process while each client runs in its own: run them one at a time.
function run(client: Client, rows: number, inFlight: number): Promise<WorkerResult> {
  const job: WorkerJob = { client, root, endpoint, rows, inFlight, warmupMs: WARMUP_MS, sampleMs: SAMPLE_MS, samples: SAMPLES };
  const [command, args, env] =
    client === 'pyoffers'
      ? (['python3', [join(here, 'calls-pyoffers.py'), JSON.stringify(job)], { ...process.env, PYTHONPATH: pyoffersSrc }] as const)
      : (['node', ['--expose-gc', '--import', 'tsx', join(here, 'calls-worker.ts'), JSON.stringify(job)], process.env] as const);
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${client} (${rows} rows, ${inFlight} in flight) exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as WorkerResult);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Figures {
  readonly callsPerSecond: number;
  readonly cpuMsPerCall: number;
  readonly heapBytesPerRow: number;
  readonly spread: string;
}

const results = new Map<string, Figures>();
const key = (client: Client, rows: number, inFlight: number) => `${client}/${rows}/${inFlight}`;

console.log(`bench:calls — ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}; ${SAMPLES} samples × ${SAMPLE_MS} ms after ${WARMUP_MS} ms warm-up`);
if (pyoffersSkip) console.log(`pyoffers skipped: ${pyoffersSkip}`);
for (const rows of SIZES) {
  for (const inFlight of IN_FLIGHT) {
    for (const client of clients) {
      const result = await run(client, rows, inFlight);
      const rates = result.samples.map((s) => s.callsPerSecond);
      results.set(key(client, rows, inFlight), {
        callsPerSecond: median(rates),
        cpuMsPerCall: median(result.samples.map((s) => s.cpuMsPerCall)),
        heapBytesPerRow: result.heapBytesPerRow,
        spread: `${Math.round(Math.min(...rates))}–${Math.round(Math.max(...rates))}`,
      });
      process.stderr.write('.');
    }
  }
}
// What ky itself costs per call (no network): the part of a one-row call no ky client can avoid.
const kyAlone = await run('ky-alone', 1, 1);
process.stderr.write('\n');
server.close();

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—');
const lines: string[] = [];
lines.push('| rows/page | in flight | client | calls/s (median; min–max) | CPU ms/call | heap bytes/row | × floor | × pyoffers |');
lines.push('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
let met = true;
for (const rows of SIZES) {
  for (const inFlight of IN_FLIGHT) {
    const floor = results.get(key('floor', rows, inFlight));
    const py = results.get(key('pyoffers', rows, inFlight));
    for (const client of clients) {
      const figures = results.get(key(client, rows, inFlight));
      if (!figures) continue;
      const vsFloor = floor ? figures.callsPerSecond / floor.callsPerSecond : Number.NaN;
      const vsPy = py ? figures.callsPerSecond / py.callsPerSecond : Number.NaN;
      if (client === 'tsoffers' && vsFloor < 0.7) met = false;
      lines.push(`| ${fmt(rows)} | ${inFlight} | ${client} | ${fmt(figures.callsPerSecond)} (${figures.spread}) | ${fmt(figures.cpuMsPerCall, 3)} | ${fmt(figures.heapBytesPerRow)} | ${fmt(vsFloor, 2)} | ${fmt(vsPy, 2)} |`);
    }
  }
}
console.log(lines.join('\n'));
console.log(`target (tsoffers ≥ 0.7× the floor's calls/s at every page size and concurrency): ${met ? 'met' : 'NOT met'} in this run`);
const kyRate = median(kyAlone.samples.map((sample) => sample.callsPerSecond));
const kyCpu = median(kyAlone.samples.map((sample) => sample.cpuMsPerCall));
const floorCpu = results.get(key('floor', 1, 8))?.cpuMsPerCall ?? results.get(key('floor', SIZES[0] as number, IN_FLIGHT[0] as number))?.cpuMsPerCall;
console.log(`ky alone (its fetch answers at once, no network): ${fmt(kyRate)} calls/s, ${fmt(1e6 / kyRate, 1)} µs wall and ${fmt(kyCpu * 1000, 1)} µs CPU per call${floorCpu === undefined ? '' : `; the floor's whole call: ${fmt(floorCpu * 1000, 1)} µs CPU`}`);
