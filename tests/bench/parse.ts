/**
 * Parser micro-benchmark: `npx tsx tests/bench/parse.ts [--mb 57] [--runs 5]`. Times the stages of
 * the record path on CSV already in memory (no download, no inflate), in CPU milliseconds of this
 * process, which a loaded machine disturbs less than wall time. Prints medians.
 */
import { inflateRawSync, deflateRawSync } from 'node:zlib';
import { CsvParser } from '../../src/rawlog/csv.js';
import { recordBuilder } from '../../src/rawlog/records.js';
import type { LogRecordBase } from '../../src/rawlog/records.js';
import { clickCsv } from './generate.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const MB = Number(arg('mb', '57'));
const RUNS = Number(arg('runs', '5'));
const CHUNK = 256 * 1024;

const { csv, rows } = clickCsv(MB * 1e6, 1);
const chunks: Buffer[] = [];
for (let i = 0; i < csv.length; i += CHUNK) chunks.push(csv.subarray(i, i + CHUNK));
const deflated = deflateRawSync(csv);

function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const stages: Record<string, () => number> = {
  'inflateRawSync': () => inflateRawSync(deflated).length,
  'decode utf8 per chunk': () => {
    let n = 0;
    for (const c of chunks) n += c.toString('utf8').length;
    return n;
  },
  'decode + indexOf newlines': () => {
    let n = 0;
    for (const c of chunks) {
      const s = c.toString('utf8');
      for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
    }
    return n;
  },
  'CsvParser, no records': () => {
    let n = 0;
    const p = new CsvParser(() => void n++);
    for (const c of chunks) p.push(c);
    p.end();
    return n;
  },
  'CsvParser + records': () => {
    let n = 0;
    let build: ((f: readonly string[], c: number) => LogRecordBase) | undefined;
    let last: LogRecordBase | undefined;
    const p = new CsvParser((f, c) => {
      if (!build) build = recordBuilder(f.slice(0, c));
      else {
        last = build(f, c);
        n++;
      }
    });
    for (const c of chunks) p.push(c);
    p.end();
    void last;
    return n;
  },
};

const only = arg('only', '');
const results: string[] = [];
for (const [name, fn] of Object.entries(stages)) {
  if (only && !name.includes(only)) continue;
  fn(); // warm-up
  const times: number[] = [];
  const walls: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const c0 = cpu();
    const w0 = performance.now();
    fn();
    walls.push(performance.now() - w0);
    times.push(cpu() - c0);
  }
  const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const t = med(times);
  results.push(`${name.padEnd(28)} cpu ${t.toFixed(0).padStart(5)} ms  wall ${med(walls).toFixed(0).padStart(5)} ms  ${(csv.length / 1e6 / (t / 1000)).toFixed(0).padStart(4)} MB/s  ${(rows / (t / 1000) / 1000).toFixed(0).padStart(4)}k rows/s`);
}
console.log(`${(csv.length / 1e6).toFixed(1)} MB CSV, ${rows} rows, ${CHUNK / 1024} KiB chunks, median of ${RUNS}`);
console.log(results.join('\n'));
