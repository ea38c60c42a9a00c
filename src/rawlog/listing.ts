/**
 * The listing objects: a day directory (`DateDir`) and one hourly log file (`LogFile`), as
 * pyoffers returns them. Each is handed the narrow part of its `LogTypeManager` it uses (a host
 * interface), so this module does not depend on the manager's.
 */
import type { RawLogCallOptions, ReadOptions } from './options.js';
import { checkReadOptions, maxHeld, refusal } from './options.js';
import { DownloadAgain } from './download-again.js';
import type { DateDirData, LogFileData } from './listing-response.js';
import type { RawLogTransport } from './raw-log-transport.js';
import { HeldBudget, RawLogRecordStream, parseCsvRecords, readRawLogCsv, recordPump } from './record-stream.js';
import type { OpenDownload, Pump, ReadRawLogOptions } from './record-stream.js';
import type { LogType, RecordOf } from './records.js';
import { SharedRead } from './shared-read.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** What a DateDir needs from its manager. */
export interface DateDirHost<T extends LogType> {
  listLogs(dirName: string, options?: RawLogCallOptions): Promise<LogFile<T>[]>;
}

/** What a LogFile needs from its manager: the log type, the download link call and the download. */
export interface LogFileHost<T extends LogType> {
  readonly logType: T;
  readonly transport: Pick<RawLogTransport, 'download' | 'bodyRetries'>;
  getDownloadLink(logFilename: string, options?: RawLogCallOptions): Promise<string>;
}

/** A day directory of logs. */
export class DateDir<T extends LogType = LogType> {
  readonly displayName: string;
  readonly dirName: string;

  constructor(
    readonly manager: DateDirHost<T>,
    data: DateDirData,
  ) {
    this.displayName = data.displayName;
    this.dirName = data.dirName;
  }

  listLogs(options?: RawLogCallOptions): Promise<LogFile<T>[]> {
    return this.manager.listLogs(this.dirName, options);
  }

  /** pyoffers compares log items by their data. */
  equals(other: unknown): boolean {
    return other instanceof DateDir && other.dirName === this.dirName && other.displayName === this.displayName;
  }

  toString(): string {
    return `DateDir: ${this.displayName} (${this.dirName})`;
  }

  [INSPECT](): string {
    return `<${this.toString()}>`;
  }
}

/** One hourly log file (a zip of one CSV). `downloadLink`, `content` and `records` are cached per instance. */
export class LogFile<T extends LogType = LogType> {
  readonly displayName: string;
  readonly filename: string;
  readonly startTimestamp: string | undefined;
  private link: SharedRead<string> | undefined;
  private csv: SharedRead<Buffer> | undefined;
  /** records() per option set that changes them: `coerce` and, with it, `utcOffsetMinutes`. */
  private readonly cache = new Map<string, SharedRead<unknown[]>>();

  constructor(
    readonly manager: LogFileHost<T>,
    data: LogFileData,
  ) {
    this.displayName = data.displayName;
    this.filename = data.filename;
    this.startTimestamp = data.startTimestamp;
  }

  /**
   * The signed S3 URL of the zip (cached; a failed call is not). The call is shared by everyone
   * asking at once, so it does not take any one caller's signal: each caller's own signal ends
   * only its own wait.
   */
  downloadLink(options?: RawLogCallOptions): Promise<string> {
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (!this.link) {
      // The call aborts (and leaves the rate limiter's queue) once every caller waiting for it has
      // aborted: after an abort nothing is sent on its behalf.
      const link = new SharedRead((shared) => this.manager.getDownloadLink(this.filename, { signal: shared }));
      this.link = link;
      link.promise.catch(() => {
        if (this.link === link) this.link = undefined;
      });
    }
    return this.link.join(signal);
  }

  /** The CSV bytes, after the archive has been verified (cached). */
  content(options: Omit<ReadOptions, 'coerce' | 'utcOffsetMinutes' | 'readAheadBytes'> = {}): Promise<Buffer> {
    const bad = refusal(options);
    if (bad) return Promise.reject(bad);
    if (!this.csv) {
      const read = new SharedRead((signal) => this.downloadAgain(signal).run(() => readRawLogCsv(this.openDownload(signal), { fileName: this.filename, ...options, signal })));
      this.csv = read;
      read.promise.catch(() => {
        if (this.csv === read) this.csv = undefined;
      });
    }
    return this.csv.join(options.signal);
  }

