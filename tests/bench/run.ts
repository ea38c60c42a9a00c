/**
 * Raw-log benchmark: `npx tsx tests/bench/run.ts [--quick] [--file-mb 57] [--files 2] [--runs 3]
 * [--repeat 3] [--periods 100,500,1000] [--latency-ms 150] [--bandwidth-mbs 12] [--keep]`.
 *
 * Generates click-log zips (57 columns) into a temp dir, serves them from 127.0.0.1, and runs each
 * scenario in a child process (so peak RSS is per scenario). One-file scenarios run `--runs`
 * processes that each read the file `--repeat` times after the warm-up; the speed reported is the
 * median of all those samples (pyoffers' path is run the same way), peak RSS the median per process.
 * Floors: download alone, download + node:zlib inflate, and the same plus a split on newlines.
 *
 * Warm-up: each one-file run first processes the same file once, untimed (`--warmup file`, the
 * default), so the figures are the steady state of a process streaming a long period; one extra
 * row shows a cold process. `--warmup small` warms up on a 4 MB file, `--warmup none` not at all.
 * The machine's load average is printed with the tables: other jobs depress every figure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { clickCsv, zipOne } from './generate.js';
import type { Job, Result } from './scenario.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const quick = process.argv.includes('--quick');
const FILE_MB = Number(arg('file-mb', quick ? '16' : '57'));
const DISTINCT = Number(arg('files', quick ? '1' : '2'));
const RUNS = Number(arg('runs', quick ? '1' : '3'));
const REPEAT = Number(arg('repeat', quick ? '1' : '3'));
const PERIODS = arg('periods', quick ? '50,100' : '100,500,1000').split(',').map(Number);
const LATENCY_MS = Number(arg('latency-ms', '150'));
const BANDWIDTH = Number(arg('bandwidth-mbs', '12')) * 1e6;
const WARMUP = arg('warmup', 'file'); // per connection, bytes/s, for the concurrency scenario
const here = fileURLToPath(new URL('.', import.meta.url));
const dir = join(tmpdir(), `tsoffers-bench-${process.pid}`);

interface Fixture {
  readonly name: string;
  readonly zip: Buffer;
  readonly csvBytes: number;
  readonly rows: number;
  readonly path: string;
}

function log(msg: string): void {
  process.stderr.write(msg + '\n');
}

function makeFixtures(): Fixture[] {
  mkdirSync(dir, { recursive: true });
  const out: Fixture[] = [];
  for (let i = 0; i < DISTINCT; i++) {
    const { csv, rows } = clickCsv(FILE_MB * 1e6, i + 1);
    const zip = zipOne(`clicks-${i}.csv`, csv);
    const path = join(dir, `clicks-${i}.zip`);
    writeFileSync(path, zip);
    out.push({ name: `clicks-${i}.zip`, zip, csvBytes: csv.length, rows, path });
    log(`fixture ${path}: ${rows} rows, ${(csv.length / 1e6).toFixed(1)} MB CSV, ${(zip.length / 1e6).toFixed(1)} MB zip`);
  }
  // A small file set for the latency scenario.
  const { csv, rows } = clickCsv(4e6, 99);
  const zip = zipOne('small.csv', csv);
  const path = join(dir, 'small.zip');
  writeFileSync(path, zip);
  out.push({ name: 'small.zip', zip, csvBytes: csv.length, rows, path });
  return out;
}

/** Serves /s3/<period-file> as one of the fixtures: `<k>~<fixture name>[~slow]`. */
async function serve(fixtures: Fixture[]): Promise<{ base: string; close: () => Promise<void> }> {
  const byName = new Map(fixtures.map((f) => [f.name, f]));
  const server = createServer((req, res) => {
    const parts = decodeURIComponent(new URL(req.url!, 'http://x').pathname.slice(4)).split('~');
    const fx = byName.get(parts[1] ?? '');
    if (!fx) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const slow = parts[2] === 'slow';
    const send = async (): Promise<void> => {
      res.setHeader('content-length', String(fx.zip.length));
      const step = slow ? Math.max(16 * 1024, Math.floor(BANDWIDTH / 20)) : 1024 * 1024;
      for (let i = 0; i < fx.zip.length && !res.destroyed; i += step) {
        const ok = res.write(fx.zip.subarray(i, i + step));
        if (slow) await new Promise((r) => setTimeout(r, 50)); // ≈ BANDWIDTH per connection
        else if (!ok) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    };
    if (slow) setTimeout(() => void send(), LATENCY_MS);
    else void send();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

/**
 * The scenario and the code under test, transpiled to plain JS once: a child started with the
 * tsx loader carries the loader's own thread and esbuild state (~100 MB of RSS), which would
 * swamp the numbers being measured.
 */
function compile(): string {
  const root = join(here, '..', '..');
  const out = join(dir, 'js');
  const sources = [
    ...readdirSync(join(root, 'src', 'rawlog')).map((f) => join('src', 'rawlog', f)),
    ...readdirSync(join(root, 'src', 'util')).map((f) => join('src', 'util', f)),
    join('src', 'errors.ts'),
    join('tests', 'bench', 'scenario.ts'),
  ].filter((f) => f.endsWith('.ts'));
  for (const rel of sources) {
    const js = ts.transpileModule(readFileSync(join(root, rel), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    }).outputText;
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel.replace(/\.ts$/, '.js')), js);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  // Bare imports (fflate) resolve through the project's node_modules.
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'), 'dir');
  return join(out, 'tests', 'bench', 'scenario.js');
}

let scenarioJs = '';
let warmupFile = '';

/** Runs a scenario in a child process (async, so the server in this process keeps serving). */
async function child(job: Job): Promise<Result> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [scenarioJs, JSON.stringify(job)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as Result) : reject(new Error(`scenario ${job.kind} exited ${code}`))));
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Row {
  readonly scenario: string;
  readonly records: number;
  readonly csvMb: number;
  readonly ms: number;
  readonly rssMb: number;
}

async function measure(label: string, job: Job, csvBytes: number, runs = RUNS): Promise<Row> {
  const results: Result[] = [];
  const warmup = 'warmup' in job ? job.warmup : warmupFile;
  for (let i = 0; i < runs; i++) results.push(await child({ ...job, warmup }));
  const row = {
    scenario: label,
    records: results[0]!.records,
    csvMb: csvBytes / 1e6,
    ms: median(results.flatMap((r) => r.samples)),
    rssMb: median(results.map((r) => r.peakRssMb)),
  };
  log(`${label}: ${fmt(row.csvMb / (row.ms / 1000))} MB/s, ${fmt(row.rssMb)} MB peak`);
  return row;
}

/** pyoffers' records path, or with `dictOnly` just csv.DictReader (no model object per row). */
function python(files: Fixture[], dictOnly: boolean, runs = RUNS): Row | undefined {
  if (spawnSync('python3', ['--version']).status !== 0) return undefined;
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) {
    const flags = ['--repeat', String(REPEAT), ...(dictOnly ? ['--dict-only'] : [])];
    const out = execFileSync('python3', [join(here, 'pyoffers-path.py'), ...flags, ...files.map((f) => f.path)]).toString();
    results.push(JSON.parse(out) as Result);
  }
  const row = {
    scenario: dictOnly ? 'python3 zipfile + csv.DictReader alone (no LogRecord per row)' : "pyoffers' path (python3 zipfile + csv.DictReader + a LogRecord per row)",
    records: results[0]!.records,
    csvMb: results[0]!.csvBytes / 1e6,
    ms: median(results.flatMap((r) => r.samples)),
    rssMb: median(results.map((r) => r.peakRssMb)),
  };
  log(`${row.scenario}: ${fmt(row.csvMb / (row.ms / 1000))} MB/s`);
  return row;
}

