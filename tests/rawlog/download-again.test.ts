/** The one download-again loop, on its own (LogFile's whole reads and a period's waiting files both use it). */
import { describe, expect, it, vi } from 'vitest';
import { DownloadAgain } from '../../src/rawlog/download-again.js';
import { RawLogIntegrityError } from '../../src/rawlog/errors.js';
import { rejection } from './helpers.js';

const broken = (): RawLogIntegrityError => new RawLogIntegrityError('f.zip', 'truncated', 'the download failed', { interrupted: true });

// The waits are real (250 ms, then 500 ms): node:timers/promises is not faked by vi.useFakeTimers.
describe('DownloadAgain', () => {
  it('reads again while the body broke off and attempts are left, with restart() before each', async () => {
    const again = new DownloadAgain(2, undefined);
    const read = vi.fn<() => Promise<string>>().mockRejectedValueOnce(broken()).mockRejectedValueOnce(broken()).mockResolvedValue('ok');
    const restart = vi.fn();
    const done = again.run(read, restart);
    expect(await done).toBe('ok');
    expect(read).toHaveBeenCalledTimes(3);
    expect(restart).toHaveBeenCalledTimes(2);
  });

  it('counts attempts over every run, and gives up with the last error', async () => {
    const again = new DownloadAgain(1, undefined);
    const first = again.run(vi.fn<() => Promise<number>>().mockRejectedValueOnce(broken()).mockResolvedValue(1));
    expect(await first).toBe(1);
    const last = broken();
    expect(await rejection(() => again.run(() => Promise.reject(last)))).toBe(last);
  });

  it('throws at once what is not a broken-off download, and anything after an abort', async () => {
    const other = new RawLogIntegrityError('f.zip', 'crc-mismatch', 'bad');
    expect(await rejection(() => new DownloadAgain(5, undefined).run(() => Promise.reject(other)))).toBe(other);
    const plain = new Error('no');
    expect(await rejection(() => new DownloadAgain(5, undefined).run(() => Promise.reject(plain)))).toBe(plain);
    const aborted = AbortSignal.abort(new Error('stop'));
    const b = broken();
    expect(await rejection(() => new DownloadAgain(5, aborted).run(() => Promise.reject(b)))).toBe(b);
  });

  it('ends the wait with the abort reason when the caller aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('caller aborted');
    const done = rejection(() => new DownloadAgain(5, controller.signal).run(() => Promise.reject(broken())));
    setTimeout(() => controller.abort(reason), 10);
    expect(await done).toBe(reason);
  });

  it('a stop ends the wait and leaves the outcome to restart()', async () => {
    const stop = new AbortController();
    const gaveUp = new Error('closed');
    const read = vi.fn(() => Promise.reject(broken()));
    const done = rejection(() =>
      new DownloadAgain(5, undefined, stop.signal).run(read, () => {
        throw gaveUp;
      }),
    );
    setTimeout(() => stop.abort(), 10);
    const started = Date.now();
    expect(await done).toBe(gaveUp);
    expect(Date.now() - started).toBeLessThan(200);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
