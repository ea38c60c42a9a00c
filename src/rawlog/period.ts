/**
 * A whole period's records: its files started `concurrency` ahead and drained strictly in order,
 * each file downloaded again if it breaks off before its turn, and the progress of it all.
 */
import type { DownloadAgain } from './download-again.js';
import type { LogFile } from './listing.js';
import type { IterateOptions, RawLogProgress } from './options.js';
import { DEFAULT_READ_AHEAD_BYTES } from './record-stream.js';
import type { BatchSource, Pump } from './record-stream.js';
import type { LogType, RecordOf } from './records.js';

/** Inflated CSV a file of a period holds before its turn comes. */
const WAITING_READ_AHEAD_BYTES = 256 * 1024;

/**
 * One file of a period. Its download is started again when it breaks off (`interrupted`) before
 * any of its records were handed out: files waiting their turn sit on a paused connection, which a
 * server may drop, and nothing of theirs has been seen yet. Once a batch is out, a break is thrown.
 */
class PeriodFile<R> {
  private pump: Pump<R>;
  private handedOut = false;
  private cancelled: { reason: unknown } | undefined;
  /** Ends the wait before a restart when the stream is closed. */
  private readonly stop = new AbortController();
  private readonly again: DownloadAgain;
  /** Bytes the current attempt downloaded (taken back from the progress when it is restarted). */
  private attemptBytes = 0;

  constructor(
    private readonly start: (onBytes: (n: number) => void) => Pump<R>,
    again: (stop: AbortSignal) => DownloadAgain,
    private readonly onBytes: (n: number) => void,
    private readAhead: number,
  ) {
    this.again = again(this.stop.signal);
    this.pump = this.begin();
  }

  next(): Promise<R[] | undefined> {
    if (this.handedOut) return this.pump.next();
    return this.again.run(
      async () => {
        const batch = await this.pump.next();
        if (batch?.length) this.handedOut = true;
        return batch;
      },
      () => {
        // Cancelled while waiting: do not open a download nobody will read.
        if (this.cancelled) throw this.cancelled.reason ?? new DOMException('The raw log read was cancelled', 'AbortError');
        this.onBytes(-this.attemptBytes);
        this.pump = this.begin();
      },
    );
  }

  failed(): boolean {
    return this.pump.failed();
  }

  cancel(reason?: unknown): void {
    this.cancelled ??= { reason };
    this.stop.abort(reason);
    this.pump.cancel(reason);
  }

  setReadAhead(bytes: number): void {
    this.readAhead = bytes;
    this.pump.setReadAhead(bytes);
  }

  private begin(): Pump<R> {
    this.attemptBytes = 0;
    const pump = this.start((n) => {
      this.attemptBytes += n;
      this.onBytes(n);
    });
    pump.setReadAhead(this.readAhead);
    return pump.start();
  }
}

/** Batches of a whole period: files started `concurrency` ahead, drained strictly in order. */
export class PeriodSource<T extends LogType, C extends boolean> implements BatchSource<RecordOf<T, C>> {
  private files: readonly LogFile<T>[] | undefined;
  private readonly pumps: (PeriodFile<RecordOf<T, C>> | undefined)[] = [];
  private readonly sizes: (number | undefined)[] = [];
  private current = 0;
  private started = 0;
  private bytesDone = 0;
  private failure: unknown;
  private closed = false;

  /** @param list the period's files, in order; called once, by the first `next()`. */
  constructor(
    private readonly list: () => Promise<readonly LogFile<T>[]>,
    private readonly concurrency: number,
    private readonly options: IterateOptions<C>,
  ) {}

  async next(): Promise<RecordOf<T, C>[] | undefined> {
    if (this.failure !== undefined) throw this.failure;
    if (this.closed) return undefined;
    try {
      if (!this.files) {
        this.files = await this.list();
        this.report();
      }
      const files = this.files;
      while (this.current < files.length) {
        while (this.started < Math.min(files.length, this.current + this.concurrency)) this.startFile(this.started++);
        const batch = await this.pumps[this.current]!.next();
        if (batch) return batch;
        this.pumps[this.current] = undefined;
        this.current++;
        this.pumps[this.current]?.setReadAhead(this.readAhead());
        this.report();
      }
      this.closed = true;
      return undefined;
    } catch (err) {
      this.cancel(err);
      throw err;
    }
  }

  failed(): boolean {
    return this.failure !== undefined || (this.pumps[this.current]?.failed() ?? false);
  }

  cancel(reason?: unknown): void {
    if (this.closed) return;
    this.closed = true;
    this.failure ??= reason;
    for (const p of this.pumps) p?.cancel(reason);
    this.pumps.length = 0;
  }

  private readAhead(): number {
    return this.options.readAheadBytes ?? DEFAULT_READ_AHEAD_BYTES;
  }

  private startFile(i: number): void {
    const file = this.files![i]!;
    // A file waiting for its turn keeps its progress mostly as compressed bytes (zlib's input
    // backlog, several times denser than CSV) and inflates only a little ahead; it gets the full
    // read-ahead when it becomes the current file.
    const readAheadBytes = i === this.current ? this.readAhead() : Math.min(this.readAhead(), WAITING_READ_AHEAD_BYTES);
    this.pumps[i] = new PeriodFile(
      (onBytes) => file.pump<C>({ ...this.options, readAheadBytes }, onBytes, (size) => (this.sizes[i] = size)),
      (stop) => file.downloadAgain(this.options.signal, stop),
      (n) => {
        this.bytesDone += n;
        this.report();
      },
      readAheadBytes,
    );
  }

  private report(): void {
    const onProgress = this.options.onProgress;
    if (!onProgress || !this.files) return;
    const total = this.files.length;
    let known = 0;
    let sum = 0;
    for (let i = 0; i < total; i++) {
      const s = this.sizes[i];
      if (s === undefined) continue;
      known++;
      sum += s;
    }
    const base = { filesDone: this.current, filesTotal: total, bytesDone: this.bytesDone };
    const progress: RawLogProgress =
      known === total
        ? { ...base, bytesTotal: sum, bytesEstimate: sum }
        : known > 0
          ? { ...base, bytesEstimate: Math.round(sum + ((total - known) * sum) / known) }
          : base;
    onProgress(progress);
  }
}
