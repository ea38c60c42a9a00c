/**
 * From download bytes to records: one `Pump` per file pulls the body, feeds the zip reader, parses
 * the CSV and queues records in batches for the consumer, never more than `readAheadBytes` of CSV
 * ahead of it (the zlib stream is paused and the body is not read while the queue is full).
 *
 * Completeness: a file's records are complete only when iteration finishes without throwing. The
 * archive's CRC and sizes can only be checked after its last byte, so records are handed out as
 * they are parsed and a bad archive makes the iterator throw at the end (or earlier, as soon as
 * the problem is certain). `records()` / `content()` collect first and return only verified data.
 */
import { TsoffersError } from '../errors.js';
import { CsvParser } from './csv.js';
import { RawLogIntegrityError } from './errors.js';
import { recordBuilder } from './records.js';
import type { LogRecordBase, LogType, RecordBuilder, RecordOf } from './records.js';
import { ZipCsvReader } from './zip-reader.js';
import type { InflateEngine, RawLogLimits } from './zip-reader.js';

/** The zip reader's limits, plus the memory a whole-file read may hold. */
export interface WholeReadLimits extends RawLogLimits {
  /**
   * Largest estimated memory, in bytes, that the records of a whole-file read may hold:
   * `records()`, `findAll()` (over the whole period) and `readRawLogRecords()` keep every record,
   * and a record takes several times its CSV bytes (a zip of short fields that passes the ratio
   * guard can become gigabytes of objects). Checked as records accumulate; default 1 GiB. Reads
   * that stream (`stream()`, `iterate()`, `readRawLog()`) hold a bounded amount and ignore it.
   */
  readonly maxHeldBytes?: number;
}

export const DEFAULT_MAX_HELD_BYTES = 1024 ** 3;

/** A whole-file read would hold more than `limits.maxHeldBytes`: it was stopped before it did. */
export class RawLogMemoryLimitError extends RawLogIntegrityError {
  override name = 'RawLogMemoryLimitError';
  readonly limit = 'maxHeldBytes';
  constructor(
    fileName: string,
    /** The estimate when the read was stopped, and the limit it passed. */
    readonly heldBytes: number,
    readonly maxHeldBytes: number,
    /** Records collected when it was stopped (over every file, for findAll). */
    readonly records: number,
  ) {
    super(
      fileName,
      'limit-exceeded',
      `its records would hold more than limits.maxHeldBytes (${mib(maxHeldBytes)}) of memory: ${records} records took an estimated ${mib(heldBytes)}. ` +
        'records(), findAll() and readRawLogRecords() keep every record; read it with stream() or iterate(), which hold a bounded amount, ' +
        'or raise limits.maxHeldBytes if this file is genuine',
    );
  }
}

