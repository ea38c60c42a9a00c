/**
 * Downloading a file again when its body broke off midway (`RawLogIntegrityError.interrupted`)
 * before any of its records was handed out: the one loop behind `records()`, `content()`,
 * `findAll()` and the files of `iterate()` still waiting their turn.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { RawLogIntegrityError } from './errors.js';

/**
 * The attempts at one file: at most `retries` more after the first, counted over every `run`
 * (a period's file calls it once per batch until one is handed out).
 */
export class DownloadAgain {
  private restarts = 0;

  /**
   * @param signal the caller's: once it aborts nothing is downloaded again, and the wait before
   * another attempt ends with its reason.
   * @param stop ends the wait before another attempt without failing it (a closed stream); the
   * `restart` hook then decides what is thrown.
   */
  constructor(
    private readonly retries: number,
    private readonly signal: AbortSignal | undefined,
    private readonly stop?: AbortSignal,
  ) {}

  /**
   * `read()`, and again (after `restart()`, which readies the next attempt or throws to give up)
   * while it fails only because the download broke off and attempts are left.
   */
  async run<R>(read: () => Promise<R>, restart?: () => void): Promise<R> {
    for (;;) {
      try {
        return await read();
      } catch (err) {
        if (this.restarts >= this.retries || !(err instanceof RawLogIntegrityError) || !err.interrupted || this.signal?.aborted) throw err;
        await this.wait();
        restart?.();
        this.restarts++;
      }
    }
  }

  private async wait(): Promise<void> {
    const stop = this.stop;
    const signal = stop ? (this.signal ? AbortSignal.any([this.signal, stop]) : stop) : this.signal;
    try {
      await pause(this.restarts, signal);
    } catch (err) {
      // Only the caller's abort fails the read here; a stop leaves it to `restart`.
      if (!stop || this.signal?.aborted) throw err;
    }
  }
}

/**
 * The wait before downloading a broken file again: 250 ms, doubling, at most 4 s. An abort ends it
 * with the signal's own reason, as an abort at any other moment does.
 */
async function pause(attempt: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(Math.min(250 * 2 ** attempt, 4000), undefined, signal ? { signal } : undefined);
  } catch (err) {
    if (signal?.aborted) throw signal.reason ?? err;
    throw err;
  }
}