const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function table(title: string, rows: Row[], floor?: Row): string {
  const head = `| scenario | records | CSV MB | records/s | MB/s of CSV | peak RSS MB |${floor ? ' × floor (inflate) |' : ''}`;
  const sep = `|---|---:|---:|---:|---:|---:|${floor ? '---:|' : ''}`;
  const lines = rows.map((r) => {
    if (r.csvMb <= 0) return `| ${r.scenario} | | | | | ${fmt(r.rssMb)} |${floor ? ' |' : ''}`;
    const mbs = r.csvMb / (r.ms / 1000);
    const ratio = floor ? ` ${(mbs / (floor.csvMb / (floor.ms / 1000))).toFixed(2)} |` : '';
    // The inflate floor counts bytes, not rows.
    const recs = r.records > 0 ? fmt(r.records) : '—';
    const rate = r.records > 0 ? fmt(r.records / (r.ms / 1000)) : '—';
    return `| ${r.scenario} | ${recs} | ${fmt(r.csvMb, 1)} | ${rate} | ${fmt(mbs)} | ${fmt(r.rssMb)} |${ratio}`;
  });
  return [`### ${title}`, '', head, sep, ...lines, ''].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const fixtures = makeFixtures();
  scenarioJs = compile();
  const big = fixtures.slice(0, DISTINCT);
  const small = fixtures[DISTINCT]!;
  const server = await serve(fixtures);
  warmupFile = `w~${small.name}`;
  const out: string[] = [];
  try {
    // One file, all scenarios.
    const one = [`0~${big[0]!.name}`];
    const csv1 = big[0]!.csvBytes;
    const fileWarmup = WARMUP === 'none' ? undefined : WARMUP === 'small' ? warmupFile : `w~${big[0]!.name}`;
    warmupFile = fileWarmup ?? '';
    out.push(`Load average at start: ${loadavg().map((l) => l.toFixed(2)).join(', ')} (${cpus().length} cores)\n`);
    const bare = await measure('download only (fetch, no inflate): RSS baseline', { kind: 'floor-download', base: server.base, files: one }, 0);
    const floorInflate = await measure('floor: download + node:zlib inflate', { kind: 'floor-inflate', base: server.base, files: one, repeat: REPEAT }, csv1);
    const floorLines = await measure('floor: + split on newlines', { kind: 'floor-lines', base: server.base, files: one, repeat: REPEAT }, csv1);
    const rows: Row[] = [floorInflate, floorLines];
    rows.unshift({ ...bare, csvMb: 0 });
    rows.push(await measure('stream() (zlib inflate, default)', { kind: 'stream', base: server.base, files: one, repeat: REPEAT }, csv1));
    rows.push(await measure('stream() (fflate UnzipInflate)', { kind: 'stream', base: server.base, files: one, inflate: 'fflate', repeat: REPEAT }, csv1));
    // One measured read per process: a second would count the first one's garbage in its peak RSS.
    rows.push(await measure('records() (1 run per process)', { kind: 'records', base: server.base, files: one }, csv1));
    rows.push(await measure('stream(), cold process (no warm-up)', { kind: 'stream', base: server.base, files: one, warmup: undefined }, csv1));
    const py = python([big[0]!], false);
    if (py) rows.push(py);
    const dictOnly = py ? python([big[0]!], true) : undefined;
    if (dictOnly) rows.push(dictOnly);
    out.push(table(`One file: ${fmt(csv1 / 1e6, 1)} MB of CSV, ${fmt(big[0]!.rows)} rows (median of ${RUNS} processes × ${REPEAT} runs; cold: ${RUNS} × 1)`, rows, floorInflate));
    const stream = rows[3]!;
    const lines = [
      `- stream() vs floor inflate: ${(stream.ms ? floorInflate.ms / stream.ms : 0).toFixed(2)}×; vs floor inflate+split: ${(floorLines.ms / stream.ms).toFixed(2)}×`,
    ];
    if (py) {
      const cold = rows.find((r) => r.scenario.startsWith('stream(), cold'))!;
      lines.push(`- stream() vs pyoffers' path: ${(py.ms / stream.ms).toFixed(2)}× the records/s (target 5×); cold process: ${(py.ms / cold.ms).toFixed(2)}×`);
      if (dictOnly) lines.push(`- stream() vs csv.DictReader alone: ${(dictOnly.ms / stream.ms).toFixed(2)}×`);
    }
    out.push(lines.join('\n') + '\n');

    // Periods and concurrency warm up on the small file: their runs are long enough to amortise the JIT.
    warmupFile = `w~${small.name}`;
    // Periods: RSS must stay flat as the period grows.
    const periodRows: Row[] = [];
    for (const mb of PERIODS) {
      const n = Math.max(1, Math.round((mb * 1e6) / big[0]!.csvBytes));
      const files = Array.from({ length: n }, (_, k) => `${k}~${big[k % big.length]!.name}`);
      const bytes = files.reduce((a, _, k) => a + big[k % big.length]!.csvBytes, 0);
      periodRows.push(await measure(`iterate(), ${n} files ≈ ${mb} MB, concurrency 4`, { kind: 'iterate', base: server.base, files, concurrency: 4 }, bytes, 1));
    }
    out.push(table('Periods (one run each): peak RSS while streaming', periodRows));

    // Concurrency with served latency and per-connection bandwidth.
    const files = Array.from({ length: 8 }, (_, k) => `${k}~${small.name}~slow`);
    const bytes = small.csvBytes * files.length;
    const conc: Row[] = [];
    for (const c of [1, 4]) {
      conc.push(await measure(`iterate(), 8 files, concurrency ${c}`, { kind: 'iterate', base: server.base, files, concurrency: c }, bytes));
    }
    out.push(
      table(
        `Concurrency: 8 files of ${fmt(small.csvBytes / 1e6, 1)} MB CSV (${fmt(small.zip.length / 1e6, 1)} MB zip), ${LATENCY_MS} ms latency, ≈${fmt(BANDWIDTH / 1e6)} MB/s per connection`,
        conc,
      ),
    );
    out.push(`- concurrency 4 vs 1: ${(conc[0]!.ms / conc[1]!.ms).toFixed(2)}× faster\n`);
    out.push(`Load average at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}\n`);
    out.push(`_Total bench time ${fmt((Date.now() - started) / 1000)} s; node ${process.version}; fixtures in ${dir}_\n`);
    console.log(out.join('\n'));
  } finally {
    await server.close();
    if (!process.argv.includes('--keep') && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
