/**
 * A fflate decoder for deflate (method 8) backed by node:zlib: native, and run on the libuv thread
 * pool, so inflating overlaps with CSV parsing on the main thread.
 *
 * When the local header states the CRC and size (no data descriptor), the raw deflate data is
 * framed as a gzip member (a fixed 10-byte header before it, the CRC-32 and size from the local
 * header after it), so zlib computes and checks the CRC on the thread pool as part of inflating
 * instead of the main thread running crc32 over every inflated byte. The zip reader still compares
 * the local header with the central directory, and the inflated size with both.
 */
import type { UnzipDecoder, UnzipDecoderConstructor } from 'fflate';
import { createGunzip, createInflateRaw } from 'node:zlib';
import type { Gunzip, InflateRaw } from 'node:zlib';

/**
 * zlib's output chunk (the zip reader hands it on to the parser in smaller slices). Every output
 * chunk is one job for the thread pool, and queueing one costs main-thread time, so it is larger
 * than the parser's chunk.
 */
const ZLIB_CHUNK = 256 * 1024;
/** A minimal gzip header (deflate, no name, no mtime). */
const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255);
const EMPTY = new Uint8Array(0);

/** The CRC-32 and size the local header records, to be checked by zlib as a gzip trailer. */
export interface GzipFrame {
  readonly crc: number;
  readonly size: number;
}

export class ZlibInflate implements UnzipDecoder {
  ondata: UnzipDecoder['ondata'] = () => {};
  /** Resolves once zlib has ended, failed or been destroyed. */
  readonly ended: Promise<void>;
  /** zlib checks the CRC-32 and size itself (gzip framing): nobody else needs to compute the CRC. */
  readonly checksCrc: boolean;
  private readonly z: InflateRaw | Gunzip;
  private readonly trailer: Uint8Array | undefined;
  private pendingChunks: Uint8Array[] = [];
  /** Compressed bytes held until the write in flight is consumed. */
  private gathering = 0;
  private inFlight = false;
  private finalPushed = false;
  private writeDone: (() => void) | undefined;

  constructor(frame: GzipFrame | undefined) {
    if (frame) {
      this.z = createGunzip({ chunkSize: ZLIB_CHUNK });
      const t = Buffer.alloc(8);
      t.writeUInt32LE(frame.crc >>> 0, 0);
      t.writeUInt32LE(frame.size >>> 0, 4);
      this.trailer = t;
      this.checksCrc = true;
      this.z.write(GZIP_HEADER);
    } else {
      this.z = createInflateRaw({ chunkSize: ZLIB_CHUNK });
      this.checksCrc = false;
    }
    this.ended = new Promise<void>((resolve) => {
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
   * A decoder class to register with fflate's Unzip, which constructs its decoders itself, with no
   * arguments of ours: `frame` is asked for the frame then, and `opened` is given the decoder made.
   */
  static registration(frame: () => GzipFrame | undefined, opened: (decoder: ZlibInflate) => void): UnzipDecoderConstructor {
    return class extends ZlibInflate {
      static compression = 8;
      constructor() {
        super(frame());
        opened(this);
      }
    };
  }

  /**
   * One write in flight at a time; chunks arriving meanwhile are gathered and written together
   * when it is consumed. Each write is a round trip to the thread pool with callbacks on the
   * main thread, and download chunks are 16-64 KiB: batching them saves the main thread work,
   * while a slow download still reaches zlib at once.
   */
  push(chunk: Uint8Array, final: boolean): void {
    if (this.z.destroyed || this.finalPushed) return;
    if (chunk.length > 0) {
      this.pendingChunks.push(chunk);
      this.gathering += chunk.length;
    }
    if (!this.inFlight || final) this.flush();
    if (final) {
      this.finalPushed = true;
      if (this.trailer) this.z.write(this.trailer);
      this.z.end();
    }
  }

  terminate(): void {
    this.z.destroy();
  }

  /** Stops inflating its output when the consumer's read-ahead is full. */
  pause(): void {
    this.z.pause();
  }

  resume(): void {
    this.z.resume();
  }

  /** Compressed bytes not yet inflated: queued in zlib, plus those gathered for the next write. */
  pending(): number {
    return this.z.writableLength + this.gathering;
  }

  /** Resolves when zlib has consumed a write (it is then handed the bytes gathered meanwhile), or at once if nothing is pending. */
  drained(): Promise<void> {
    const z = this.z;
    if (!(z.writableLength + this.gathering > 0 && !z.destroyed)) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        z.off('close', done);
        this.writeDone = undefined;
        resolve();
      };
      this.writeDone = done;
      z.on('close', done);
    });
  }

  private flush(): void {
    if (this.pendingChunks.length === 0 || this.z.destroyed) return;
    const bytes = this.pendingChunks.length === 1 ? this.pendingChunks[0]! : Buffer.concat(this.pendingChunks);
    this.pendingChunks = [];
    this.gathering = 0;
    this.inFlight = true;
    this.z.write(bytes, () => {
      this.inFlight = false;
      if (!this.finalPushed) this.flush();
      this.writeDone?.();
    });
  }
}
