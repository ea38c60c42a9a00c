/**
 * One benchmark scenario, run in its own process so its peak RSS is its own. Reads a JSON job
 * from argv[2], prints one JSON result line.
 */
import { readFileSync } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { RawLogs } from '../../src/rawlog/raw-logs.js';
import type { RawLogMethod, RawLogTransport } from '../../src/rawlog/raw-log-transport.js';
import type { InflateEngine } from '../../src/rawlog/zip-reader.js';

export interface Job {
  readonly kind: 'floor-download' | 'floor-inflate' | 'floor-lines' | 'stream' | 'records' | 'iterate';
  readonly base: string;
  /** Files of the period, served by the parent under /s3/<name>. */
  readonly files: readonly string[];
  readonly concurrency?: number;
  readonly inflate?: InflateEngine;
  /** A file to process once, untimed, before the measured runs (JIT and fetch warm-up). */
  readonly warmup?: string;
  /** Measured runs in this process (default 1): the steady state of a process reading file after file. */
  readonly repeat?: number;
}

export interface Result {
  /** Median of `samples`. */
  readonly ms: number;
  /** Milliseconds of each measured run. */
  readonly samples: readonly number[];
  readonly records: number;
  readonly csvBytes: number;
  readonly peakRssMb: number;
}

/** API answers come from a table (they are tiny); downloads are real GETs to 127.0.0.1. */
class BenchTransport implements RawLogTransport {
  constructor(
    private readonly base: string,
    private readonly files: readonly string[],
  ) {}

  async call(method: RawLogMethod, params: Record<string, string>): Promise<unknown> {
    if (method === 'listLogs') return { logFiles: this.files.map((f) => ({ displayName: f, filename: f })) };
    if (method === 'listDateDirs') return { dateDirs: [{ displayName: 'bench', dirName: '20160909' }] };
    return { link: `${this.base}/s3/${params['log_filename']!}` };
  }

  async download(url: string, options?: { signal?: AbortSignal }): Promise<{ body: AsyncIterable<Uint8Array>; size?: number }> {
    const res = await fetch(url, { signal: options?.signal });
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    return { body: res.body as unknown as AsyncIterable<Uint8Array>, size: Number(res.headers.get('content-length')) };
  }
}

/** Download only: what fetch and Node cost before any inflating (the RSS baseline of every scenario). */
async function download(base: string, file: string): Promise<number> {
  const res = await fetch(`${base}/s3/${file}`);
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  return bytes;
}

/** Floors: download + node:zlib inflate of the entry (header skipped by hand), optionally counting lines. */
async function floor(base: string, file: string, lines: boolean): Promise<{ bytes: number; rows: number }> {
  const res = await fetch(`${base}/s3/${file}`);
  const z = createInflateRaw({ chunkSize: 256 * 1024 });
  let bytes = 0;
  let rows = 0;
  const done = new Promise<void>((resolve, reject) => {
    z.on('data', (d: Buffer) => {
      bytes += d.length;
      if (lines) for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) rows++;
    });
    z.on('end', resolve);
    z.on('error', reject);
  });
  let head: Buffer | undefined = Buffer.alloc(0);
  let left = 0; // compressed bytes of the entry still to come
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    let c: Buffer = Buffer.from(chunk);
    if (head) {
      head = Buffer.concat([head, c]) as Buffer;
      if (head.length < 30 || head.length < 30 + head.readUInt16LE(26) + head.readUInt16LE(28)) continue;
      c = head.subarray(30 + head.readUInt16LE(26) + head.readUInt16LE(28));
      left = head.readUInt32LE(18);
      head = undefined;
    }
    if (left <= 0) continue;
    const part = c.subarray(0, Math.min(c.length, left));
    left -= part.length;
    if (!z.write(part)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return { bytes, rows: lines ? rows - 1 : 0 };
}

/**
 * This process's own peak RSS. Not `resourceUsage().maxRSS`: Linux carries the high-water mark of
 * the parent's memory across fork and exec into it, so every child reported at least the RSS of the
 * parent holding the fixtures (156 MB for every one-file scenario, even download-only). VmHWM
 * belongs to the address space created by exec.
 */
function peakRssMb(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function run(job: Job): Promise<Result> {
  if (job.warmup) await once({ ...job, files: [job.warmup], warmup: undefined });
  const runs: Omit<Result, 'samples'>[] = [];
  for (let i = 0; i < Math.max(1, job.repeat ?? 1); i++) runs.push(await once(job));
  const samples = runs.map((r) => r.ms);
  const sorted = [...samples].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  const ms = sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
  return { ...runs[0]!, ms, samples, peakRssMb: peakRssMb() };
}

async function once(job: Job): Promise<Omit<Result, 'samples'>> {
  const t0 = performance.now();
  let records = 0;
  let csvBytes = 0;
  if (job.kind === 'floor-download') {
    for (const f of job.files) await download(job.base, f);
    csvBytes = -1;
  } else if (job.kind === 'floor-inflate' || job.kind === 'floor-lines') {
    for (const f of job.files) {
      const r = await floor(job.base, f, job.kind === 'floor-lines');
      csvBytes += r.bytes;
      records += r.rows;
    }
  } else {
    const clicks = new RawLogs(new BenchTransport(job.base, job.files)).clicks;
    if (job.kind === 'iterate') {
      let last = 0;
      for await (const r of clicks.iterate('20160909', { concurrency: job.concurrency ?? 4, inflate: job.inflate })) {
        records++;
        if (r.offer_id === '') last++;
      }
      void last;
    } else {
      for (const file of await clicks.listLogs('20160909')) {
        if (job.kind === 'records') {
          records += (await file.records({ inflate: job.inflate })).length;
        } else {
          // Read one field of every record, as a real consumer would (and as iterate() does).
          let empty = 0;
          for await (const r of file.stream({ inflate: job.inflate })) {
            records++;
            if (r.offer_id === '') empty++;
          }
          void empty;
        }
      }
    }
    csvBytes = -1; // filled in by the parent from the fixture metadata
  }
  const ms = performance.now() - t0;
  return { ms, records, csvBytes, peakRssMb: peakRssMb() };
}

const job = JSON.parse(process.argv[2]!) as Job;
run(job).then(
  (r) => console.log(JSON.stringify(r)),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
