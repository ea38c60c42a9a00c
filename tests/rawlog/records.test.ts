import { describe, expect, it } from 'vitest';
import { RawLogFormatError } from '../../src/rawlog/errors.js';
import { LogRecordBase, recordBuilder } from '../../src/rawlog/records.js';

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
});
