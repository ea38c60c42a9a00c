/** The node:zlib decoder on its own, as fflate drives it: constructed, pushed, read through ondata. */
import { deflateRawSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZlibInflate } from '../../src/rawlog/zlib-inflate.js';
import type { GzipFrame } from '../../src/rawlog/zlib-inflate.js';
import { smallCsv } from './helpers.js';

const CSV = Buffer.from(smallCsv(3000));
const DEFLATED = deflateRawSync(CSV);

async function run(frame: GzipFrame | undefined, data: Uint8Array = DEFLATED): Promise<{ out: Buffer; err: Error | null; decoder: ZlibInflate }> {
  const decoder = new ZlibInflate(frame);
  const parts: Uint8Array[] = [];
  let err: Error | null = null;
  decoder.ondata = (e, chunk) => {
    if (e) err = e;
    else if (chunk.length) parts.push(chunk);
  };
  for (let i = 0; i < data.length; i += 1000) decoder.push(data.subarray(i, i + 1000), false);
  decoder.push(new Uint8Array(0), true);
  await decoder.ended;
  return { out: Buffer.concat(parts), err, decoder };
}

describe('ZlibInflate', () => {
  it('inflates raw deflate, checking nothing itself without a frame', async () => {
    const { out, err, decoder } = await run(undefined);
    expect(err).toBeNull();
    expect(decoder.checksCrc).toBe(false);
    expect(out.equals(CSV)).toBe(true);
  });

  it('checks the CRC and size of its frame', async () => {
    const good = await run({ crc: crc32(CSV), size: CSV.length });
    expect(good.decoder.checksCrc).toBe(true);
    expect(good.err).toBeNull();
    expect(good.out.equals(CSV)).toBe(true);
    expect((await run({ crc: crc32(CSV) ^ 1, size: CSV.length })).err?.message).toMatch(/incorrect data check/);
    expect((await run({ crc: crc32(CSV), size: CSV.length + 1 })).err?.message).toMatch(/incorrect length check/);
  });

  it('reports corrupt data through ondata', async () => {
    const { err } = await run(undefined, Buffer.from('not deflate at all, surely'));
    expect(err).toBeInstanceOf(Error);
  });

  it('counts what it holds as pending, and drained() resolves once zlib took it', async () => {
    const decoder = new ZlibInflate(undefined);
    decoder.ondata = () => {};
    expect(decoder.pending()).toBe(0);
    await decoder.drained();
    decoder.push(DEFLATED.subarray(0, 1000), false);
    decoder.push(DEFLATED.subarray(1000, 2000), false);
    expect(decoder.pending()).toBeGreaterThanOrEqual(1000);
    await decoder.drained();
    decoder.terminate();
    await decoder.ended;
    // Destroyed: nothing is waited for any more.
    await decoder.drained();
  });

  it('registers with fflate as a method-8 decoder that reports the instance it made', () => {
    const made: ZlibInflate[] = [];
    const Ctor = ZlibInflate.registration(() => undefined, (d) => made.push(d));
    expect(Ctor.compression).toBe(8);
    const d = new Ctor('clicks.csv');
    expect(made).toEqual([d]);
    expect(d).toBeInstanceOf(ZlibInflate);
    made[0]!.terminate();
  });
});
