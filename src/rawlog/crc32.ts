/**
 * CRC-32 (the zip polynomial) over a stream of chunks. Node's native `zlib.crc32` exists from
 * Node 20.15; older 20.x releases get a table-driven fallback so `engines: >=20` still holds.
 */
import * as zlib from 'node:zlib';

type Crc32 = (data: Uint8Array, value: number) => number;

const native = (zlib as { crc32?: Crc32 }).crc32;

let table: Uint32Array | undefined;
function jsCrc32(data: Uint8Array, value: number): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~value;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export const crc32: Crc32 = native ? (data, value) => native(data, value) >>> 0 : jsCrc32;
/** Exposed for the test that checks the fallback against the native implementation. */
export const crc32Portable: Crc32 = jsCrc32;
