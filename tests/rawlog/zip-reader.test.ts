import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RawLogIntegrityError, RawLogLimitError } from '../../src/rawlog/errors.js';
import { readRawLog, readRawLogCsv, readRawLogRecords } from '../../src/rawlog/record-stream.js';
import { crc32, crc32Portable } from '../../src/rawlog/crc32.js';
import { ZipCsvReader } from '../../src/rawlog/zip-reader.js';
import type { InflateEngine } from '../../src/rawlog/zip-reader.js';
import { buildZip, chunked, failingAfter, rejection, smallCsv } from './helpers.js';

const CSV = smallCsv(500);
const NAME = '20160909/clicks-1473411600-SlY9UO.zip';

async function integrity(
  bytes: Uint8Array,
  inflate: InflateEngine = 'zlib',
  chunk = 97,
): Promise<RawLogIntegrityError> {
  const err = await rejection(() => readRawLogRecords(chunked(bytes, chunk), { fileName: NAME, inflate }));
  expect(err).toBeInstanceOf(RawLogIntegrityError);
  const e = err as RawLogIntegrityError;
  expect(e.fileName).toBe(NAME);
  expect(e.message).toContain(NAME);
  return e;
}

describe.each(['zlib', 'fflate'] as const)('zip reader with %s inflate', (inflate) => {
  it('reads a good archive made by fflate.zipSync', async () => {
    const zip = zipSync({ 'clicks.csv': strToU8(CSV) });
    const records = await readRawLogRecords(chunked(zip, 64), { fileName: NAME, inflate });
    expect(records).toHaveLength(500);
    expect(records[499]).toMatchObject({ transaction_id: 'tx499', offer_id: String(499 % 7), url: 'http://example.com/?a=499,b' });
    expect(Object.keys(records[0]!)).toEqual(['transaction_id', 'offer_id', 'datetime', 'url', 'payout_cents']);
  });

  it('reads stored entries and entries with a data descriptor', async () => {
    for (const spec of [{ method: 0 as const }, { descriptor: true }, { method: 0 as const, descriptor: false }]) {
      const zip = buildZip([{ name: 'clicks.csv', data: CSV, ...spec }]);
      const csv = await readRawLogCsv(chunked(zip, 33), { fileName: NAME, inflate });
      expect(csv.toString()).toBe(CSV);
    }
  });

  it('rejects a corrupted CRC', async () => {
    const zip = buildZip([{ name: 'clicks.csv', data: CSV, crc: 0xdeadbeef }]);
    const e = await integrity(zip, inflate);
    expect(e.reason).toBe('crc-mismatch');
  });

  it('rejects data whose bytes were flipped (stored entry, so inflate cannot notice)', async () => {
    const zip = buildZip([{ name: 'clicks.csv', data: CSV, method: 0 }]);
    const bad = Buffer.from(zip);
    bad[200] = bad[200]! ^ 0x01;
    expect((await integrity(bad, inflate)).reason).toBe('crc-mismatch');
  });

  it('rejects a size that does not match', async () => {
    const zip = buildZip([{ name: 'clicks.csv', data: CSV, size: CSV.length + 5 }]);
    expect((await integrity(zip, inflate)).reason).toBe('size-mismatch');
  });

  it('rejects an archive truncated anywhere', async () => {
    const zip = buildZip([{ name: 'clicks.csv', data: CSV }]);
    for (const cut of [10, 40, 100, Math.floor(zip.length / 2), zip.length - 60, zip.length - 1]) {
      const e = await integrity(zip.subarray(0, cut), inflate);
      expect(['truncated', 'corrupt-data']).toContain(e.reason);
    }
  });

  it('rejects two entries, even after yielding the first one', async () => {
    const zip = buildZip([
      { name: 'clicks.csv', data: CSV },
      { name: 'more.csv', data: CSV },
    ]);
    const seen: unknown[] = [];
    const err = await rejection(async () => {
      for await (const r of readRawLog(chunked(zip, 512), { fileName: NAME, inflate })) seen.push(r);
    });
    expect(err).toBeInstanceOf(RawLogIntegrityError);
    expect((err as RawLogIntegrityError).reason).toBe('entry-count');
  });

  it('rejects an archive with no entries and an empty download', async () => {
    expect((await integrity(buildZip([]), inflate)).reason).toBe('empty');
    expect((await integrity(new Uint8Array(0), inflate)).reason).toBe('empty');
  });

  it('rejects a directory entry before or after the CSV, saying so', async () => {
    for (const entries of [
      [{ name: 'logs/', data: '', method: 0 as const }, { name: 'logs/clicks.csv', data: CSV }],
      [{ name: 'clicks.csv', data: CSV }, { name: 'logs/', data: '', method: 0 as const }],
    ]) {
      const e = await integrity(buildZip(entries), inflate);
      expect(e.reason).toBe('entry-count');
      expect(e.message).toContain('directory entry "logs/"');
    }
  });

  it('rejects bytes that are not a zip, and a non-CSV entry', async () => {
    expect((await integrity(Buffer.from('<html>Access Denied</html>'), inflate)).reason).toBe('not-zip');
    expect((await integrity(buildZip([{ name: 'clicks.txt', data: CSV }]), inflate)).reason).toBe('entry-count');
  });

  it('rejects a corrupt deflate stream', async () => {
    const zip = buildZip([{ name: 'clicks.csv', data: CSV }]);
    const bad = Buffer.from(zip);
    for (let i = 60; i < 90; i++) bad[i] = 0xff;
    expect(['corrupt-data', 'crc-mismatch', 'size-mismatch']).toContain((await integrity(bad, inflate)).reason);
  });

  it('fails when the source stops early, and when it errors', async () => {
    const zip = buildZip([{ name: 'clicks.csv', data: smallCsv(5000) }]);
    expect((await integrity(zip.subarray(0, zip.length - 200), inflate, 4096)).reason).toBe('truncated');
    const dropped = new Error('socket hang up');
    const err = await rejection(() => readRawLogRecords(failingAfter(zip.subarray(0, 3000), dropped), { fileName: NAME, inflate }));
    expect(err).toBeInstanceOf(RawLogIntegrityError);
    expect((err as RawLogIntegrityError).reason).toBe('truncated');
    expect((err as RawLogIntegrityError).cause).toBe(dropped);
  });

  it('stops a decompression bomb by ratio while inflating (sizes hidden in a data descriptor)', async () => {
    const zeros = new Uint8Array(64 * 1024 * 1024); // deflates ~1000:1
    const zip = buildZip([{ name: 'bomb.csv', data: zeros, descriptor: true }]);
    const err = await rejection(() => readRawLogCsv(chunked(zip, 16 * 1024), { fileName: NAME, inflate }));
    expect(err).toBeInstanceOf(RawLogLimitError);
    expect((err as RawLogLimitError).reason).toBe('limit-exceeded');
    expect((err as RawLogLimitError).limit).toBe('maxRatio');
  });

  it('refuses a declared bomb before inflating, and honours maxBytes', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const zip = buildZip([{ name: 'bomb.csv', data: zeros }]);
    const err = await rejection(() => readRawLogCsv(chunked(zip, 4096), { fileName: NAME, inflate }));
    expect((err as RawLogLimitError).limit).toBe('maxRatio');
    const text = smallCsv(20000);
    const zip2 = buildZip([{ name: 'a.csv', data: text, descriptor: true }]);
    const err2 = await rejection(() => readRawLogCsv(chunked(zip2, 4096), { fileName: NAME, inflate, limits: { maxBytes: 100_000 } }));
    expect((err2 as RawLogLimitError).limit).toBe('maxBytes');
    // The same file passes with default limits.
    expect((await readRawLogCsv(chunked(zip2, 4096), { fileName: NAME, inflate })).length).toBe(Buffer.byteLength(text));
  });
});

