import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HasOffersAPI, InvalidArgumentError, MaxRetriesExceededError } from '../../src/index.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { HASOFFERS_RATE_LIMIT, RateLimiter } from '../../src/transport/limiter.js';
import type { LimiterSlot } from '../../src/transport/limiter.js';

describe('RateLimiter (fake clock)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(calls: number, windowMs: number) {
    vi.useFakeTimers();
    return new RateLimiter({ calls, windowMs }, () => Date.now());
  }

  it("defaults to HasOffers' 50 calls per 10 s", () => {
    expect(HASOFFERS_RATE_LIMIT).toEqual({ calls: 50, windowMs: 10_000 });
  });

  it('grants `calls` slots at once, then makes the next wait one window after a release', async () => {
    const limiter = setup(3, 1000);
    const slots = await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    let fourth: LimiterSlot | undefined;
    void limiter.acquire().then((slot) => (fourth = slot));
    await vi.advanceTimersByTimeAsync(5000);
    // All three are still in flight: a slot only starts its window when the call finishes.
    expect(fourth).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
    slots[0]?.release();
    await vi.advanceTimersByTimeAsync(999);
    expect(fourth).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(fourth).toBeDefined();
    expect(limiter.used).toBe(3);
  });

  it('serves waiters first come, first served', async () => {
    const limiter = setup(1, 100);
    const first = await limiter.acquire();
    const order: number[] = [];
    const waiting = [1, 2, 3].map((n) => limiter.acquire().then((slot) => (order.push(n), slot.release())));
    first.release();
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(waiting);
    expect(order).toEqual([1, 2, 3]);
  });

  it('an aborted wait rejects with the reason, frees its place and leaves no timer', async () => {
    const limiter = setup(1, 1000);
    const slot = await limiter.acquire();
    slot.release();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(limiter.waiting).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await expect(limiter.acquire(controller.signal)).rejects.toThrow('stop');
  });

  it('releasing twice frees one slot only', async () => {
    const limiter = setup(2, 1000);
    const slot = await limiter.acquire();
    slot.release();
    slot.release();
    expect(limiter.used).toBe(1);
  });

  it('refuses nonsense limits', () => {
    expect(() => new RateLimiter({ calls: 0, windowMs: 10 })).toThrow(RangeError);
    expect(() => new RateLimiter({ calls: 1, windowMs: 0 })).toThrow(RangeError);
  });
});

describe('client rate limit against a rate-limited sandbox', () => {
  const LIMIT = { calls: 8, windowMs: 400 };
  let sandbox: SandboxHandle;
  beforeAll(async () => {
    sandbox = await startSandbox({ rateLimit: LIMIT, networkToken: 'limiter-token' });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('keeps 40 concurrent findAll calls under the server limit (no rate-limit answer, no retry)', async () => {
    // Let the window of any earlier test drain.
    await new Promise((resolve) => setTimeout(resolve, LIMIT.windowMs + 50));
    const api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'limiter-token', networkId: 'sandbox', rateLimit: LIMIT, retries: 0 });
    try {
      const results = await Promise.allSettled(Array.from({ length: 40 }, () => api.offers.findAll({ limit: 1 })));
      const failures = results.filter((result) => result.status === 'rejected');
      expect(failures.map((failure) => String((failure as PromiseRejectedResult).reason))).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('without the limiter the same burst is refused by the server (the limit is real)', async () => {
    await new Promise((resolve) => setTimeout(resolve, LIMIT.windowMs + 50));
    const api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'limiter-token', networkId: 'sandbox', rateLimit: false, retries: 0 });
    try {
      const results = await Promise.allSettled(Array.from({ length: 40 }, () => api.offers.findAll({ limit: 1 })));
      const refused = results.filter((result) => result.status === 'rejected' && result.reason instanceof MaxRetriesExceededError);
      expect(refused.length).toBeGreaterThan(0);
    } finally {
      await api.close();
    }
  });

  it('checks the rateLimit option', () => {
    const base = { endpoint: sandbox.url, networkToken: 'limiter-token', networkId: 'sandbox' };
    expect(() => new HasOffersAPI({ ...base, rateLimit: { calls: 0, windowMs: 10 } })).toThrow(InvalidArgumentError);
    expect(() => new HasOffersAPI({ ...base, rateLimit: { calls: 5, windowMs: -1 } })).toThrow(/rateLimit.windowMs/);
    expect(() => new HasOffersAPI({ ...base, rateLimit: 'fast' as unknown as false })).toThrow(/rateLimit/);
  });
});
