import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../src/cli/progress.js';
import type { CliStream } from '../../src/cli/context.js';

function sink(): { stream: CliStream; text: () => string } {
  let out = '';
  const stream = { write: (chunk: string) => ((out += chunk), true), isTTY: true } as unknown as CliStream;
  return { stream, text: () => out };
}

describe('ProgressBar', () => {
  it('draws bytes of an estimated total with ~, then of the exact total', () => {
    const { stream, text } = sink();
    let now = 0;
    const bar = new ProgressBar(stream, 'bar', () => (now += 1000));
    bar.update({ filesDone: 0, filesTotal: 10, bytesDone: 1_048_576, bytesEstimate: 10 * 1_048_576 });
    expect(text()).toContain('[###---------------------------] 0/10 files  1.0 MB / ~10.0 MB');
    bar.update({ filesDone: 10, filesTotal: 10, bytesDone: 12 * 1_048_576, bytesTotal: 12 * 1_048_576, bytesEstimate: 12 * 1_048_576 });
    expect(text()).toContain('[##############################] 10/10 files  12.0 MB / 12.0 MB');
    bar.done();
    expect(text().endsWith('\n')).toBe(true);
  });

  it('counts files when no size is known, and never overfills when the estimate was low', () => {
    const { stream, text } = sink();
    let now = 0;
    const bar = new ProgressBar(stream, 'bar', () => (now += 1000));
    bar.update({ filesDone: 5, filesTotal: 10, bytesDone: 0 });
    expect(text()).toContain('[###############---------------] 5/10 files  0.0 MB');
    bar.update({ filesDone: 6, filesTotal: 10, bytesDone: 30 * 1_048_576, bytesEstimate: 20 * 1_048_576 });
    expect(text()).toContain('[##############################] 6/10 files  30.0 MB / ~20.0 MB');
  });

  it('writes one plain line per finished file in lines mode', () => {
    const { stream, text } = sink();
    const bar = new ProgressBar(stream, 'lines');
    bar.update({ filesDone: 0, filesTotal: 2, bytesDone: 0 });
    bar.update({ filesDone: 0, filesTotal: 2, bytesDone: 10 });
    bar.update({ filesDone: 1, filesTotal: 2, bytesDone: 2 * 1_048_576 });
    expect(text()).toBe('0/2 files, 0.0 MB\n1/2 files, 2.0 MB\n');
  });

  it('says it is waiting for the rate limit, and why, once progress has stood still for a second with files left', () => {
    const { stream, text } = sink();
    let now = 0;
    const bar = new ProgressBar(stream, 'bar', { now: () => now, rateLimit: { calls: 50, windowMs: 10_000 }, concurrency: 4, timer: false });
    // The listing (1 call) and the first 4 files, then 43 more files within 5 s: 48 calls.
    bar.update({ filesDone: 0, filesTotal: 120, bytesDone: 0 });
    for (let done = 1; done <= 43; done++) {
      now = done * 100;
      bar.update({ filesDone: done, filesTotal: 120, bytesDone: done * 1000 });
    }
    now = 6000;
    bar.tick();
    // 48 calls in the window are fewer than the limit's 50: the wait is not the limiter's.
    expect(text().slice(text().lastIndexOf('\r'))).toContain('waiting for HasOffers (1 s)');
    for (let done = 44; done <= 47; done++) bar.update({ filesDone: done, filesTotal: 120, bytesDone: done === 47 ? 1_048_576 : done * 1000 });
    now = 6900;
    bar.tick();
    expect(text().slice(text().lastIndexOf('\r'))).not.toContain('waiting');
    now = 8100;
    bar.tick();
    expect(text()).toContain('47/120 files  1.0 MB  waiting for the HasOffers rate limit: 50 calls per 10 s, and each file needs one getDownloadLink call (2 s)');
    // Moving again clears it.
    now = 8200;
    bar.update({ filesDone: 48, filesTotal: 120, bytesDone: 2 * 1_048_576 });
    expect(text().slice(text().lastIndexOf('\r'))).not.toContain('waiting');
    // Nothing left to wait for once every file is done.
    bar.update({ filesDone: 120, filesTotal: 120, bytesDone: 3 * 1_048_576 });
    now = 19000;
    const before = text();
    bar.tick();
    expect(text()).toBe(before);
  });

  it('a stall with few calls made, or with the limit off, is waiting for HasOffers; lines mode says it once per stall', () => {
    const { stream, text } = sink();
    let now = 0;
    const bar = new ProgressBar(stream, 'lines', { now: () => now, rateLimit: false, timer: false });
    bar.update({ filesDone: 0, filesTotal: 3, bytesDone: 0 });
    now = 1500;
    bar.tick();
    now = 2500;
    bar.tick();
    expect(text()).toBe('0/3 files, 0.0 MB\nwaiting for HasOffers\n');
  });
});
