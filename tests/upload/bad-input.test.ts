import { execFileSync } from 'node:child_process';
import { existsSync, openAsBlob, readdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, InvalidArgumentError } from '../../src/index.js';
import { OFFER_FILE_TYPES } from '../../src/upload/index.js';
import { startUploadServer } from './helpers.js';
import type { UploadServer } from './helpers.js';

const FIELDS = { display: 'TEST_FILE', type: 'offer thumbnail', offer_id: 438 } as const;
type Create = (file: unknown, data: unknown, options?: unknown) => Promise<unknown>;

/** Whether `mkfifo` can make a named pipe here (not on Windows, nor where the tool is missing). */
function canMkfifo(): boolean {
  if (process.platform === 'win32') return false;
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    // BSD/macOS mkfifo has no --version; it is there if `command -v` finds it.
    try {
      execFileSync('sh', ['-c', 'command -v mkfifo'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }
}
const MKFIFO = canMkfifo();
const DEV_NULL = process.platform !== 'win32' && existsSync('/dev/null');

/** Open file descriptors of this process, where the platform lists them (Linux); undefined elsewhere. */
function openFds(): number | undefined {
  return existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : undefined;
}

/** Settles with `promise`, or fails after `ms` instead of hanging until the test timeout. */
async function promptly<T>(promise: Promise<T>, ms = 5_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms (blocked opening the path?)`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every bad input is refused with an InvalidArgumentError naming the argument, and nothing reaches
 * the server: the checks run before the upload starts.
 */
describe('offerFiles.create refuses bad input before uploading', () => {
  let server: UploadServer;
  let api: HasOffersAPI;
  let create: Create;
  let dir: string;
  let good: string;

  beforeAll(async () => {
    server = await startUploadServer();
    api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: 'NETbadInputToken', networkId: 'id', rateLimit: false, proxy: false });
    create = api.offerFiles.create as unknown as Create;
    dir = await mkdtemp(join(tmpdir(), 'tsoffers-bad-upload-'));
    good = join(dir, 'good.png');
    await writeFile(good, 'not really a png, but bytes');
  });
  afterAll(async () => {
    await api.close();
    await server.close();
    await chmod(join(dir, 'locked.png'), 0o600).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    expect(server.received).toHaveLength(0);
  });

  async function refusal(file: unknown, ...data: unknown[]): Promise<InvalidArgumentError> {
    const error = await create(file, data.length ? data[0] : FIELDS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }

  it('a missing file, naming the path', async () => {
    const error = await refusal(join(dir, 'nope.png'));
    expect(error.argument).toBe('file');
    expect(error.message).toContain('nope.png');
    expect(error.message).toMatch(/no file at .*check the path/);
  });

  it('a directory', async () => {
    const sub = join(dir, 'folder');
    await mkdir(sub);
    const error = await refusal(sub);
    expect(error.argument).toBe('file');
    expect(error.message).toMatch(/is a directory; pass the path of a file inside it/);
  });

  it.skipIf(!MKFIFO)('a FIFO (named pipe) without a writer, promptly and without opening it (skipped where mkfifo is unavailable)', async () => {
    const fifo = join(dir, 'pipe.png');
    execFileSync('mkfifo', [fifo]);
    const fds = openFds();
    const error = await promptly(refusal(fifo));
    expect(error.argument).toBe('file');
    expect(error.message).toContain(fifo);
    expect(error.message).toMatch(/is a FIFO \(named pipe\), not a regular file/);
    expect(openFds()).toBe(fds);
  });

  it.skipIf(!DEV_NULL)('a character device: /dev/null (skipped where there is no /dev/null)', async () => {
    const fds = openFds();
    const error = await promptly(refusal('/dev/null'));
    expect(error.argument).toBe('file');
    expect(error.message).toContain('"/dev/null"');
    expect(error.message).toMatch(/is a character device, not a regular file/);
    expect(openFds()).toBe(fds);
  });

  it('an empty file', async () => {
    const empty = join(dir, 'empty.png');
    await writeFile(empty, '');
    const error = await refusal(empty);
    expect(error.argument).toBe('file');
    expect(error.message).toMatch(/is empty \(0 bytes\)/);
  });

  it('an unreadable path: a symbolic link loop', async () => {
    const loop = join(dir, 'loop.png');
    await symlink(loop, loop);
    const error = await refusal(loop);
    expect(error.argument).toBe('file');
    expect(error.message).toMatch(/symbolic link loop/);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable path: no read permission (skipped as root, who reads anything)', async () => {
    const locked = join(dir, 'locked.png');
    await writeFile(locked, 'secret');
    await chmod(locked, 0o000);
    const error = await refusal(locked);
    expect(error.message).toMatch(/permission denied/);
  });

  it('something that is not a file: a number, null, an empty path, an http URL', async () => {
    expect((await refusal(42)).message).toMatch(/pass a file path, a Buffer\/Uint8Array, a Blob/);
    expect((await refusal(null)).argument).toBe('file');
    expect((await refusal('')).message).toMatch(/empty path/);
    expect((await refusal(new URL('https://example.com/banner.png'))).message).toMatch(/only file: URLs are paths/);
  });

  it('empty bytes, an empty Blob, an empty stream, an already-read stream, a locked web stream', async () => {
    expect((await refusal(Buffer.alloc(0), { ...FIELDS, filename: 'a.png' })).message).toMatch(/0 bytes/);
    expect((await refusal(new Blob([]), { ...FIELDS, filename: 'a.png' })).message).toMatch(/empty Blob/);
    expect((await refusal(Readable.from([Buffer.alloc(0)]), { ...FIELDS, filename: 'a.png' })).message).toMatch(/ended without any bytes/);
    const spent = Readable.from([Buffer.from('x')]);
    for await (const chunk of spent) void chunk;
    expect((await refusal(spent, { ...FIELDS, filename: 'a.png' })).message).toMatch(/already ended/);
    const web = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array([1])) });
    web.getReader();
    expect((await refusal(web, { ...FIELDS, filename: 'a.png' })).message).toMatch(/locked/);
  });

  it('a type HasOffers does not accept, listing the accepted ones', async () => {
    const error = await refusal(good, { ...FIELDS, type: 'whatever' });
    expect(error.argument).toBe('data.type');
    for (const type of OFFER_FILE_TYPES) expect(error.message).toContain(`"${type}"`);
    expect((await refusal(good, { display: 'x', offer_id: 1 })).argument).toBe('data.type');
    expect((await refusal(good, { ...FIELDS, type: 'Offer Thumbnail' })).argument).toBe('data.type');
  });

  it('a missing or empty display', async () => {
    expect((await refusal(good, { type: 'file', offer_id: 1 })).argument).toBe('data.display');
    expect((await refusal(good, { ...FIELDS, display: '  ' })).argument).toBe('data.display');
  });

  it('a missing or malformed offer_id', async () => {
    const missing = await refusal(good, { display: 'x', type: 'file' });
    expect(missing.argument).toBe('data.offer_id');
    expect(missing.message).toMatch(/pass the offer id/);
    expect((await refusal(good, { ...FIELDS, offer_id: 'abc' })).argument).toBe('data.offer_id');
    expect((await refusal(good, { ...FIELDS, offer_id: -3 })).argument).toBe('data.offer_id');
  });

  it('width or height that are not whole pixels', async () => {
    expect((await refusal(good, { ...FIELDS, width: 0 })).argument).toBe('data.width');
    expect((await refusal(good, { ...FIELDS, height: '12px' })).argument).toBe('data.height');
  });

  it('data that is not an object', async () => {
    expect((await refusal(good, undefined)).argument).toBe('data');
    expect((await refusal(good, 'TEST_FILE')).argument).toBe('data');
  });

  it('bytes or streams without data.filename, and file names the upload cannot carry', async () => {
    const unnamed = await refusal(Buffer.from('abc'));
    expect(unnamed.argument).toBe('data.filename');
    expect(unnamed.message).toMatch(/pass data.filename/);
    expect((await refusal(Readable.from([Buffer.from('abc')]))).argument).toBe('data.filename');
    expect((await refusal(good, { ...FIELDS, filename: 'dir/x.png' })).argument).toBe('data.filename');
    expect((await refusal(good, { ...FIELDS, filename: 'a"b.png' })).argument).toBe('data.filename');
    expect((await refusal(good, { ...FIELDS, filename: 'a\r\nb.png' })).argument).toBe('data.filename');
    const quoted = join(dir, 'say "cheese".png');
    await writeFile(quoted, 'bytes');
    expect((await refusal(quoted)).argument).toBe('data.filename');
  });

  it('fs.openAsBlob gives a Blob without a name: the error says so and how to name it; a path or File names itself', async () => {
    const blob = await refusal(await openAsBlob(good));
    expect(blob.argument).toBe('data.filename');
    expect(blob.message).toContain('fs.openAsBlob()');
    expect(blob.message).toContain('pass the path itself');
    expect(blob.message).toContain('new File([blob], "banner.png")');
  });
});
