/** Promise sharing: one read for every caller asking at once, each caller free to stop waiting. */

/**
 * One read shared by every caller asking for the same thing at once (a LogFile's content, or its
 * records for one set of options). Each caller's signal ends only that caller's wait; the read
 * itself is aborted when every caller still waiting has aborted (a caller without a signal keeps
 * it going to the end).
 */
export class SharedRead<T> {
  readonly promise: Promise<T>;
  private readonly controller = new AbortController();
  private waiting = 0;
  private settled = false;

  constructor(start: (signal: AbortSignal) => Promise<T>) {
    this.promise = start(this.controller.signal);
    const done = (): void => {
      this.settled = true;
    };
    this.promise.then(done, done);
  }

  join(signal: AbortSignal | undefined): Promise<T> {
    if (!signal) {
      this.waiting = Number.POSITIVE_INFINITY;
      return this.promise;
    }
    if (signal.aborted) return Promise.reject(signal.reason);
    this.waiting++;
    return waitFor(this.promise, signal, () => {
      if (--this.waiting === 0 && !this.settled) this.controller.abort(signal.reason);
    });
  }
}

/**
 * `promise`, or a rejection with `signal.reason` as soon as `signal` aborts (then `onAbort` runs);
 * the promise itself goes on for whoever else waits for it.
 */
function waitFor<T>(promise: Promise<T>, signal: AbortSignal, onAbort?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      reject(signal.reason);
      onAbort?.();
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(err);
      },
    );
  });
}
