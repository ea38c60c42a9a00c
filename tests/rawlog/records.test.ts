import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RawLogFormatError } from '../../src/rawlog/errors.js';
import { readRawLog, readRawLogRecords } from '../../src/rawlog/record-stream.js';
import { LogRecordBase, recordBuilder } from '../../src/rawlog/records.js';
import { buildZip, chunked } from './helpers.js';

/** Columns named like the behaviour of every object, next to the two the display uses. */
const BEHAVIOUR_NAMES = ['toString', 'constructor', 'hasOwnProperty', 'valueOf', 'toJSON', 'toLocaleString', 'isPrototypeOf'];

describe('records', () => {
  it('keys by header, keeps strings, prints like pyoffers', () => {
    const build = recordBuilder(['transaction_id', 'offer_id', 'x']);
    const r = build(['abc', '13', ''], 3);
    expect(r).toBeInstanceOf(LogRecordBase);
    expect({ ...r }).toEqual({ transaction_id: 'abc', offer_id: '13', x: '' });
    expect(String(r)).toBe('LogRecord: 13 (abc)');
    expect(JSON.stringify(r)).toBe('{"transaction_id":"abc","offer_id":"13","x":""}');
  });

  it('coerces numeric and datetime columns only when asked, with an optional UTC offset', () => {
    const header = ['offer_id', 'payout_cents', 'datetime', 'transaction_id', 'device_id'];
    const row = ['13', '', '2016-09-09 14:00:28', '0042', '123'];
    expect(recordBuilder(header)(row, 5)).toMatchObject({ offer_id: '13', datetime: '2016-09-09 14:00:28' });
    const c = recordBuilder(header, { coerce: true, utcOffsetMinutes: 180 })(row, 5) as unknown as Record<string, unknown>;
    expect(c).toMatchObject({ offer_id: 13, payout_cents: null, transaction_id: '0042', device_id: '123' });
    expect(c['datetime']).toEqual(new Date('2016-09-09T11:00:28Z'));
    expect(() => recordBuilder(header, { coerce: true })(['x', '', '', '', ''], 5)).toThrow(RawLogFormatError);
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(() => recordBuilder(['a', 'b'], { fileName: 'f.zip' })(['1'], 1)).toThrow(/f\.zip.*row 2 has 1 fields, the header has 2/);
  });

  it('cannot be steered by a hostile header', () => {
    const r = recordBuilder(['__proto__', 'a b', 'constructor', 'a"); process.exit(1); ("'])(['p', 'q', 'c', 'z'], 4);
    expect(Object.getPrototypeOf(r)).toBe(LogRecordBase.prototype);
    expect(Object.keys(r)).toEqual(['__proto__', 'a b', 'constructor', 'a"); process.exit(1); ("']);
    expect((r as unknown as Record<string, string>)['a b']).toBe('q');
  });

  it.each([
    ['a generated constructor', BEHAVIOUR_NAMES],
    ['the defineProperty fallback', [...BEHAVIOUR_NAMES, '__proto__']],
  ])('columns named toString, constructor, hasOwnProperty… are data and never shadow behaviour (%s)', (_path, names) => {
    const header = ['offer_id', 'transaction_id', ...names];
    const values = ['62', 'abc', ...names.map((name) => `v-${name}`)];
    const r = recordBuilder(header)(values, values.length);
    const fields = r as unknown as Record<string, unknown>;
    expect(r).toBeInstanceOf(LogRecordBase);
    expect(Object.getPrototypeOf(r)).not.toBe(null);
    expect(String(r)).toBe('LogRecord: 62 (abc)');
    expect(`${r as unknown as string}`).toBe('LogRecord: 62 (abc)');
    expect(inspect(r)).toBe('<LogRecord: 62 (abc)>');
    expect(Object.keys(r)).toEqual(header);
    expect(JSON.parse(JSON.stringify(r))).toEqual(Object.fromEntries(header.map((name, i) => [name, values[i]])));
    for (const name of names) expect(fields[name], name).toBe(`v-${name}`);
    expect(Object.hasOwn(r, 'toString')).toBe(true);
  });

  it('a real zip whose header names toString and __proto__ streams and collects records that print and stay reachable', async () => {
    const csv = 'transaction_id,offer_id,toString,__proto__,constructor\r\nt1,7,a,b,c\r\nt2,8,d,e,f\r\n';
    const zip = buildZip([{ name: 'x.csv', data: csv }]);
    const all = await readRawLogRecords(chunked(zip, 11), { fileName: 'x.zip' });
    expect(all.map(String)).toEqual(['LogRecord: 7 (t1)', 'LogRecord: 8 (t2)']);
    expect(all.map((r) => (r as unknown as Record<string, string>)['toString'])).toEqual(['a', 'd']);
    expect(all.map((r) => (r as unknown as Record<string, string>)['__proto__'])).toEqual(['b', 'e']);
    const streamed: string[] = [];
    for await (const r of readRawLog(chunked(zip, 5), { fileName: 'x.zip', coerce: true })) streamed.push(`${String(r)} ${(r as unknown as Record<string, string>)['constructor']}`);
    expect(streamed).toEqual(['LogRecord: 7 (t1) c', 'LogRecord: 8 (t2) f']);
  });
});
