/**
 * Streaming reader for a zip archive that must hold exactly one CSV file, verifying as it goes.
 *
 * fflate's streaming `Unzip` walks the local headers and hands the entry's compressed bytes to a
 * decoder. It checks neither CRC nor sizes and never reads the central directory, so this class
 * also watches the raw bytes itself: it parses the first local header, computes the CRC-32 and
 * length of what the decoder produces, keeps the last 256 KiB of the archive, and at the end
 * reads the end-of-central-directory record and the central directory entry and compares them
 * all. Nothing is buffered beyond that tail: records can be handed out while the archive is still
 * arriving, and `finish()` is where a bad archive is reported. That is why a consumer has a
 * complete file only once `finish()` resolved.
 *
 * Two decoders for deflate:
 * - `'zlib'` (default): node:zlib's inflateRaw, registered into fflate's Unzip as a decoder.
 *   It is native (≈250 MB/s here against ≈100 MB/s for fflate's JS inflate) and runs on the
 *   libuv thread pool, so inflating overlaps with CSV parsing on the main thread. fflate's own
 *   `UnzipInflate` alone is below the 125 MB/s target before a single row is parsed.
 * - `'fflate'`: fflate's `UnzipInflate`, pure JS, synchronous; kept for runtimes without
 *   node:zlib and as a cross-check in tests.
 */
import { Unzip, UnzipInflate } from 'fflate';
import type { UnzipDecoder, UnzipFile } from 'fflate';
import { createGunzip, createInflateRaw } from 'node:zlib';
import type { Gunzip, InflateRaw } from 'node:zlib';
import { crc32 } from './crc32.js';
import { RawLogIntegrityError, RawLogLimitError } from './errors.js';
import type { RawLogIntegrityReason } from './errors.js';

export interface RawLogLimits {
  /** Largest allowed ratio of inflated to compressed bytes (checked once 1 MiB has been inflated). Default 200. */
  readonly maxRatio?: number;
  /** Largest allowed inflated size in bytes. Default 4 GiB. */
  readonly maxBytes?: number;
}

export type InflateEngine = 'zlib' | 'fflate';

export const DEFAULT_LIMITS: Required<RawLogLimits> = { maxRatio: 200, maxBytes: 4 * 1024 ** 3 };
/** Below this much output the ratio is not checked: a 1 KiB zip of a small CSV may legitimately be 100:1. */
const RATIO_GRACE_BYTES = 1024 * 1024;
const TAIL_BYTES = 256 * 1024;
/** fflate decodes a pushed chunk at once; feeding it in slices bounds the output of one step. */
const SLICE = 64 * 1024;
/**
 * What the parser is handed at a time. When this was also zlib's output chunk, 64 KiB measured
 * 20-25% less main-thread time per file than 256 KiB (and no better at 32 KiB): the string
 * decoded from a chunk then stays under V8's 128 KiB
 * large-object size, so it is allocated and freed in the young generation instead of one mapping
 * each (with 256 KiB chunks Buffer#toString and zlib's callback were 9% and 10% of the main
 * thread's profile; with 64 KiB, 3% and 8%).
 */
const PARSE_CHUNK = 64 * 1024;
/**
 * zlib's output chunk, handed on in PARSE_CHUNK slices. Every output chunk is one job for the
 * thread pool, and queueing one (waking a pool thread) measured ~40 µs of main-thread time here:
 * with 64 KiB chunks that was ~940 jobs and 25-50 ms per 57 MB file, and zlib's callback was 21%
 * of the main thread's profile (1%, with 256 KiB). Alternating runs in one process: 5% more
 * records per second (median 395 → 373 ms for a 57 MB click log).
 */
const ZLIB_CHUNK = 256 * 1024;
/** A minimal gzip header (deflate, no name, no mtime): see zlibDecoder for why the entry is framed as gzip. */
const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255);
const EMPTY = new Uint8Array(0);

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;

interface LocalHeader {
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly name: string;
  readonly dataStart: number;
}

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

export interface ZipCsvReaderOptions {
  readonly fileName: string;
  readonly limits?: RawLogLimits;
  readonly inflate?: InflateEngine;
}

/** What the reader needs from its owner: where inflated bytes go, and a way to learn of async errors. */
export interface ZipCsvSink {
  data(chunk: Uint8Array): void;
  /** An error happened outside a push() call (zlib runs asynchronously). */
  error(err: Error): void;
}

