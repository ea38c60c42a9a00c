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

/**
 * Would a worker help? Not one that sends records back (structured clone of ~100 k objects), but one
 * that only scans: it finds field boundaries in the inflated bytes and transfers them (an
 * Int32Array) with the row-aligned bytes; the main thread then decodes, slices and builds records.
 * The two stages below time the two halves on one thread. The scan is a simplified one (LF rows,
 * `""` escapes flagged, no CR/BOM/limits) and byte offsets equal string offsets only for ASCII
 * text (the fixture is ASCII; a real design would check each segment with `buffer.isAscii`).
 */
const ROW_END = -1;
/** Fields of complete rows in `b` as [start, end] pairs (start < -1 when the field has `""` escapes), ROW_END after each row. */
function scanOffsets(b: Uint8Array, out: Int32Array): { used: number; k: number } {
  const n = b.length;
  let p = 0;
  let k = 0;
  rows: while (p < n) {
    const rowStart = p;
    const rowK = k;
    for (;;) {
      let c = b[p];
      if (c === 34) {
        let q = p + 1;
        let escaped = false;
        for (;;) {
          while (q < n && b[q] !== 34) q++;
          if (q + 1 < n && b[q + 1] === 34) {
            escaped = true;
            q += 2;
            continue;
          }
          break;
        }
        if (q >= n) return { used: rowStart, k: rowK };
        out[k++] = escaped ? -2 - (p + 1) : p + 1;
        out[k++] = q;
        p = q + 1;
        c = b[p];
      } else {
        let e = p;
        while (e < n && (c = b[e]) !== 44 && c !== 10) e++;
        if (e >= n) return { used: rowStart, k: rowK };
        out[k++] = p;
        out[k++] = e;
        p = e;
      }
      if (c === 44) {
        p++;
        continue;
      }
      if (c === 10) {
        p++;
        out[k++] = ROW_END;
        continue rows;
      }
      return { used: rowStart, k: rowK }; // text after a closing quote, CR...: the real parser's job
    }
  }
  return { used: p, k };
}
const body = csv.subarray(csv.indexOf(10) + 1);
const scratch = new Int32Array(CHUNK);
/** What the worker would send: row-aligned segments of about CHUNK bytes with their offsets. */
const segments: { bytes: Buffer; offsets: Int32Array }[] = [];
for (let p = 0; p < body.length; ) {
  const r = scanOffsets(body.subarray(p, p + CHUNK), scratch);
  if (r.used === 0) throw new Error(`scanOffsets: no complete row at ${p}`);
  segments.push({ bytes: body.subarray(p, p + r.used), offsets: scratch.slice(0, r.k) });
  p += r.used;
}
const header = csv.subarray(0, csv.indexOf(10)).toString('latin1').split(',');
stages['split: scan bytes to offsets (worker share)'] = () => {
  let n = 0;
  for (let p = 0; p < body.length; ) {
    const r = scanOffsets(body.subarray(p, p + CHUNK), scratch);
    p += r.used;
    n += r.k;
  }
  return n;
};
stages['split: decode + slice + records (main share)'] = () => {
  const build = recordBuilder(header);
  const f: string[] = [];
  let n = 0;
  let last: LogRecordBase | undefined;
  for (const { bytes, offsets } of segments) {
    const s = bytes.toString('latin1');
    let count = 0;
    for (let j = 0; j < offsets.length; ) {
      const a = offsets[j]!;
      if (a === ROW_END) {
        last = build(f, count);
        count = 0;
        n++;
        j++;
        continue;
      }
      const e = offsets[j + 1]!;
      f[count++] = a < -1 ? s.slice(-2 - a, e).replaceAll('""', '"') : a === e ? '' : s.slice(a, e);
      j += 2;
    }
  }
  void last;
  return n;
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
