/**
 * The zip records a raw-log archive is checked against, read from bytes: the first local file
 * header, the end-of-central-directory record and the central directory entry. Each function is
 * pure: bytes in, the parsed record or the defect that makes the archive unusable out.
 */
import type { RawLogIntegrityReason } from './errors.js';

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;

const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;
const EOCD_BYTES = 22;

/** What is wrong with an archive: the reason and detail of the RawLogIntegrityError it becomes. */
export interface ZipDefect {
  readonly defect: RawLogIntegrityReason;
  readonly detail: string;
}

export function isDefect(v: object): v is ZipDefect {
  return 'defect' in v;
}

/** What a local header and its central directory entry both say of an entry. */
export interface EntryFields {
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly name: string;
}

export interface LocalHeader extends EntryFields {
  /** Offset of the entry's data from the header's start. */
  readonly dataStart: number;
}

export interface EndOfCentralDirectory {
  /** Entries the central directory lists. */
  readonly entries: number;
  readonly cdSize: number;
  readonly cdOffset: number;
  /** Offset of this record in the archive. */
  readonly offset: number;
}

export interface CentralHeader extends EntryFields {
  readonly localOffset: number;
}

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

/** Bit 3: CRC and sizes follow the data (a data descriptor) instead of being in the local header. */
export const hasDataDescriptor = (flags: number): boolean => (flags & 8) !== 0;

function entryName(b: Uint8Array, at: number, length: number, flags: number): string {
  return Buffer.from(b.buffer, b.byteOffset + at, length).toString(flags & 0x800 ? 'utf8' : 'latin1');
}

/**
 * The first local file header, from the archive's first bytes; undefined while `head` is too short
 * to hold it (its name and extra field included). Refuses what the reader cannot read: not a zip,
 * a directory entry, encryption, a method other than stored or deflate, zip64 sizes.
 */
export function parseLocalHeader(head: Uint8Array): LocalHeader | ZipDefect | undefined {
  if (head.length >= 4 && u32(head, 0) !== SIG_LOCAL) {
    return { defect: u32(head, 0) === SIG_EOCD ? 'empty' : 'not-zip', detail: 'it does not start with a zip local file header' };
  }
  if (head.length < LOCAL_HEADER_BYTES || head.length < LOCAL_HEADER_BYTES + u16(head, 26) + u16(head, 28)) return undefined;
  const flags = u16(head, 6);
  const nameLength = u16(head, 26);
  const local: LocalHeader = {
    flags,
    method: u16(head, 8),
    crc: u32(head, 14),
    compressedSize: u32(head, 18),
    size: u32(head, 22),
    name: entryName(head, LOCAL_HEADER_BYTES, nameLength, flags),
    dataStart: LOCAL_HEADER_BYTES + nameLength + u16(head, 28),
  };
  if (local.name.endsWith('/')) {
    // Its sizes (0) would be checked against the CSV's bytes: say what is really wrong.
    return { defect: 'entry-count', detail: `it holds a directory entry ${JSON.stringify(local.name)}; a raw-log archive holds one CSV file and nothing else` };
  }
  if (flags & 1) return { defect: 'unsupported', detail: 'the entry is encrypted' };
  if (local.method !== 0 && local.method !== 8) return { defect: 'unsupported', detail: `compression method ${local.method} (only stored and deflate)` };
  if (local.size === 0xffffffff || local.compressedSize === 0xffffffff) return { defect: 'unsupported', detail: 'zip64 archives are not supported' };
  return local;
}

/**
 * The end-of-central-directory record in `tail`, the archive's last bytes (`tailStart` is where
 * they start in the archive): the last signature whose comment ends exactly at the end, and a
 * central directory that ends where the record starts.
 */
export function parseEndOfCentralDirectory(tail: Uint8Array, tailStart: number): EndOfCentralDirectory | ZipDefect {
  let at = tail.length - EOCD_BYTES;
  while (at >= 0 && !(u32(tail, at) === SIG_EOCD && at + EOCD_BYTES + u16(tail, at + 20) === tail.length)) at--;
  if (at < 0) return { defect: 'truncated', detail: 'no end-of-central-directory record: the download stopped early' };
  const entries = u16(tail, at + 10);
  const cdSize = u32(tail, at + 12);
  const cdOffset = u32(tail, at + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) return { defect: 'unsupported', detail: 'zip64 archives are not supported' };
  if (cdOffset + cdSize !== tailStart + at) return { defect: 'truncated', detail: 'the central directory is not where the archive says it is' };
  return { entries, cdSize, cdOffset, offset: tailStart + at };
}

/** The central directory entry at `at` in `bytes`, which must hold all of it (its name included). */
export function parseCentralHeader(bytes: Uint8Array, at: number): CentralHeader | ZipDefect {
  const bad: ZipDefect = { defect: 'not-zip', detail: 'bad central directory entry' };
  if (!Number.isInteger(at) || at < 0 || at + CENTRAL_HEADER_BYTES > bytes.length || u32(bytes, at) !== SIG_CENTRAL) return bad;
  const flags = u16(bytes, at + 8);
  const nameLength = u16(bytes, at + 28);
  if (at + CENTRAL_HEADER_BYTES + nameLength > bytes.length) return bad;
  return {
    flags,
    method: u16(bytes, at + 10),
    crc: u32(bytes, at + 16),
    compressedSize: u32(bytes, at + 20),
    size: u32(bytes, at + 24),
    name: entryName(bytes, at + CENTRAL_HEADER_BYTES, nameLength, flags),
    localOffset: u32(bytes, at + 42),
  };
}