  /**
   * Every record of the file, resolved only once the archive is verified (cached per `coerce` and
   * `utcOffsetMinutes`). Holds the whole file in memory, as pyoffers does, up to
   * `limits.maxHeldBytes` (default 1 GiB, estimated; RawLogMemoryLimitError past it); use
   * `stream()` for big files. Parses the cached `content()` when there is one instead of downloading again. A
   * download that breaks off midway is started again (the transport's `bodyRetries`).
   */
  records<C extends boolean = false>(options: ReadOptions<C> = {}): Promise<RecordOf<T, C>[]> {
    const bad = refusal(options);
    if (bad) return Promise.reject(bad);
    const key = options.coerce === true ? `coerce ${options.utcOffsetMinutes ?? 0}` : 'text';
    let cached = this.cache.get(key);
    if (!cached) {
      const read = new SharedRead((signal): Promise<unknown[]> => this.collect(options, new HeldBudget(maxHeld(options)), signal));
      cached = read;
      this.cache.set(key, read);
      read.promise.catch(() => {
        if (this.cache.get(key) === read) this.cache.delete(key);
      });
    }
    return cached.join(options.signal) as Promise<RecordOf<T, C>[]>;
  }

  /**
   * Records as they are inflated and parsed. The file is complete only if iteration ends without
   * throwing: a bad archive throws RawLogIntegrityError after (some of) its records were yielded.
   */
  stream<C extends boolean = false>(options: ReadOptions<C> = {}): RawLogRecordStream<RecordOf<T, C>> {
    checkReadOptions(options);
    return new RawLogRecordStream(this.pump(options).start());
  }

  /**
   * @internal Every record of the file into memory, counted against `budget` (records() gives each
   * read its own; findAll() one for the whole period), which stops the read once the records would
   * hold more than `limits.maxHeldBytes`.
   */
  async collect<C extends boolean>(options: ReadOptions<C>, budget: HeldBudget, signal: AbortSignal | undefined): Promise<RecordOf<T, C>[]> {
    const csv = this.csv;
    if (csv) {
      // The verified CSV is already here: parse it rather than download again (pyoffers does the same).
      return parseCsvRecords(await csv.join(signal), { fileName: this.filename, coerce: options.coerce, utcOffsetMinutes: options.utcOffsetMinutes }, budget);
    }
    const start = budget.mark();
    return this.downloadAgain(signal).run(async () => {
      // A retried attempt starts from what was held before this file.
      budget.reset(start);
      const out: RecordOf<T, C>[] = [];
      const pump = this.pump<C>({ ...options, signal, readAheadBytes: Number.POSITIVE_INFINITY }, undefined, undefined, budget);
      for await (const batch of new RawLogRecordStream(pump.start()).batches()) {
        for (const r of batch) out.push(r);
      }
      return out;
    });
  }

  /**
   * @internal The attempts at downloading this file for one read: as many more as the transport's
   * `bodyRetries` when the body breaks off before anything was handed out.
   */
  downloadAgain(signal: AbortSignal | undefined, stop?: AbortSignal): DownloadAgain {
    return new DownloadAgain(this.manager.transport.bodyRetries ?? 0, signal, stop);
  }

  /** @internal A not-yet-started pump for this file (used by `iterate`). */
  pump<C extends boolean>(options: ReadOptions<C>, onBytes?: (n: number) => void, onSize?: (n: number) => void, budget?: HeldBudget): Pump<RecordOf<T, C>> {
    const read: ReadRawLogOptions<T, C> = {
      fileName: this.filename,
      logType: this.manager.logType,
      coerce: options.coerce,
      limits: options.limits,
      signal: options.signal,
      utcOffsetMinutes: options.utcOffsetMinutes,
      inflate: options.inflate,
      readAheadBytes: options.readAheadBytes,
      onBytes,
    };
    return recordPump(this.openDownload(undefined, onSize), read, budget);
  }

  /** Starts the download (the link, then the body) under the pump's signal and `outer`. */
  private openDownload(outer: AbortSignal | undefined, onSize?: (n: number) => void): OpenDownload {
    return async (signal) => {
      const both = outer ? AbortSignal.any([outer, signal]) : signal;
      const link = await this.downloadLink({ signal: both });
      const res = await this.manager.transport.download(link, { signal: both });
      if (res.size !== undefined) onSize?.(res.size);
      return res.body;
    };
  }

  equals(other: unknown): boolean {
    return other instanceof LogFile && other.filename === this.filename && other.displayName === this.displayName;
  }

  toString(): string {
    return `LogFile: ${this.displayName} (${this.filename})`;
  }

  [INSPECT](): string {
    return `<${this.toString()}>`;
  }
}
