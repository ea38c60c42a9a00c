/** The zip record readers on their own: bytes in, the parsed record or the defect out. */
import { describe, expect, it } from 'vitest';
import { isDefect, parseCentralHeader, parseEndOfCentralDirectory, parseLocalHeader } from '../../src/rawlog/zip-format.js';
import type { CentralHeader, EndOfCentralDirectory, LocalHeader, ZipDefect } from '../../src/rawlog/zip-format.js';
import { RawLogIntegrityError } from '../../src/rawlog/errors.js';
import { readRawLogCsv } from '../../src/rawlog/record-stream.js';
import { buildZip, chunked, rejection, smallCsv } from './helpers.js';

const CSV = smallCsv(20);
const zip = buildZip([{ name: 'clicks.csv', data: CSV }]);
/** Offsets in `zip`: the EOCD is its last 22 bytes, the central entry (46 bytes and the name) just before. */
const eocdAt = zip.length - 22;
const cdAt = eocdAt - 46 - 'clicks.csv'.length;

function defect(v: object | undefined): ZipDefect {
  expect(v).toBeDefined();
  expect(isDefect(v!)).toBe(true);
  return v as ZipDefect;
}

function copy(bytes: Uint8Array, edit: (b: Buffer) => void): Buffer {
  const b = Buffer.from(bytes);
  edit(b);
  return b;
}

describe('parseLocalHeader', () => {
  it('reads the header of a good archive', () => {
    const h = parseLocalHeader(zip) as LocalHeader;
    expect(isDefect(h)).toBe(false);
    expect(h).toMatchObject({ flags: 0, method: 8, size: CSV.length, name: 'clicks.csv', dataStart: 30 + 'clicks.csv'.length });
    expect(h.compressedSize).toBe(cdAt - h.dataStart);
  });

  it('asks for more bytes while the header, its name or its extra field is cut off', () => {
    for (const n of [0, 1, 3, 4, 29, 30, 30 + 'clicks.csv'.length - 1]) expect(parseLocalHeader(zip.subarray(0, n))).toBeUndefined();
    const withExtra = copy(zip.subarray(0, 30 + 10), (b) => b.writeUInt16LE(500, 28));
    expect(parseLocalHeader(withExtra)).toBeUndefined();
    // The largest name and extra field a header can declare: still only waits, for 128 KiB at most.
    const huge = copy(zip.subarray(0, 30), (b) => (b.writeUInt16LE(0xffff, 26), b.writeUInt16LE(0xffff, 28)));
    expect(parseLocalHeader(huge)).toBeUndefined();
  });

  it('refuses a bad signature as soon as four bytes are there', () => {
    expect(defect(parseLocalHeader(Buffer.from('PK\x05\x07')))).toMatchObject({ defect: 'not-zip' });
    expect(defect(parseLocalHeader(Buffer.from('<html><body>Access Denied'))).defect).toBe('not-zip');
    // An archive with no entries starts with its end-of-central-directory record.
    expect(defect(parseLocalHeader(zip.subarray(eocdAt))).defect).toBe('empty');
  });

  it('refuses a directory entry, encryption, other methods and zip64 sizes', () => {
    const dir = buildZip([{ name: 'logs/', data: '' }]);
    expect(defect(parseLocalHeader(dir))).toMatchObject({ defect: 'entry-count', detail: expect.stringContaining('"logs/"') as unknown });
    expect(defect(parseLocalHeader(copy(zip, (b) => b.writeUInt16LE(1, 6))))).toEqual({ defect: 'unsupported', detail: 'the entry is encrypted' });
    expect(defect(parseLocalHeader(copy(zip, (b) => b.writeUInt16LE(12, 8)))).detail).toMatch(/compression method 12/);
    expect(defect(parseLocalHeader(copy(zip, (b) => b.writeUInt32LE(0xffffffff, 22)))).detail).toMatch(/zip64/);
    expect(defect(parseLocalHeader(copy(zip, (b) => b.writeUInt32LE(0xffffffff, 18)))).detail).toMatch(/zip64/);
  });

  it('reads the name as UTF-8 only when the header says so', () => {
    const named = buildZip([{ name: 'clicks-é.csv', data: CSV }]);
    expect((parseLocalHeader(named) as LocalHeader).name).toBe('clicks-Ã©.csv');
    expect((parseLocalHeader(copy(named, (b) => b.writeUInt16LE(0x800, 6))) as LocalHeader).name).toBe('clicks-é.csv');
  });

  it('reads a header that is a view into a larger buffer', () => {
    const padded = Buffer.concat([Buffer.from('xxxx'), zip]);
    expect((parseLocalHeader(padded.subarray(4)) as LocalHeader).name).toBe('clicks.csv');
  });
});

