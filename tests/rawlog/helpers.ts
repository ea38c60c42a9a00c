/** Test helpers: hand-built zip bytes (so broken archives can be made on purpose) and byte sources. */
import { crc32, deflateRawSync } from 'node:zlib';

export interface EntrySpec {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** 0 stored, 8 deflate (default). */
  readonly method?: 0 | 8;
  /** Write sizes/CRC in a data descriptor after the data (general-purpose flag bit 3). */
  readonly descriptor?: boolean;
  /** Lie in the headers. */
  readonly crc?: number;
  readonly size?: number;
}

/** A zip archive built byte by byte: local headers, data, optional descriptors, central directory, EOCD. */
export function buildZip(entries: readonly EntrySpec[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data) : Buffer.from(e.data);
    const method = e.method ?? 8;
    const comp = method === 8 ? deflateRawSync(raw) : raw;
    const crc = e.crc ?? crc32(raw);
    const size = e.size ?? raw.length;
    const name = Buffer.from(e.name);
    const flags = e.descriptor ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.descriptor ? 0 : crc, 14);
    local.writeUInt32LE(e.descriptor ? 0 : comp.length, 18);
    local.writeUInt32LE(e.descriptor ? 0 : size, 22);
    local.writeUInt16LE(name.length, 26);
    const chunk = [local, name, comp];
    if (e.descriptor) {
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      dd.writeUInt32LE(comp.length, 8);
      dd.writeUInt32LE(size, 12);
      chunk.push(dd);
    }
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(comp.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    const all = Buffer.concat(chunk);
    parts.push(all);
    offset += all.length;
  }
  const cdBuf = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdBuf.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, eocd]);
}

/** The bytes as an async source in chunks of `size`. */
export async function* chunked(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** A source that yields `bytes` in chunks and then fails like a dropped connection. */
export async function* failingAfter(bytes: Uint8Array, error: Error): AsyncGenerator<Uint8Array> {
  yield* chunked(bytes, 1024);
  throw error;
}

export const HEADER = 'transaction_id,offer_id,datetime,url,payout_cents';

/** A small click-like CSV with `rows` rows. */
export function smallCsv(rows: number): string {
  let s = HEADER + '\n';
  for (let i = 0; i < rows; i++) {
    s += `"tx${i}",${i % 7},"2016-09-09 14:00:${String(i % 60).padStart(2, '0')}","http://example.com/?a=${i},b",${i}\n`;
  }
  return s;
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Runs `fn` and returns what it threw (fails the test if it did not throw). */
export async function rejection(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

/**
 * Why a suite that needs the shared fixtures is skipped, and where they come from: they are not in
 * this repository but in the read-only directory beside the checkout (`../shared`), which CI
 * provides. The cassettes are pyoffers' recorded HasOffers traffic.
 */
export function missingSharedFixture(path: string): string {
  return (
    `${path} not found. This suite replays pyoffers' recorded HasOffers traffic, which is not part of this repository: ` +
    'it comes from the shared fixtures directory that sits beside the checkout as ../shared (CI provides it). ' +
    'To run it locally, put that directory there: fixtures/cassettes/*.json are the Betamax cassettes of pyoffers\' test suite ' +
    '(https://github.com/Stranger6667/pyoffers, tests/cassettes, MIT) and fixtures/test-thumbnail.jpg the image its offer_file cassette uploaded.'
  );
}
