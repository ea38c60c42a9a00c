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
 * - `'zlib'` (default): node:zlib, registered into fflate's Unzip as a decoder (zlib-inflate.ts).
 *   It is native and runs on the libuv thread pool, so inflating overlaps with CSV parsing on the
 *   main thread; fflate's JS inflate is markedly slower (the README's benchmark has the figures).
 * - `'fflate'`: fflate's `UnzipInflate`, pure JS, synchronous; kept for runtimes without
 *   node:zlib and as a cross-check in tests.
 */
import { Unzip, UnzipInflate } from 'fflate';
import type { UnzipFile } from 'fflate';
import { crc32 } from './crc32.js';
import { RawLogIntegrityError, RawLogLimitError } from './errors.js';
import type { RawLogIntegrityReason } from './errors.js';
import { hasDataDescriptor, isDefect, parseCentralHeader, parseEndOfCentralDirectory, parseLocalHeader } from './zip-format.js';
import type { LocalHeader, ZipDefect } from './zip-format.js';
import { ZlibInflate } from './zlib-inflate.js';

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
 * What the parser is handed at a time. The string decoded from a chunk then stays under V8's
 * 128 KiB large-object size, so it is allocated and freed in the young generation instead of
 * taking a mapping of its own.
 */
const PARSE_CHUNK = 64 * 1024;
const EMPTY = new Uint8Array(0);

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

/** The inflater's input side, so the owner can pause it when its read-ahead buffer is full. */
export interface BackPressure {
  pause(): void;
  resume(): void;
  /** Compressed bytes pushed and not inflated yet. */
  pending(): number;
  /** Resolves when the inflater has taken in what was pending (at once when nothing is). */
  drained(): Promise<void>;
}

export class ZipCsvReader {
  readonly fileName: string;
  /** Built once; it asks the zlib decoder, when there is one, at each call. */
  readonly backPressure: BackPressure;
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
  /** The zlib decoder, once the entry's data starts (inflate 'zlib'). */
  private zlib: ZlibInflate | undefined;
  /** zlib checks the CRC-32 and size itself (gzip framing), so the main thread does not compute it. */
  private crcByZlib = false;
  private entries = 0;
  private entryName = '';
  private entryDone = false;
  private failure: Error | undefined;
  private finished = false;

  constructor(
    options: ZipCsvReaderOptions,
    private readonly sink: ZipCsvSink,
  ) {
    this.fileName = options.fileName;
    this.maxRatio = options.limits?.maxRatio ?? DEFAULT_LIMITS.maxRatio;
    this.maxBytes = options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
    this.unzip = new Unzip((file) => this.onFile(file));
    if ((options.inflate ?? 'zlib') === 'zlib') {
      this.unzip.register(
        ZlibInflate.registration(
          () => (this.local && !hasDataDescriptor(this.local.flags) ? { crc: this.local.crc, size: this.local.size } : undefined),
          (decoder) => {
            this.zlib = decoder;
            this.crcByZlib = decoder.checksCrc;
          },
        ),
      );
    } else {
      this.unzip.register(UnzipInflate);
    }
    this.backPressure = {
      pause: () => this.zlib?.pause(),
      resume: () => this.zlib?.resume(),
      pending: () => this.zlib?.pending() ?? 0,
      drained: () => this.zlib?.drained() ?? Promise.resolve(),
    };
  }

  /** Inflated bytes so far. */
  get bytesOut(): number {
    return this.produced;
  }

