import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { InvalidArgumentError } from '../errors.js';
import { describeValue } from '../util/describe.js';

/**
 * What an upload takes: a file path, bytes, a Blob (a `File`, or `fs.openAsBlob()`), a Node
 * readable stream, or a web ReadableStream. Paths and Blobs are read lazily, chunk by chunk.
 */
export type UploadFile = string | Uint8Array | Blob | Readable | NodeJS.ReadableStream | ReadableStream<Uint8Array>;

/** An input checked and opened, ready to be streamed exactly once. */
export interface UploadSource {
  /** The name the file had on disk (or the File's name); undefined for bare bytes and streams. */
  readonly name?: string;
  /** Byte count when known before sending (paths, bytes, Blobs); streams are sent without it. */
  readonly size?: number;
  /** The bytes, as a stream that must be read once. */
  readonly stream: Readable;
  /** Releases the file handle or source stream if the upload never read to the end. */
  release(): void;
}

/** Chunk size for bytes held in memory: large enough to keep syscalls few, small enough to never copy much. */
const SLICE = 64 * 1024;

const FILE_HELP = 'pass a file path, a Buffer/Uint8Array, a Blob (e.g. `await fs.openAsBlob(path)`) or a readable stream';

function isNodeReadable(value: unknown): value is NodeJS.ReadableStream {
  return value !== null && typeof value === 'object' && typeof (value as { pipe?: unknown }).pipe === 'function' && typeof (value as { on?: unknown }).on === 'function';
}

function isWebStream(value: unknown): value is ReadableStream<Uint8Array> {
  return value !== null && typeof value === 'object' && typeof (value as { getReader?: unknown }).getReader === 'function';
}

function fileError(path: string, error: unknown): InvalidArgumentError {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return new InvalidArgumentError('file', `no file at "${path}"; check the path (relative paths start at ${process.cwd()}).`);
    case 'EACCES':
    case 'EPERM':
      return new InvalidArgumentError('file', `"${path}" cannot be read (permission denied); grant read access or upload a readable copy.`);
    case 'ENOTDIR':
      return new InvalidArgumentError('file', `"${path}" goes through something that is not a directory; check the path.`);
    case 'ELOOP':
      return new InvalidArgumentError('file', `"${path}" is a symbolic link loop; point it at a real file.`);
    default:
      return new InvalidArgumentError('file', `"${path}" cannot be opened (${error instanceof Error ? error.message : String(error)}); pass a readable file.`);
  }
}

/** Yields `bytes` in slices (views, not copies), so a big Buffer goes out as the socket drains. */
function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += SLICE) yield bytes.subarray(offset, Math.min(offset + SLICE, bytes.byteLength));
}

