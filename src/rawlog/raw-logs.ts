/**
 * pyoffers' RawLog surface, typed: `rawLogs.clicks | conversions | impressions` with
 * `listDateDirs()`, `listLogs(dirName)`, `findAll(period)` and, beyond pyoffers, `iterate(period)`
 * (bounded concurrency, records in file order, flat memory) and `LogFile.stream()`.
 *
 * It talks to HasOffers only through `RawLogTransport`, so it does not depend on the HTTP client.
 */
import { InvalidArgumentError } from '../errors.js';
import { DateDir, LogFile } from './listing.js';
import type { DateDirHost, LogFileHost } from './listing.js';
import { dirData, field, fileData, linkData } from './listing-response.js';
import { isPlainObject } from '../util/is-plain-object.js';
import { checkReadOptions, maxHeld } from './options.js';
import type { IterateOptions, RawLogCallOptions, RawLogPeriod, ReadOptions } from './options.js';
import { PeriodSource } from './period.js';
import type { RawLogMethod, RawLogTransport } from './raw-log-transport.js';
import { HeldBudget, RawLogRecordStream } from './record-stream.js';
import type { LogType, RecordOf } from './records.js';

/** The logs of one type: `rawLogs.clicks`, `.conversions`, `.impressions`. */
export class LogTypeManager<T extends LogType = LogType> implements DateDirHost<T>, LogFileHost<T> {
  constructor(
    readonly transport: RawLogTransport,
    readonly logType: T,
  ) {}

  async listDateDirs(options?: RawLogCallOptions): Promise<DateDir<T>[]> {
    const data = await this.call('listDateDirs', {}, options);
    const dirs = field(data, 'dateDirs', 'listDateDirs');
    return dirs.map((d) => new DateDir(this, dirData(d)));
  }

  async listLogs(dirName: string, options?: RawLogCallOptions): Promise<LogFile<T>[]> {
    if (!/^\d{8}$/.test(dirName)) throw new InvalidArgumentError('dirName', `expected YYYYMMDD, got ${JSON.stringify(dirName)}`);
    const data = await this.call('listLogs', { date_dir: dirName }, options);
    // HasOffers answers a day without logs with an empty data object rather than logFiles: [].
    if (isPlainObject(data) && data['logFiles'] === undefined) return [];
    return field(data, 'logFiles', 'listLogs').map((f) => new LogFile(this, fileData(f)));
  }

  async getDownloadLink(logFilename: string, options?: RawLogCallOptions): Promise<string> {
    return linkData(await this.call('getDownloadLink', { log_filename: logFilename }, options));
  }

  /**
   * The log files of a day (`'20160920'`, one listLogs call, as pyoffers), a month (`'201609'`) or
   * a year (`'2016'`): the matching date dirs in the order listDateDirs returns them, each dir's
   * files in the order listLogs returns them.
   */
  async logsOf(period: RawLogPeriod, options?: RawLogCallOptions): Promise<LogFile<T>[]> {
    if (!/^\d{4}(\d{2}(\d{2})?)?$/.test(period)) {
      throw new InvalidArgumentError('period', `expected YYYYMMDD, YYYYMM or YYYY, got ${JSON.stringify(period)}`);
    }
    if (period.length === 8) return this.listLogs(period, options);
    const dirs = (await this.listDateDirs(options)).filter((d) => d.dirName.startsWith(period));
    const lists = await Promise.all(dirs.map((d) => d.listLogs(options)));
    return lists.flat();
  }

  /**
   * All records of the period in one array, as pyoffers' find_all (memory grows with the period,
   * up to `limits.maxHeldBytes` for the whole period: RawLogMemoryLimitError past it).
   * Files are read one after the other with `records()`, so a download that breaks off is retried.
   */
  async findAll<C extends boolean = false>(period: RawLogPeriod, options: ReadOptions<C> = {}): Promise<RecordOf<T, C>[]> {
    checkReadOptions(options);
    const out: RecordOf<T, C>[] = [];
    // One budget for the period: limits.maxHeldBytes bounds everything findAll holds.
    const budget = new HeldBudget(maxHeld(options));
    for (const file of await this.logsOf(period, options)) {
      for (const r of await file.collect(options, budget, options.signal)) out.push(r);
    }
    return out;
  }

  /**
   * Every record of the period, file after file in `logsOf` order, downloading up to
   * `concurrency` files at once. Each file in flight holds at most `readAheadBytes` of parsed-
   * ahead CSV, so memory stays flat whatever the period's size. Throws RawLogIntegrityError
   * (naming the file) if any archive is bad; the period is complete only if iteration finishes.
   */
  iterate<C extends boolean = false>(period: RawLogPeriod, options: IterateOptions<C> = {}): RawLogRecordStream<RecordOf<T, C>> {
    const concurrency = options.concurrency ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new InvalidArgumentError('concurrency', `expected a positive integer, got ${String(concurrency)}`);
    }
    checkReadOptions(options);
    return new RawLogRecordStream(new PeriodSource(() => this.logsOf(period, { signal: options.signal }), concurrency, options));
  }

  private call(method: RawLogMethod, params: Record<string, string>, options?: RawLogCallOptions): Promise<unknown> {
    return this.transport.call(method, { log_type: this.logType, ...params }, options?.signal ? { signal: options.signal } : undefined);
  }
}

/** `rawLogs.clicks`, `.conversions`, `.impressions`, as in pyoffers. */
export class RawLogs {
  readonly clicks: LogTypeManager<'clicks'>;
  readonly conversions: LogTypeManager<'conversions'>;
  readonly impressions: LogTypeManager<'impressions'>;

  constructor(readonly transport: RawLogTransport) {
    this.clicks = new LogTypeManager(transport, 'clicks');
    this.conversions = new LogTypeManager(transport, 'conversions');
    this.impressions = new LogTypeManager(transport, 'impressions');
  }
}