describe('zip reader internals', () => {
  it('portable CRC-32 matches the native one', () => {
    const data = Buffer.from(smallCsv(50));
    expect(crc32Portable(data, 0)).toBe(crc32(data, 0));
    expect(crc32Portable(data.subarray(100), crc32Portable(data.subarray(0, 100), 0))).toBe(crc32(data, 0));
  });

  it('a hand-built zip and fflate.zipSync give the same CSV bytes', async () => {
    const a = await readRawLogCsv(chunked(zipSync({ 'x.csv': strToU8(CSV) }), 1000), { fileName: NAME });
    const b = await readRawLogCsv(chunked(buildZip([{ name: 'x.csv', data: CSV }]), 1000), { fileName: NAME });
    expect(a.toString()).toBe(CSV);
    expect(a.equals(b)).toBe(true);
  });

  it.each(['zlib', 'fflate'] as const)('hands the parser pieces of at most 64 KiB, in order (%s inflate)', async (inflate) => {
    // zlib inflates in 256 KiB chunks (fewer thread-pool jobs); the parser still gets 64 KiB pieces.
    const csv = smallCsv(20_000);
    const zip = zipSync({ 'x.csv': strToU8(csv) });
    const pieces: Uint8Array[] = [];
    const errors: Error[] = [];
    const reader = new ZipCsvReader({ fileName: NAME, inflate }, { data: (c) => pieces.push(c), error: (e) => errors.push(e) });
    for (let i = 0; i < zip.length; i += 64 * 1024) reader.push(zip.subarray(i, i + 64 * 1024));
    await reader.finish();
    expect(errors).toEqual([]);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(64 * 1024);
    expect(Buffer.concat(pieces).toString()).toBe(csv);
    expect(csv.length).toBeGreaterThan(512 * 1024);
  });
});