function fromIterable(iterable: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Readable {
  // Byte mode (not object mode) so that the buffer ahead of the socket is bounded in bytes.
  return Readable.from(iterable, { objectMode: false, highWaterMark: SLICE });
}

/** What a path that is not a regular file names, for the error message. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** Refuses anything but a regular, non-empty file, with a message naming the path and what it is. */
function checkRegularFile(path: string, stats: Stats): void {
  if (stats.isDirectory()) throw new InvalidArgumentError('file', `"${path}" is a directory; pass the path of a file inside it.`);
  if (!stats.isFile()) {
    const kind = kindOf(stats);
    const what = kind === 'not a regular file' ? kind : `${kind}, not a regular file`;
    throw new InvalidArgumentError('file', `"${path}" is ${what}; pass the path of a regular file, save the content to a file, or pass it as a stream.`);
  }
}

/**
 * Open flags: read-only, and non-blocking where the platform has it, so that a path swapped for a
 * FIFO between the stat and the open cannot block the open (the fstat after it then refuses it).
 * O_NONBLOCK has no effect on regular files.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

async function openPath(path: string): Promise<UploadSource> {
  if (path.trim() === '') throw new InvalidArgumentError('file', `got an empty path; ${FILE_HELP}.`);
  // Check what the path is before opening it: opening a FIFO without a writer blocks forever,
  // and opening a device may have side effects.
  let before: Stats;
  try {
    before = await stat(path);
  } catch (error) {
    throw fileError(path, error);
  }
  checkRegularFile(path, before);
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    throw fileError(path, error);
  }
  // Size and bytes come from the same open file, so a rename in between cannot mismatch them;
  // the path may also have changed since the stat above, so check the open file again.
  try {
    const stats = await handle.stat();
    checkRegularFile(path, stats);
    if (stats.size === 0) throw new InvalidArgumentError('file', `"${path}" is empty (0 bytes); HasOffers stores no empty creatives, so check that the file was written completely.`);
    const stream = handle.createReadStream({ autoClose: true });
    return {
      name: basename(path),
      size: stats.size,
      stream,
      release: () => {
        stream.destroy();
        void handle.close().catch(() => undefined);
      },
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Pulls the first non-empty chunk of a stream before anything is sent, so an empty (or already
 * consumed) stream is refused up front instead of uploading an empty part.
 */
async function peekStream(iterable: AsyncIterable<unknown>, release: () => void): Promise<UploadSource> {
  const iterator = iterable[Symbol.asyncIterator]();
  let first: Uint8Array | undefined;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = toBytes(next.value);
      if (chunk.byteLength > 0) {
        first = chunk;
        break;
      }
    }
  } catch (error) {
    release();
    throw new InvalidArgumentError('file', `reading the stream failed before the upload started (${error instanceof Error ? error.message : String(error)}); pass a stream that can be read.`);
  }
  if (!first) {
    release();
    throw new InvalidArgumentError('file', 'the stream ended without any bytes (empty, or already read); pass a fresh stream over a non-empty file.');
  }
  const head = first;
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const chunk = toBytes(next.value);
      if (chunk.byteLength > 0) yield chunk;
    }
  }
  const stream = fromIterable(rest());
  return {
    stream,
    release: () => {
      stream.destroy();
      void iterator.return?.();
      release();
    },
  };
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  throw new TypeError(`the stream yielded ${describeValue(chunk)}; it must yield bytes (Buffer/Uint8Array)`);
}

/** Checks an upload input and opens it. Throws InvalidArgumentError('file', …) for anything unusable. */
export async function openSource(file: unknown): Promise<UploadSource> {
  if (typeof file === 'string') return openPath(file);
  if (file instanceof URL) {
    if (file.protocol !== 'file:') throw new InvalidArgumentError('file', `got the URL ${file.href}; only file: URLs are paths. Download it first, or ${FILE_HELP}.`);
    const { fileURLToPath } = await import('node:url');
    return openPath(fileURLToPath(file));
  }
  if (file instanceof Uint8Array) {
    if (file.byteLength === 0) throw new InvalidArgumentError('file', 'got 0 bytes; HasOffers stores no empty creatives, so pass the file content.');
    const stream = fromIterable(slices(file));
    return { size: file.byteLength, stream, release: () => stream.destroy() };
  }
  if (file instanceof Blob) {
    if (file.size === 0) throw new InvalidArgumentError('file', 'got an empty Blob (0 bytes); HasOffers stores no empty creatives, so pass the file content.');
    const name = typeof (file as { name?: unknown }).name === 'string' && (file as File).name ? basename((file as File).name) : undefined;
    // Blob.stream() reads lazily (from disk for fs.openAsBlob), one chunk per pull.
    const stream = fromIterable(file.stream() as unknown as AsyncIterable<Uint8Array>);
    return { ...(name ? { name } : {}), size: file.size, stream, release: () => stream.destroy() };
  }
  if (isWebStream(file)) {
    if (file.locked) throw new InvalidArgumentError('file', 'the ReadableStream is locked (already being read); pass a fresh stream.');
    const reader = file as unknown as AsyncIterable<unknown>;
    return peekStream(reader, () => void file.cancel().catch(() => undefined));
  }
  if (isNodeReadable(file)) {
    const readable = file as Readable;
    if (readable.readableEnded || readable.destroyed) throw new InvalidArgumentError('file', 'the stream has already ended or been destroyed; pass a fresh stream.');
    if (typeof readable[Symbol.asyncIterator] !== 'function') throw new InvalidArgumentError('file', `got an old-style stream; wrap it with stream.Readable.wrap(), or ${FILE_HELP}.`);
    const path = (readable as { path?: unknown }).path;
    const name = typeof path === 'string' && path ? basename(path) : undefined;
    const source = await peekStream(readable, () => readable.destroy());
    return { ...source, ...(name ? { name } : {}) };
  }
  throw new InvalidArgumentError('file', `got ${describeValue(file)}; ${FILE_HELP}.`);
}
