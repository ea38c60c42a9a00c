/**
 * Synthetic HasOffers click logs for the benchmark: the 57 columns of the real click log (see the
 * raw_log cassette), quoted the way HasOffers quotes them (strings quoted, integers bare), with
 * URLs, user agents, and some fields that contain commas, doubled quotes and newlines so the
 * parser's slow path is exercised in proportion.
 */
import { deflateRawSync, crc32 } from 'node:zlib';
import { CLICK_COLUMNS } from '../../src/rawlog/columns.js';
import { Prng } from '../../src/sandbox/prng.js';

/** Deterministic numbers in [0, 1) from a seed: the sandbox's PRNG, so runs repeat exactly. */
function rng(seed: number): () => number {
  const prng = new Prng(seed);
  return () => prng.next();
}

const USER_AGENTS = [
  'Mozilla/5.0 (Linux; Android 4.1.2; GT-S6310N Build/JZO54K) AppleWebKit/537.36 (KHTML, Like Gecko) Chrome/50.0.2661.89 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, Like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 9_3_2 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13F69 Safari/601.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Safari/537.36',
  'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:48.0) Gecko/20100101 Firefox/48.0',
  'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0; "Touch")',
];
const COUNTRIES = ['CZ', 'ES', 'US', 'DE', 'RU', 'BR', 'IN', 'FR'];
const CURRENCIES = ['CZK', 'EUR', 'USD', 'EUR', 'RUB', 'BRL', 'INR', 'EUR'];
const SOURCES = ['NEX', 'FB', 'ADW', 'MOB'];
const DEVICES: [string, string, string, string][] = [
  ['Samsung', 'GT-S6310N', 'Android', '4.1'],
  ['Microsoft', 'Edge', 'Desktop', ''],
  ['Apple', 'iPhone', 'iOS', '9.3'],
  ['Apple', 'Macintosh', 'Desktop', '10.11'],
];

function hex(r: () => number, n: number): string {
  let s = '';
  while (s.length < n) s += Math.floor(r() * 0x100000000).toString(16).padStart(8, '0');
  return s.slice(0, n);
}
function uuid(r: () => number): string {
  const h = hex(r, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** One CSV line (with its `\n`) of a click log. */
export function clickRow(r: () => number, second: number): string {
  const offer = 1 + Math.floor(r() * 400);
  const aff = 1 + Math.floor(r() * 300);
  const src = SOURCES[Math.floor(r() * SOURCES.length)]!;
  const sub1 = hex(r, 6).toUpperCase();
  const sub4 = uuid(r);
  const c = Math.floor(r() * COUNTRIES.length);
  const dev = DEVICES[Math.floor(r() * DEVICES.length)]!;
  const ua = USER_AGENTS[Math.floor(r() * USER_AGENTS.length)]!;
  const h = Math.floor(second / 3600) % 24;
  const m = Math.floor(second / 60) % 60;
  const s = second % 60;
  const dt = `2016-09-09 ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  const url = `http://example.com/aff_c?offer_id=${offer}&aff_id=${aff}&source=${src}&aff_sub=${sub1}&aff_sub4=${sub4}`;
  // One row in 20 has a referrer with a comma, one in 50 a sub with quotes, one in 500 a newline:
  // real logs carry whatever affiliates put in their links.
  const x = r();
  const refer = x < 0.05 ? `http://news.example.org/a?tags=a,b,c&id=${aff}` : '';
  const sub2 = x > 0.98 ? `say "hi", ok` : x > 0.998 ? 'line one\nline two' : 'PD';
  const ip = `${10 + Math.floor(r() * 200)}.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}`;
  const revenue = r() < 0.5 ? String(Math.floor(r() * 500)) : '';
  const fields: string[] = [
    q(hex(r, 30)), String(aff), String(1 + (aff % 20)), String(1 + (offer % 50)), String(1 + (offer % 20)), String(offer),
    q(''), q(src), q(sub1), q(sub2), q(''), q(sub4), q(''), q(dt), q(revenue), q(''), q(refer), q(url), q(''), q(ip),
    q(ua), q(COUNTRIES[c]!), String(1 + Math.floor(r() * 9)), String(r() < 0.8 ? 1 : 0), q(''), q(''), q(''), q(''), q(''),
    q(CURRENCIES[c]!), q('cpa_flat'), q(r() < 0.5 ? 'cpa_flat' : 'cpc'), q(dev[0]), q(dev[1]), q(dev[2]), q(dev[3]),
    q(''), q(''), q(''), q(''), q(''), q(''), q(''), q(''), q(''), q(''), q(''),
    q(dev[0] === 'Apple' ? uuid(r).toUpperCase() : ''), q(''), q(''), q(''), q(''), q(''), '0', '0',
    q(r() < 0.7 ? 'broadband' : 'mobile'), q(dev[2] === 'Android' ? uuid(r) : ''),
  ];
  return fields.join(',') + '\n';
}

/** A click-log CSV of about `targetBytes` bytes. */
export function clickCsv(targetBytes: number, seed = 1): { csv: Buffer; rows: number } {
  const r = rng(seed);
  const parts: string[] = [CLICK_COLUMNS.join(',') + '\n'];
  let size = parts[0]!.length;
  let rows = 0;
  while (size < targetBytes) {
    const line = clickRow(r, rows % 86400);
    parts.push(line);
    size += Buffer.byteLength(line);
    rows++;
  }
  return { csv: Buffer.from(parts.join('')), rows };
}

/**
 * A zip of one deflated entry, written by hand rather than with fflate's zipSync so that the
 * benchmark's input does not come from the library under test and compresses at zlib's speed.
 */
export function zipOne(name: string, data: Uint8Array): Buffer {
  const comp = deflateRawSync(data, { level: 6 });
  const crc = crc32(data);
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 10);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(comp.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(0, 12);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(comp.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = 30 + nameBuf.length + comp.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + nameBuf.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBuf, comp, central, nameBuf, eocd]);
}