describe('parseEndOfCentralDirectory', () => {
  it('finds the record at the end and checks where the central directory is', () => {
    const e = parseEndOfCentralDirectory(zip, 0) as EndOfCentralDirectory;
    expect(e).toEqual({ entries: 1, cdSize: eocdAt - cdAt, cdOffset: cdAt, offset: eocdAt });
    // The same from a tail that starts partway into the archive.
    expect(parseEndOfCentralDirectory(zip.subarray(cdAt), cdAt)).toEqual(e);
  });

  it('finds it behind a comment, and not a signature inside the comment', () => {
    const comment = Buffer.concat([Buffer.from('PK\x05\x06'), Buffer.alloc(30, 0x20)]);
    const withComment = Buffer.concat([copy(zip, (b) => b.writeUInt16LE(comment.length, eocdAt + 20)), comment]);
    expect(parseEndOfCentralDirectory(withComment, 0)).toMatchObject({ offset: eocdAt, cdOffset: cdAt });
  });

  it('says truncated when the record is missing or cut off', () => {
    for (const bytes of [new Uint8Array(0), zip.subarray(0, 21), zip.subarray(0, zip.length - 1), zip.subarray(0, eocdAt)]) {
      expect(defect(parseEndOfCentralDirectory(bytes, 0))).toEqual({ defect: 'truncated', detail: expect.stringContaining('no end-of-central-directory') as unknown });
    }
    // A comment length that runs past the end.
    expect(defect(parseEndOfCentralDirectory(copy(zip, (b) => b.writeUInt16LE(5, eocdAt + 20)), 0)).defect).toBe('truncated');
  });

  it('refuses a central directory that is not where the record says it is', () => {
    for (const [at, v] of [
      [12, 0],
      [12, 0xfffffff0],
      [16, 0],
      [16, 0xfffffff0],
    ] as const) {
      const d = defect(parseEndOfCentralDirectory(copy(zip, (b) => b.writeUInt32LE(v, eocdAt + at)), 0));
      expect(d).toEqual({ defect: 'truncated', detail: 'the central directory is not where the archive says it is' });
    }
  });

  it('refuses zip64 markers', () => {
    expect(defect(parseEndOfCentralDirectory(copy(zip, (b) => b.writeUInt16LE(0xffff, eocdAt + 10)), 0)).defect).toBe('unsupported');
    expect(defect(parseEndOfCentralDirectory(copy(zip, (b) => b.writeUInt32LE(0xffffffff, eocdAt + 16)), 0)).detail).toMatch(/zip64/);
  });
});

describe('parseCentralHeader', () => {
  it('reads the entry', () => {
    const local = parseLocalHeader(zip) as LocalHeader;
    const cd = parseCentralHeader(zip, cdAt) as CentralHeader;
    expect(cd).toEqual({ flags: 0, method: 8, crc: local.crc, compressedSize: local.compressedSize, size: CSV.length, name: 'clicks.csv', localOffset: 0 });
  });

  it('refuses a bad signature and offsets outside the bytes', () => {
    const bad = { defect: 'not-zip', detail: 'bad central directory entry' };
    expect(parseCentralHeader(copy(zip, (b) => b.writeUInt32LE(0x04034b50, cdAt)), cdAt)).toEqual(bad);
    for (const at of [-1, -46, cdAt + 1, zip.length - 45, zip.length, zip.length + 100, Number.NaN, 0.5]) expect(parseCentralHeader(zip, at)).toEqual(bad);
  });

  it('refuses an entry whose name runs past the bytes', () => {
    const bad = { defect: 'not-zip', detail: 'bad central directory entry' };
    const cdOnly = zip.subarray(cdAt, eocdAt);
    expect(parseCentralHeader(cdOnly, 0)).toMatchObject({ name: 'clicks.csv' });
    expect(parseCentralHeader(cdOnly.subarray(0, cdOnly.length - 1), 0)).toEqual(bad);
    expect(parseCentralHeader(copy(zip, (b) => b.writeUInt16LE(0xffff, cdAt + 28)), cdAt)).toEqual(bad);
    // Even when the view sits in a larger buffer whose bytes past its end could be read.
    const big = Buffer.concat([zip, Buffer.alloc(70000)]);
    const lying = copy(big, (b) => b.writeUInt16LE(0xffff, cdAt + 28));
    expect(parseCentralHeader(lying.subarray(0, zip.length), cdAt)).toEqual(bad);
  });
});

describe('the reader on a central entry that lies about its name length', () => {
  it('refuses it as an integrity error', async () => {
    const lying = copy(zip, (b) => b.writeUInt16LE(0xffff, cdAt + 28));
    for (const inflate of ['zlib', 'fflate'] as const) {
      const err = await rejection(() => readRawLogCsv(chunked(lying, 64), { fileName: 'f.zip', inflate }));
      expect(err).toBeInstanceOf(RawLogIntegrityError);
      expect(err).toMatchObject({ reason: 'not-zip' });
    }
  });
});
