import type { RawLogProgress } from '../rawlog/index.js';
import type { RateLimit } from '../transport/limiter.js';
import type { CliStream } from './context.js';

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export interface ProgressOptions {
  /** The clock (tests drive it by hand). */
  readonly now?: () => number;
  /** The client's rate limit (`false`: off), to say why the bar stands still. */
  readonly rateLimit?: RateLimit | false;
  /** Files downloaded at once. */
  readonly concurrency?: number;
  /** API calls the listing of the period took (1 for a day; 1 + one per day for a month or year). */
  readonly listingCalls?: (filesTotal: number) => number;
  /** Check for a stall on a timer (the default); tests call `tick()` themselves. */
  readonly timer?: boolean;
}

/** How long progress must stand still, with files left, before the bar says what it waits for. */
export const STALL_MS = 1000;
const TICK_MS = 250;

/**
 * Raw-log download progress on stderr: a redrawn bar on a terminal, or one plain line per finished
 * file when asked for (`--progress`) without a terminal, so logs stay readable.
 *
 * Each file costs one getDownloadLink call, and the client's rate limiter (50 calls per 10 s, like
 * HasOffers) holds calls back once a window's calls are used: a period of many small files then
 * stands still for seconds at a time. The limiter tells nobody that it is waiting, so the bar
 * infers it: when nothing has moved for STALL_MS while files remain, it says that it is waiting,
 * for the rate limit when enough calls were made to have used a window's worth, else for HasOffers.
 */
export class ProgressBar {
  private lastFiles = -1;
  private lastDraw = 0;
  private drawn = false;
  private last: RawLogProgress | undefined;
  private lastMove = 0;
  private movedFiles = -1;
  private movedBytes = -1;
  private waitingShown = false;
  /** When the calls so far were made, as far as progress shows them: the listing, then one getDownloadLink per file started. */
  private readonly calls: number[] = [];
  private filesStarted = 0;
  private readonly now: () => number;
  private readonly options: ProgressOptions;
  private readonly timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly stream: CliStream,
    private readonly mode: 'bar' | 'lines' | 'off',
    options: ProgressOptions | (() => number) = {},
  ) {
    const opts: ProgressOptions = typeof options === 'function' ? { now: options, timer: false } : options;
    this.options = opts;
    this.now = opts.now ?? (() => Date.now());
    if (mode !== 'off' && opts.timer !== false) {
      this.timer = setInterval(() => this.tick(), TICK_MS);
      this.timer.unref();
    }
  }

  update(progress: RawLogProgress): void {
    if (this.mode === 'off') return;
    const time = this.now();
    this.countCalls(progress, time);
    this.last = progress;
    if (progress.filesDone !== this.movedFiles || progress.bytesDone !== this.movedBytes) {
      this.movedFiles = progress.filesDone;
      this.movedBytes = progress.bytesDone;
      this.lastMove = time;
      this.waitingShown = false;
    }
    if (this.mode === 'lines') {
      if (progress.filesDone !== this.lastFiles) {
        this.lastFiles = progress.filesDone;
        this.stream.write(`${progress.filesDone}/${progress.filesTotal} files, ${megabytes(progress.bytesDone)}\n`);
      }
      return;
    }
    // Redrawing on every chunk would spend more time on the terminal than on the download.
    if (progress.filesDone === this.lastFiles && time - this.lastDraw < 100) return;
    this.draw(progress, time, '');
  }

  /** Called on a timer: says what the download waits for once progress has stood still for STALL_MS. */
  tick(): void {
    const progress = this.last;
    if (this.mode === 'off' || !progress || progress.filesDone >= progress.filesTotal) return;
    const time = this.now();
    if (time - this.lastMove < STALL_MS) return;
    const why = this.waitingFor(progress, time);
    if (this.mode === 'lines') {
      if (!this.waitingShown) this.stream.write(`${why}\n`);
      this.waitingShown = true;
      return;
    }
    this.waitingShown = true;
    this.draw(progress, time, `  ${why} (${Math.floor((time - this.lastMove) / 1000)} s)`);
  }

  /**
   * The first progress comes right after the listing, when the first `concurrency` files start;
   * after that, each finished file starts the next one. Each start is one getDownloadLink call.
   */
  private countCalls(progress: RawLogProgress, time: number): void {
    const concurrency = this.options.concurrency ?? 4;
    if (this.last === undefined) {
      const listing = this.options.listingCalls?.(progress.filesTotal) ?? 1;
      for (let i = 0; i < listing; i++) this.calls.push(time);
    }
    const started = Math.min(progress.filesTotal, progress.filesDone + concurrency);
    for (; this.filesStarted < started; this.filesStarted++) this.calls.push(time);
    // Only the last window's calls matter; keep the list short.
    const limit = this.options.rateLimit;
    const window = limit ? limit.windowMs * 2 : 0;
    while (this.calls.length && this.calls[0]! < time - window) this.calls.shift();
  }

  private waitingFor(progress: RawLogProgress, time: number): string {
    const limit = this.options.rateLimit;
    // The limiter lets a call go one window after the answers of the last `calls` calls: if that
    // many were made within about a window, the stall is the limiter's (it does not say so itself).
    const recent = limit ? this.calls.filter((at) => at > time - limit.windowMs * 1.5).length : 0;
    if (limit && recent >= limit.calls && progress.filesDone < progress.filesTotal) {
      return `waiting for the HasOffers rate limit: ${limit.calls} call${limit.calls === 1 ? '' : 's'} per ${limit.windowMs / 1000} s, and each file needs one getDownloadLink call`;
    }
    return 'waiting for HasOffers';
  }

  private draw(progress: RawLogProgress, time: number, suffix: string): void {
    this.lastFiles = progress.filesDone;
    this.lastDraw = time;
    const width = 30;
    // Before every file's size is known the total is an estimate, shown with a `~`.
    const total = progress.bytesTotal ?? progress.bytesEstimate;
    const ratio = total ? progress.bytesDone / total : progress.filesTotal ? progress.filesDone / progress.filesTotal : 1;
    const filled = Math.max(0, Math.min(width, Math.round(ratio * width)));
    const bytes = total ? `${megabytes(progress.bytesDone)} / ${progress.bytesTotal === undefined ? '~' : ''}${megabytes(total)}` : megabytes(progress.bytesDone);
    this.control(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${progress.filesDone}/${progress.filesTotal} files  ${bytes}${suffix}\u001b[K`);
    this.drawn = true;
  }

  /** The bar's own `\r` and erase-line sequences, which a safe stream would otherwise show as text. */
  private control(text: string): void {
    if (this.stream.writeControl) this.stream.writeControl(text);
    else this.stream.write(text);
  }

  done(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}
