import { onAbort } from './abort.js';

/**
 * A client-side rate limiter that keeps a client under HasOffers' limit (50 calls per 10-second
 * window per network) instead of bouncing off it.
 *
 * HasOffers counts calls when they arrive, and we cannot see arrival times, only when we sent a
 * call and when its answer came back. So a call holds a slot from the moment it is sent until one
 * window after its answer (or failure) arrived. That guarantees at most `calls` arrivals in any
 * window of `windowMs`, whether the server counts with a sliding or a fixed window and however
 * the network delays requests: of all calls arriving within one window, the last one sent saw
 * every other one still holding its slot. Throughput stays near the limit because local latency
 * is small next to the window.
 */

export interface RateLimit {
  /** Calls allowed per window. */
  readonly calls: number;
  /** Window length in milliseconds. */
  readonly windowMs: number;
}

/** HasOffers' documented limit for the Network API. */
export const HASOFFERS_RATE_LIMIT: RateLimit = Object.freeze({ calls: 50, windowMs: 10_000 });

/** A granted slot. Release it once the attempt has finished (answered, failed or aborted). */
export interface LimiterSlot {
  release(): void;
}

interface Waiter {
  readonly resolve: (slot: LimiterSlot) => void;
  readonly reject: (reason: unknown) => void;
  /** Unregisters the abort callback (one shared listener per signal: see abort.ts). */
  stop: () => void;
}

export class RateLimiter {
  readonly calls: number;
  readonly windowMs: number;
  #inFlight = 0;
  /** When finished calls give their slot back (finish time + window), ascending. */
  readonly #frees: number[] = [];
  readonly #waiters: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #now: () => number;
  #closed: unknown;

  constructor(limit: RateLimit, now: () => number = () => performance.now()) {
    if (!Number.isSafeInteger(limit.calls) || limit.calls < 1) throw new RangeError(`rateLimit.calls must be a positive integer, got ${String(limit.calls)}`);
    if (!Number.isFinite(limit.windowMs) || limit.windowMs <= 0) throw new RangeError(`rateLimit.windowMs must be a positive number, got ${String(limit.windowMs)}`);
    this.calls = limit.calls;
    this.windowMs = limit.windowMs;
    this.#now = now;
  }

  /** Slots in use right now (in flight, or finished less than one window ago). */
  get used(): number {
    this.#prune();
    return this.#inFlight + this.#frees.length;
  }

  /** Calls waiting for a slot. */
  get waiting(): number {
    return this.#waiters.length;
  }

  /** Resolves with a slot once one is free (first come, first served); rejects when `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<LimiterSlot> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#closed !== undefined) return Promise.reject(this.#closed);
    if (this.#waiters.length === 0 && this.used < this.calls) return Promise.resolve(this.#grant());
    return new Promise<LimiterSlot>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, stop: () => undefined };
      if (signal) {
        // Leaves the queue at once: the timer is re-armed (or dropped) for the waiters left.
        waiter.stop = onAbort(signal, () => {
          const index = this.#waiters.indexOf(waiter);
          if (index >= 0) this.#waiters.splice(index, 1);
          reject(signal.reason);
          this.#schedule();
        });
      }
      this.#waiters.push(waiter);
      this.#schedule();
    });
  }

  /**
   * Refuses every waiting call and every later one with `reason`, and drops the timer: after
   * `api.close()` nothing queued is sent, and nothing keeps the process alive.
   */
  close(reason: unknown): void {
    this.#closed = reason ?? new Error('closed');
    const waiters = this.#waiters.splice(0);
    for (const waiter of waiters) {
      waiter.stop();
      waiter.reject(this.#closed);
    }
    this.#schedule();
  }

  #grant(): LimiterSlot {
    this.#inFlight += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.#inFlight -= 1;
        // Finish times only grow (monotonic clock), so the list stays sorted.
        this.#frees.push(this.#now() + this.windowMs);
        this.#schedule();
      },
    };
  }

  #prune(): void {
    const now = this.#now();
    let drop = 0;
    while (drop < this.#frees.length && (this.#frees[drop] as number) <= now) drop += 1;
    if (drop) this.#frees.splice(0, drop);
  }

  /** Hands out free slots in order, then arms one timer for the next slot to come free (if anyone waits). */
  #schedule(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    while (this.#waiters.length && this.used < this.calls) {
      const waiter = this.#waiters.shift() as Waiter;
      waiter.stop();
      waiter.resolve(this.#grant());
    }
    // With nobody waiting there is no timer at all, so an idle or aborted client holds no handle.
    if (this.#waiters.length && this.#frees.length) {
      const delay = Math.max(0, (this.#frees[0] as number) - this.#now());
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#schedule();
      }, Math.ceil(delay));
    }
    // Otherwise every slot is in flight: the next release() calls us again.
  }
}