function mib(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

/**
 * What a whole-file read holds, estimated as records are built: per record its object (32 bytes
 * and 8 per field), per non-empty field a string (24 bytes and its characters). For click logs it
 * errs on the high side of the heap the records really take (empty fields share one string;
 * short ones are copies, longer ones slices of the chunk they came from).
 */
export class HeldBudget {
  held = 0;
  records = 0;
  constructor(readonly max: number) {}

  /** Where a read attempt starts; `reset` drops what an attempt that is retried had counted. */
  mark(): { readonly held: number; readonly records: number } {
    return { held: this.held, records: this.records };
  }

  reset(mark: { readonly held: number; readonly records: number }): void {
    this.held = mark.held;
    this.records = mark.records;
  }

  /** Counts one record of `count` fields; throws once the estimate passes the limit. */
  add(fields: readonly string[], count: number, fileName: string): void {
    let bytes = 32 + 8 * count;
    for (let i = 0; i < count; i++) {
      const n = fields[i]!.length;
      if (n) bytes += 24 + n;
    }
    this.held += bytes;
    this.records++;
    if (this.held > this.max) throw new RawLogMemoryLimitError(fileName, this.held, this.max, this.records);
  }
}

export interface ReadRawLogOptions<T extends LogType | undefined = undefined, C extends boolean = false> {
  /** Names the file in errors (HasOffers' `filename`, e.g. `20160920/clicks-….zip`). */
  readonly fileName: string;
  readonly limits?: WholeReadLimits;
  readonly signal?: AbortSignal;
  /** Turn numeric columns into numbers (`''` → null) and datetime columns into Dates. */
  readonly coerce?: C;
  /** Selects the record type; the CSV header still decides the keys. */
  readonly logType?: T;
  /** See RecordFactoryOptions.utcOffsetMinutes. */
  readonly utcOffsetMinutes?: number;
  /** Deflate implementation; see zip-reader.ts for why `'zlib'` is the default. */
  readonly inflate?: InflateEngine;
  /** CSV bytes inflated ahead of the consumer before reading pauses. Default 1 MiB (16 parse chunks, 4 zlib chunks: inflating is faster than parsing, so more only adds memory). */
  readonly readAheadBytes?: number;
  /** Called with the size of every chunk of the download as it arrives (progress reporting). */
  readonly onBytes?: (bytes: number) => void;
}

export const DEFAULT_READ_AHEAD_BYTES = 1024 * 1024;
/** Compressed bytes allowed to wait in zlib's input queue: enough to keep the thread pool busy. */
const ZLIB_BACKLOG = 1024 * 1024;

/** Turns inflated CSV bytes into items (records, or the bytes themselves for `content()`). */
interface ItemDecoder<T> {
  data(chunk: Uint8Array, out: T[]): void;
  end(out: T[]): void;
}

/**
 * Starts a file's download under the signal the pump controls (so cancelling the pump also stops
 * it) and gives its body.
 */
export type OpenDownload = (signal: AbortSignal) => AsyncIterable<Uint8Array> | Promise<AsyncIterable<Uint8Array>>;

/** The bytes of one zip archive: a body already there, or a download to start. */
export type ArchiveSource = AsyncIterable<Uint8Array> | OpenDownload;

function opener(source: ArchiveSource): OpenDownload {
  return typeof source === 'function' ? source : () => source;
}

/** One file in flight. Start it, then call `next()` for batches until it returns undefined. */
export class Pump<T> {
  /** Inflated CSV chunks not yet parsed. */
  private readonly queue: Uint8Array[] = [];
  private queuedBytes = 0;
  /** The archive is verified; `ended`: the decoder has flushed its last row. */
  private done = false;
  private ended = false;
  private failure: unknown;
  private started = false;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;
  private readonly controller = new AbortController();
  private readonly reader: ZipCsvReader;
  private readAhead: number;
  private readonly unlink: () => void;
  private paused = false;

  constructor(
    private readonly open: OpenDownload,
    private readonly decoder: ItemDecoder<T>,
    private readonly options: ReadRawLogOptions<LogType | undefined, boolean>,
  ) {
    this.readAhead = options.readAheadBytes ?? DEFAULT_READ_AHEAD_BYTES;
    this.reader = new ZipCsvReader(
      { fileName: options.fileName, limits: options.limits, inflate: options.inflate },
      { data: (chunk) => this.onData(chunk), error: (err) => this.fail(err) },
    );
    const signal = options.signal;
    if (signal) {
      const onAbort = (): void => this.cancel(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      this.unlink = () => signal.removeEventListener('abort', onAbort);
    } else {
      this.unlink = () => {};
    }
  }

  get fileName(): string {
    return this.options.fileName;
  }

  /** Begins downloading and parsing (idempotent). */
  start(): this {
    if (this.started) return this;
    this.started = true;
    if (this.options.signal?.aborted) {
      this.fail(this.options.signal.reason);
      return this;
    }
    void this.produce();
    return this;
  }

  /**
   * The next batch of items; undefined once the file is complete and verified.
   *
   * Inflated chunks are parsed here, in the consumer's turn, not in zlib's 'data' callback:
   * node:zlib dispatches the next input chunk to the thread pool only after that callback
   * returns, so parsing inside it would serialise inflate and parse. Queuing raw chunks lets both
   * cores work.
   */
  async next(): Promise<T[] | undefined> {
    this.start();
    for (;;) {
      // An error wins over queued data: it belongs to a file that is not intact.
      if (this.failure !== undefined) throw this.failure;
      const chunk = this.queue.shift();
      if (chunk) {
        this.queuedBytes -= chunk.length;
        if (this.queuedBytes <= this.readAhead / 2) this.resumeProducer();
        const items: T[] = [];
        try {
          this.decoder.data(chunk, items);
        } catch (err) {
          this.fail(err);
          throw err;
        }
        if (items.length > 0) return items;
        continue;
      }
      if (this.done) {
        if (this.ended) return undefined;
        this.ended = true;
        const items: T[] = [];
        try {
          this.decoder.end(items);
        } catch (err) {
          this.failure = err;
          throw err;
        }
        if (items.length > 0) return items;
        return undefined;
      }
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
    }
  }

  failed(): boolean {
    return this.failure !== undefined;
  }

  /** Changes how far ahead of the consumer this file is inflated (a period's next files wait with less). */
  setReadAhead(bytes: number): void {
    this.readAhead = bytes;
    if (this.queuedBytes <= bytes / 2) this.resumeProducer();
  }

  /** Stops the download and the inflate; `next()` then throws `reason`. */
  cancel(reason: unknown = new DOMException('The raw log read was cancelled', 'AbortError')): void {
    if (this.ended) return;
    this.fail(reason);
  }

  private fail(err: unknown): void {
    if (this.failure !== undefined || this.ended) return;
    this.failure = err ?? new Error('unknown failure');
    this.queue.length = 0;
    this.queuedBytes = 0;
    this.reader.destroy();
    this.controller.abort(err);
    this.unlink();
    this.wake();
  }

  private wake(): void {
    const c = this.wakeConsumer;
    this.wakeConsumer = undefined;
    c?.();
    this.resumeProducer();
  }

  private resumeProducer(): void {
    if (this.paused) {
      this.paused = false;
      this.reader.backPressure.resume();
    }
    const p = this.wakeProducer;
    this.wakeProducer = undefined;
    p?.();
  }

  private onData(chunk: Uint8Array): void {
    if (this.failure !== undefined) return;
    this.queue.push(chunk);
    this.queuedBytes += chunk.length;
    const c = this.wakeConsumer;
    this.wakeConsumer = undefined;
    c?.();
    if (this.queuedBytes > this.readAhead && !this.paused) {
      // Output already inflated keeps coming from zlib unless it is paused too.
      this.paused = true;
      this.reader.backPressure.pause();
    }
  }

  private async produce(): Promise<void> {
    let iterator: AsyncIterator<Uint8Array> | undefined;
    try {
      let body: AsyncIterable<Uint8Array>;
      try {
        body = await this.open(this.controller.signal);
      } catch (err) {
        if (this.failure !== undefined) return;
        throw nameFile(err, this.options.fileName);
      }
      iterator = body[Symbol.asyncIterator]();
      for (;;) {
        if (this.failure !== undefined) return;
        let step: IteratorResult<Uint8Array>;
        try {
          step = await iterator.next();
        } catch (err) {
          if (this.failure !== undefined) return; // we aborted it ourselves
          // The body broke off (reset, premature close): the file is incomplete, say which one.
          throw new RawLogIntegrityError(this.options.fileName, 'truncated', `the download failed after ${this.reader.bytesIn} bytes: ${err instanceof Error ? err.message : String(err)}`, { cause: err, interrupted: true });
        }
        if (this.failure !== undefined) return;
        if (step.done) break;
        this.options.onBytes?.(step.value.length);
        this.reader.push(step.value);
        const bp = this.reader.backPressure;
        while (this.failure === undefined && (this.queuedBytes > this.readAhead || bp.pending() > ZLIB_BACKLOG)) {
          if (this.queuedBytes > this.readAhead) await new Promise<void>((resolve) => (this.wakeProducer = resolve));
          else await bp.drained();
        }
      }
      iterator = undefined;
      if (this.paused) this.resumeProducer();
      await this.finishReader();
      if (this.failure !== undefined) return;
      this.done = true;
      this.unlink();
      this.wake();
    } catch (err) {
      this.fail(err);
    } finally {
      // Closing the body releases the connection when we stop early.
      if (iterator?.return) await Promise.resolve(iterator.return()).catch(() => {});
    }
  }

  /** finish() waits for zlib's end, which needs the consumer to keep draining if the queue is full. */
  private async finishReader(): Promise<void> {
    await this.reader.finish();
  }
}

/**
 * Errors from before the body (the download link call, HTTP 404, a refused connection) keep their
 * class, so `instanceof NetworkError` still works, and get the log file's name in the message and
 * as `fileName`: the link they may quote does not always show it.
 */
function nameFile(err: unknown, fileName: string): unknown {
  // Only the SDK's own errors: an abort reason or a transport's error belongs to someone else.
  if (!(err instanceof TsoffersError) || 'fileName' in err) return err;
  const before = err.message;
  // Read the stack first: V8 builds it lazily, from the message as it is when first read.
  const stack = err.stack;
  err.message = `raw log ${fileName}: ${before}`;
  if (typeof stack === 'string') err.stack = stack.replace(before, () => err.message);
  Object.defineProperty(err, 'fileName', { value: fileName, enumerable: true, configurable: true, writable: true });
  return err;
}

/** Records of type `R` (the one the read's log type and `coerce` stand for) from CSV chunks. */
function recordDecoder<R extends LogRecordBase>(options: Pick<ReadRawLogOptions<LogType | undefined, boolean>, 'fileName' | 'coerce' | 'utcOffsetMinutes'>, budget?: HeldBudget): ItemDecoder<R> {
  let build: RecordBuilder<R> | undefined;
  let out: R[] = [];
  const parser = new CsvParser(
    (fields, count) => {
      if (!build) {
        build = recordBuilder<R>(fields.slice(0, count), {
          coerce: options.coerce,
          utcOffsetMinutes: options.utcOffsetMinutes,
          fileName: options.fileName,
        });
        return;
      }
      // Counted before the record exists: the guard fires on what would be held.
      budget?.add(fields, count, options.fileName);
      out.push(build(fields, count));
    },
    { fileName: options.fileName },
  );
  return {
    data(chunk, items) {
      out = items;
      parser.push(chunk);
    },
    end(items) {
      out = items;
      parser.end();
    },
  };
}

const bytesDecoder: ItemDecoder<Uint8Array> = {
  data(chunk, out) {
    out.push(chunk);
  },
  end() {},
};

/** Where a record stream gets its batches: one file's Pump, or a whole period. */
export interface BatchSource<R> {
  next(): Promise<R[] | undefined>;
  cancel(reason?: unknown): void;
  /** True once the source has failed or was cancelled: stop handing out a batch already taken. */
  failed(): boolean;
}

/** Async iterator over records that hands out a batch's records without an await each. */
export class RawLogRecordStream<R> implements AsyncIterableIterator<R> {
  private batch: R[] = [];
  private i = 0;

  constructor(private readonly source: BatchSource<R>) {}

  next(): Promise<IteratorResult<R>> {
    // After an abort or a failure the rest of a batch already taken is withheld too.
    if (this.i < this.batch.length && !this.source.failed()) return Promise.resolve({ value: this.batch[this.i++]!, done: false });
    return this.refill();
  }

  /** Leaving a `for await` early stops the download. */
  return(): Promise<IteratorResult<R>> {
    this.source.cancel();
    this.batch = [];
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The records in the batches they were parsed in (fewer awaits for bulk consumers). */
  async *batches(): AsyncGenerator<R[], void, undefined> {
    try {
      if (this.i < this.batch.length) yield this.batch.slice(this.i);
      this.batch = [];
      for (let b = await this.source.next(); b; b = await this.source.next()) if (b.length) yield b;
    } finally {
      this.source.cancel();
    }
  }

  private async refill(): Promise<IteratorResult<R>> {
    this.batch = [];
    for (;;) {
      const b = await this.source.next();
      if (!b) {
        this.batch = [];
        return { value: undefined, done: true };
      }
      if (b.length > 0) {
        this.batch = b;
        this.i = 1;
        return { value: b[0]!, done: false };
      }
    }
  }
}

/**
 * Streams the records of one raw-log zip. `source` is the download body, or a function that
 * starts the download with the abort signal the stream controls (so cancelling also stops it).
 */
export function readRawLog<T extends LogType | undefined = undefined, C extends boolean = false>(
  source: ArchiveSource,
  options: ReadRawLogOptions<T, C>,
): RawLogRecordStream<RecordOf<T, C>> {
  return new RawLogRecordStream(new Pump(opener(source), recordDecoder<RecordOf<T, C>>(options), options));
}

/** All records of one raw-log zip, returned only once the archive is verified. */
export async function readRawLogRecords<T extends LogType | undefined = undefined, C extends boolean = false>(
  source: ArchiveSource,
  options: ReadRawLogOptions<T, C>,
): Promise<RecordOf<T, C>[]> {
  const all: RecordOf<T, C>[] = [];
  const budget = new HeldBudget(options.limits?.maxHeldBytes ?? DEFAULT_MAX_HELD_BYTES);
  // No read-ahead limit: everything is kept anyway, and pausing would only slow it down.
  const pump = recordPump(source, { ...options, readAheadBytes: Number.POSITIVE_INFINITY }, budget);
  for await (const batch of new RawLogRecordStream(pump).batches()) {
    for (const r of batch) all.push(r);
  }
  return all;
}

/** The verified CSV bytes of one raw-log zip. */
export async function readRawLogCsv(
  source: ArchiveSource,
  options: Omit<ReadRawLogOptions, 'coerce' | 'logType' | 'utcOffsetMinutes'>,
): Promise<Buffer> {
  const pump = new Pump(opener(source), bytesDecoder, { ...options, readAheadBytes: Number.POSITIVE_INFINITY });
  const parts: Uint8Array[] = [];
  for (let b = await pump.next(); b; b = await pump.next()) for (const c of b) parts.push(c);
  return Buffer.concat(parts);
}

/** Records of CSV bytes already verified (a LogFile whose `content()` is cached parses these, as pyoffers does). */
export function parseCsvRecords<T extends LogType | undefined = undefined, C extends boolean = false>(
  csv: Uint8Array,
  options: Pick<ReadRawLogOptions<T, C>, 'fileName' | 'coerce' | 'utcOffsetMinutes'>,
  budget?: HeldBudget,
): RecordOf<T, C>[] {
  const decoder = recordDecoder<RecordOf<T, C>>(options, budget);
  const out: RecordOf<T, C>[] = [];
  decoder.data(csv, out);
  decoder.end(out);
  return out;
}

/** Internal: a pump over records, for the period iterator. */
export function recordPump<T extends LogType | undefined, C extends boolean>(
  source: ArchiveSource,
  options: ReadRawLogOptions<T, C>,
  budget?: HeldBudget,
): Pump<RecordOf<T, C>> {
  return new Pump(opener(source), recordDecoder<RecordOf<T, C>>(options, budget), options);
}