export class ZipCsvReader {
  readonly fileName: string;
  private readonly maxRatio: number;
  private readonly maxBytes: number;
  private readonly unzip: Unzip;
  private head: Uint8Array = EMPTY;
  private local: LocalHeader | undefined;
  private readonly tail: Uint8Array[] = [];
  private tailLength = 0;
  /** Archive bytes received. */
  private received = 0;
  /** Inflated bytes produced, and their running CRC. */
  private produced = 0;
  private crc = 0;
  /** Compressed bytes the zlib decoder holds until its write in flight is consumed. */
  private gathering = 0;
  private writeDone: (() => void) | undefined;
  /** zlib checks the CRC-32 and size itself (gzip framing), so the main thread does not compute it. */
  private crcByZlib = false;
  private entries = 0;
  private entryName = '';
  private entryDone = false;
  private failure: Error | undefined;
  private zlibStream: InflateRaw | Gunzip | undefined;
  private zlibEnded: Promise<void> | undefined;
  private finished = false;

  constructor(
    options: ZipCsvReaderOptions,
    private readonly sink: ZipCsvSink,
  ) {
    this.fileName = options.fileName;
    this.maxRatio = options.limits?.maxRatio ?? DEFAULT_LIMITS.maxRatio;
    this.maxBytes = options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
    this.unzip = new Unzip((file) => this.onFile(file));
    if ((options.inflate ?? 'zlib') === 'zlib') this.unzip.register(this.zlibDecoder());
    else this.unzip.register(UnzipInflate);
  }

  /** Inflated bytes so far. */
  get bytesOut(): number {
    return this.produced;
  }

  /** Archive bytes so far. */
  get bytesIn(): number {
    return this.received;
  }

  /** The zlib stream, so the owner can pause it when its read-ahead buffer is full. */
  get backPressure(): { pause(): void; resume(): void; pending(): number; drained(): Promise<void> } {
    const z = this.zlibStream;
    return {
      pause: () => z?.pause(),
      resume: () => z?.resume(),
      // Compressed bytes not yet inflated: queued in zlib, plus those the decoder is gathering.
      pending: () => (z?.writableLength ?? 0) + this.gathering,
      drained: () =>
        z && z.writableLength + this.gathering > 0 && !z.destroyed
          ? new Promise<void>((resolve) => {
              const done = (): void => {
                z.off('close', done);
                this.writeDone = undefined;
                resolve();
              };
              // Resolved when zlib has consumed a write (the decoder then hands it the bytes gathered meanwhile).
              this.writeDone = done;
              z.on('close', done);
            })
          : Promise.resolve(),
    };
  }

  /** Feeds archive bytes. Throws the integrity error as soon as one is certain. */
  push(chunk: Uint8Array): void {
    this.throwIfFailed();
    if (chunk.length === 0) return;
    this.received += chunk.length;
    this.keepTail(chunk);
    if (!this.local) this.readLocalHeader(chunk);
    try {
      for (let i = 0; i < chunk.length; i += SLICE) {
        this.unzip.push(chunk.length <= SLICE ? chunk : chunk.subarray(i, i + SLICE), false);
        this.throwIfFailed();
      }
    } catch (err) {
      throw this.fail(err instanceof RawLogIntegrityError ? err : this.integrity('corrupt-data', describe(err), err));
    }
  }

  /**
   * The source ended: flush the decoder, then check everything the archive recorded against
   * what was produced. Resolves only for an intact archive of exactly one CSV.
   */
  async finish(): Promise<void> {
    this.throwIfFailed();
    if (this.finished) return;
    this.finished = true;
    if (this.received === 0) throw this.fail(this.integrity('empty', 'the download has no bytes'));
    if (!this.local) throw this.fail(this.integrity('truncated', 'the archive ends inside its first header'));
    try {
      this.unzip.push(EMPTY, true);
    } catch (err) {
      throw this.fail(this.integrity('truncated', `the archive ends inside its entry (${describe(err)})`, err));
    }
    if (this.zlibEnded && this.entries > 0) await this.zlibEnded;
    this.throwIfFailed();
    this.verify();
  }

