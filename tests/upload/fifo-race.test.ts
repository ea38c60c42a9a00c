import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The path can change between the stat and the open. Here the stat is made to report a regular
 * file while the path is really a FIFO: the open must not block, and the check on the open file
 * must refuse it and close the descriptor.
 */
const swapped = vi.hoisted(() => ({ path: '', regular: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    stat: (path: Parameters<typeof actual.stat>[0], ...rest: unknown[]) =>
      path === swapped.path ? actual.stat(swapped.regular) : (actual.stat as (...args: unknown[]) => unknown)(path, ...rest),
  };
});

const { openSource } = await import('../../src/upload/source.js');
const { InvalidArgumentError } = await import('../../src/index.js');

function canMkfifo(): boolean {
  if (process.platform === 'win32') return false;
  try {
    execFileSync('sh', ['-c', 'command -v mkfifo'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!canMkfifo())('a path swapped for a FIFO between stat and open (skipped where mkfifo is unavailable)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tsoffers-fifo-race-'));
    swapped.path = join(dir, 'swapped.png');
    swapped.regular = join(dir, 'regular.png');
    await writeFile(swapped.regular, 'bytes');
    execFileSync('mkfifo', [swapped.path]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is refused by the check on the open file, promptly, without leaking the descriptor', async () => {
    const fds = existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : undefined;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('still pending after 5000 ms (the open blocked)')), 5_000);
    });
    const error = await Promise.race([openSource(swapped.path).then(() => undefined, (e: unknown) => e), late]).finally(() => clearTimeout(timer));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toContain(swapped.path);
    expect((error as Error).message).toMatch(/is a FIFO \(named pipe\), not a regular file/);
    expect(existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : undefined).toBe(fds);
  });
});