  /** Archive bytes so far. */
  get bytesIn(): number {
    return this.received;
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
      throw this.fail(err instanceof RawLogIntegrityError ? err : this.integrity('corrupt-data', errorMessage(err), err));
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
      throw this.fail(this.integrity('truncated', `the archive ends inside its entry (${errorMessage(err)})`, err));
    }
    if (this.zlib && this.entries > 0) await this.zlib.ended;
    this.throwIfFailed();
    this.verify();
  }

  /** Stops any inflate in flight (abort, or the consumer gave up). */
  destroy(): void {
    this.zlib?.terminate();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private fail(err: Error): Error {
    if (!this.failure) {
      this.failure = err;
      this.zlib?.terminate();
      // Errors found inside zlib callbacks have no caller to throw to: tell the owner.
      this.sink.error(err);
    }
    return this.failure;
  }

  private integrity(reason: RawLogIntegrityReason, detail: string, cause?: unknown): RawLogIntegrityError {
    return new RawLogIntegrityError(this.fileName, reason, detail, cause === undefined ? undefined : { cause });
  }

  private defect(d: ZipDefect): Error {
    return this.fail(this.integrity(d.defect, d.detail));
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
    const local = parseLocalHeader(h);
    if (local === undefined) {
      this.head = h.slice();
      return;
    }
    this.head = EMPTY;
    if (isDefect(local)) throw this.defect(local);
    this.local = local;
    if (!hasDataDescriptor(local.flags)) {
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
    if (this.local && !hasDataDescriptor(this.local.flags) && this.produced > this.local.size) {
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
    if (this.crcByZlib && /incorrect data check/.test(err.message)) {
      return this.integrity('crc-mismatch', `the CRC-32 of the data is not the ${hex(this.local!.crc)} the archive records`, err);
    }
    if (this.crcByZlib && /incorrect length check/.test(err.message)) {
      return this.integrity('size-mismatch', `the inflated size is not the ${this.local!.size} bytes the archive records`, err);
    }
    return this.integrity('corrupt-data', errorMessage(err), err);
  }

  private verify(): void {
    const local = this.local!;
    const tail = this.tail.length === 1 ? this.tail[0]! : concat(...this.tail);
    const tailStart = this.received - tail.length;
    const eocd = parseEndOfCentralDirectory(tail, tailStart);
    if (isDefect(eocd)) throw this.defect(eocd);
    const { entries: count, cdOffset } = eocd;
    if (this.entries === 0) {
      throw this.fail(this.integrity(count === 0 ? 'empty' : 'truncated', count === 0 ? 'the archive has no entries' : 'no entry data was found'));
    }
    if (count !== 1) throw this.fail(this.integrity('entry-count', `the central directory lists ${count} entries, expected 1`));
    if (!this.entryDone) throw this.fail(this.integrity('truncated', 'the entry data ended early'));
    const cd = parseCentralHeader(tail, cdOffset - tailStart);
    if (isDefect(cd)) throw this.defect(cd);
    if (cd.localOffset !== 0 || cd.name !== local.name || cd.method !== local.method) {
      throw this.fail(this.integrity('header-mismatch', 'the central directory and the local header describe different entries'));
    }
    if (!hasDataDescriptor(local.flags) && (local.crc !== cd.crc || local.size !== cd.size || local.compressedSize !== cd.compressedSize)) {
      throw this.fail(this.integrity('header-mismatch', 'the local header and the central directory disagree on CRC or sizes'));
    }
    if (this.produced !== cd.size) {
      throw this.fail(this.integrity('size-mismatch', `inflated ${this.produced} bytes, the archive records ${cd.size}`));
    }
    if (!this.crcByZlib && (this.crc >>> 0) !== cd.crc) {
      throw this.fail(this.integrity('crc-mismatch', `CRC-32 of the data is ${hex(this.crc >>> 0)}, the archive records ${hex(cd.crc)}`));
    }
    // Between the data and the central directory there is nothing, or a data descriptor (12 or 16 bytes).
    const gap = cdOffset - local.dataStart - cd.compressedSize;
    if (!(gap === 0 || (hasDataDescriptor(local.flags) && (gap === 12 || gap === 16)))) {
      throw this.fail(this.integrity('size-mismatch', `the compressed data is not the ${cd.compressedSize} bytes the archive records`));
    }
  }
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts) as Uint8Array;
}

/** An error's message, for the detail of the integrity error that wraps it. */
function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