  /** Stops any inflate in flight (abort, or the consumer gave up). */
  destroy(): void {
    this.zlibStream?.destroy();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private fail(err: Error): Error {
    if (!this.failure) {
      this.failure = err;
      this.zlibStream?.destroy();
      // Errors found inside zlib callbacks have no caller to throw to: tell the owner.
      this.sink.error(err);
    }
    return this.failure;
  }

  private integrity(reason: RawLogIntegrityReason, detail: string, cause?: unknown): RawLogIntegrityError {
    return new RawLogIntegrityError(this.fileName, reason, detail, cause === undefined ? undefined : { cause });
  }

  private keepTail(chunk: Uint8Array): void {
    this.tail.push(chunk);
    this.tailLength += chunk.length;
    while (this.tail.length > 1 && this.tailLength - this.tail[0]!.length >= TAIL_BYTES) {
      this.tailLength -= this.tail.shift()!.length;
    }
  }

  private readLocalHeader(chunk: Uint8Array): void {
    const h = this.head.length ? concat(this.head, chunk) : chunk;
    if (h.length >= 4 && u32(h, 0) !== SIG_LOCAL) {
      throw this.fail(
        this.integrity(u32(h, 0) === SIG_EOCD ? 'empty' : 'not-zip', 'it does not start with a zip local file header'),
      );
    }
    if (h.length < 30 || h.length < 30 + u16(h, 26) + u16(h, 28)) {
      this.head = h.slice();
      return;
    }
    this.head = EMPTY;
    const flags = u16(h, 6);
    const nameLength = u16(h, 26);
    const local: LocalHeader = {
      flags,
      method: u16(h, 8),
      crc: u32(h, 14),
      compressedSize: u32(h, 18),
      size: u32(h, 22),
      name: Buffer.from(h.buffer, h.byteOffset + 30, nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1'),
      dataStart: 30 + nameLength + u16(h, 28),
    };
    this.local = local;
    if (local.name.endsWith('/')) {
      // Its sizes (0) would be checked against the CSV's bytes: say what is really wrong.
      throw this.fail(this.integrity('entry-count', `it holds a directory entry ${JSON.stringify(local.name)}; a raw-log archive holds one CSV file and nothing else`));
    }
    if (flags & 1) throw this.fail(this.integrity('unsupported', 'the entry is encrypted'));
    if (local.method !== 0 && local.method !== 8) {
      throw this.fail(this.integrity('unsupported', `compression method ${local.method} (only stored and deflate)`));
    }
    if (local.size === 0xffffffff || local.compressedSize === 0xffffffff) {
      throw this.fail(this.integrity('unsupported', 'zip64 archives are not supported'));
    }
    if (!(flags & 8)) {
      // Sizes are known up front: refuse a bomb before inflating a byte of it.
      if (local.size > this.maxBytes) {
        throw this.fail(new RawLogLimitError(this.fileName, 'maxBytes', `the entry declares ${local.size} bytes, over ${this.maxBytes}`));
      }
      if (local.size > RATIO_GRACE_BYTES && local.size > this.maxRatio * local.compressedSize) {
        throw this.fail(
          new RawLogLimitError(
            this.fileName,
            'maxRatio',
            `the entry declares ${local.size} bytes from ${local.compressedSize} (ratio over ${this.maxRatio})`,
          ),
        );
      }
    }
  }

  private onFile(file: UnzipFile): void {
    if (file.name.endsWith('/')) {
      throw this.fail(this.integrity('entry-count', `it holds a directory entry ${JSON.stringify(file.name)}; a raw-log archive holds one CSV file and nothing else`));
    }
    this.entries++;
    if (this.entries > 1) {
      throw this.fail(this.integrity('entry-count', `a second entry ${JSON.stringify(file.name)} follows ${JSON.stringify(this.entryName)}`));
    }
    this.entryName = file.name;
    if (!/\.csv$/i.test(file.name)) {
      throw this.fail(this.integrity('entry-count', `its one entry ${JSON.stringify(file.name)} is not a .csv file`));
    }
    file.ondata = (err, data, final) => {
      if (this.failure) return;
      if (err) {
        this.fail(this.zlibError(err));
        return;
      }
      if (data.length > 0) this.onData(data);
      if (final) this.entryDone = true;
    };
    file.start();
  }

  private onData(data: Uint8Array): void {
    this.produced += data.length;
    if (this.produced > this.maxBytes) {
      this.fail(new RawLogLimitError(this.fileName, 'maxBytes', `inflated past ${this.maxBytes} bytes`));
      return;
    }
    if (this.produced > RATIO_GRACE_BYTES && this.produced > this.maxRatio * this.received) {
      this.fail(
        new RawLogLimitError(
          this.fileName,
          'maxRatio',
          `${this.produced} bytes inflated from ${this.received} (ratio over ${this.maxRatio})`,
        ),
      );
      return;
    }
    if (this.local && !(this.local.flags & 8) && this.produced > this.local.size) {
      this.fail(this.integrity('size-mismatch', `the entry inflates past its declared ${this.local.size} bytes`));
      return;
    }
    if (!this.crcByZlib) this.crc = crc32(data, this.crc);
    if (data.length <= PARSE_CHUNK) this.sink.data(data);
    else for (let i = 0; i < data.length; i += PARSE_CHUNK) this.sink.data(data.subarray(i, i + PARSE_CHUNK));
  }

  /** The integrity error for an error from the inflater; with gzip framing zlib reports CRC and size mismatches itself. */
  private zlibError(err: Error): RawLogIntegrityError {
    if (err instanceof RawLogIntegrityError) return err;
    const hex = (n: number): string => n.toString(16).padStart(8, '0');
    if (this.crcByZlib && /incorrect data check/.test(err.message)) {
      return this.integrity('crc-mismatch', `the CRC-32 of the data is not the ${hex(this.local!.crc)} the archive records`, err);
    }
    if (this.crcByZlib && /incorrect length check/.test(err.message)) {
      return this.integrity('size-mismatch', `the inflated size is not the ${this.local!.size} bytes the archive records`, err);
    }
    return this.integrity('corrupt-data', describe(err), err);
  }

  /**
   * A fflate decoder class for method 8 backed by node:zlib, bound to this reader.
   *
   * When the local header states the CRC and size (no data descriptor), the raw deflate data is
   * framed as a gzip member (a fixed 10-byte header before it, the CRC-32 and size from the local
   * header after it), so zlib computes and checks the CRC on the thread pool as part of inflating
   * instead of the main thread running crc32 over every inflated byte. verify() still compares the
   * local header with the central directory, and the inflated size with both.
   */
  private zlibDecoder(): { new (): UnzipDecoder; compression: number } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the decoder class is built per reader
    const reader = this;
    return class ZlibUnzipInflate implements UnzipDecoder {
      static compression = 8;
      ondata: UnzipDecoder['ondata'] = () => {};
      private readonly z: InflateRaw | Gunzip;
      private readonly trailer: Uint8Array | undefined;
      private pending: Uint8Array[] = [];
      private inFlight = false;
      private ended = false;

      constructor() {
        const local = reader.local;
        if (local && !(local.flags & 8)) {
          this.z = createGunzip({ chunkSize: ZLIB_CHUNK });
          const t = Buffer.alloc(8);
          t.writeUInt32LE(local.crc >>> 0, 0);
          t.writeUInt32LE(local.size >>> 0, 4);
          this.trailer = t;
          reader.crcByZlib = true;
          this.z.write(GZIP_HEADER);
        } else {
          this.z = createInflateRaw({ chunkSize: ZLIB_CHUNK });
        }
        reader.zlibStream = this.z;
        reader.zlibEnded = new Promise<void>((resolve) => {
          // zlib hands out Buffers over a plain ArrayBuffer; fflate's type only lacks the generic.
          this.z.on('data', (d: Buffer) => this.ondata(null, d as unknown as Uint8Array<ArrayBuffer>, false));
          this.z.on('end', () => {
            this.ondata(null, EMPTY, true);
            resolve();
          });
          this.z.on('error', (e: Error) => {
            this.ondata(Object.assign(e, { code: 0 }), EMPTY, true);
            resolve();
          });
          this.z.on('close', () => resolve());
        });
      }

      /**
       * One write in flight at a time; chunks arriving meanwhile are gathered and written together
       * when it is consumed. Each write is a round trip to the thread pool with callbacks on the
       * main thread, and download chunks are 16-64 KiB: writing them one by one cost the main
       * thread more than batching them, while a slow download still reaches zlib at once.
       */
      push(chunk: Uint8Array, final: boolean): void {
        if (this.z.destroyed || this.ended) return;
        if (chunk.length > 0) {
          this.pending.push(chunk);
          reader.gathering += chunk.length;
        }
        if (!this.inFlight || final) this.flush();
        if (final) {
          this.ended = true;
          if (this.trailer) this.z.write(this.trailer);
          this.z.end();
        }
      }

      private flush(): void {
        if (this.pending.length === 0 || this.z.destroyed) return;
        const bytes = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
        this.pending = [];
        reader.gathering = 0;
        this.inFlight = true;
        this.z.write(bytes, () => {
          this.inFlight = false;
          if (!this.ended) this.flush();
          reader.writeDone?.();
        });
      }

      terminate(): void {
        this.z.destroy();
      }
    };
  }

  private verify(): void {
    const local = this.local!;
    const eocd = this.findEocd();
    if (!eocd) {
      throw this.fail(this.integrity('truncated', 'no end-of-central-directory record: the download stopped early'));
    }
    const { tail, tailStart, at } = eocd;
    const count = u16(tail, at + 10);
    const cdSize = u32(tail, at + 12);
    const cdOffset = u32(tail, at + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) throw this.fail(this.integrity('unsupported', 'zip64 archives are not supported'));
    if (cdOffset + cdSize !== tailStart + at) {
      throw this.fail(this.integrity('truncated', 'the central directory is not where the archive says it is'));
    }
    if (this.entries === 0) {
      throw this.fail(this.integrity(count === 0 ? 'empty' : 'truncated', count === 0 ? 'the archive has no entries' : 'no entry data was found'));
    }
    if (count !== 1) throw this.fail(this.integrity('entry-count', `the central directory lists ${count} entries, expected 1`));
    if (!this.entryDone) throw this.fail(this.integrity('truncated', 'the entry data ended early'));
    const o = cdOffset - tailStart;
    if (o < 0 || u32(tail, o) !== SIG_CENTRAL) throw this.fail(this.integrity('not-zip', 'bad central directory entry'));
    const cd = {
      flags: u16(tail, o + 8),
      method: u16(tail, o + 10),
      crc: u32(tail, o + 16),
      compressedSize: u32(tail, o + 20),
      size: u32(tail, o + 24),
      nameLength: u16(tail, o + 28),
      localOffset: u32(tail, o + 42),
    };
    const cdName = Buffer.from(tail.buffer, tail.byteOffset + o + 46, cd.nameLength).toString(cd.flags & 0x800 ? 'utf8' : 'latin1');
    if (cd.localOffset !== 0 || cdName !== local.name || cd.method !== local.method) {
      throw this.fail(this.integrity('header-mismatch', 'the central directory and the local header describe different entries'));
    }
    if (!(local.flags & 8) && (local.crc !== cd.crc || local.size !== cd.size || local.compressedSize !== cd.compressedSize)) {
      throw this.fail(this.integrity('header-mismatch', 'the local header and the central directory disagree on CRC or sizes'));
    }
    if (this.produced !== cd.size) {
      throw this.fail(this.integrity('size-mismatch', `inflated ${this.produced} bytes, the archive records ${cd.size}`));
    }
    const hex = (n: number): string => n.toString(16).padStart(8, '0');
    if (!this.crcByZlib && (this.crc >>> 0) !== cd.crc) {
      throw this.fail(this.integrity('crc-mismatch', `CRC-32 of the data is ${hex(this.crc >>> 0)}, the archive records ${hex(cd.crc)}`));
    }
    // Between the data and the central directory there is nothing, or a data descriptor (12 or 16 bytes).
    const gap = cdOffset - local.dataStart - cd.compressedSize;
    if (!(gap === 0 || ((local.flags & 8) !== 0 && (gap === 12 || gap === 16)))) {
      throw this.fail(this.integrity('size-mismatch', `the compressed data is not the ${cd.compressedSize} bytes the archive records`));
    }
  }

  private findEocd(): { tail: Uint8Array; tailStart: number; at: number } | undefined {
    const tail = this.tail.length === 1 ? this.tail[0]! : concat(...this.tail);
    const tailStart = this.received - tail.length;
    for (let at = tail.length - 22; at >= 0; at--) {
      if (u32(tail, at) === SIG_EOCD && at + 22 + u16(tail, at + 20) === tail.length) return { tail, tailStart, at };
    }
    return undefined;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts) as Uint8Array;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
