import { describe, expect, it } from 'vitest';
import { WireEncodingError } from '../../src/errors.js';
import { encodeComponent, flattenParams, toQueryString } from '../../src/wire/encode.js';

describe('flattenParams', () => {
  it('turns nested params into PHP-style keys in insertion order', () => {
    expect(flattenParams({ id: 5, data: { name: 'x', status: 'active' }, fields: ['id', 'name'], skip: null, gone: undefined })).toEqual([
      ['id', '5'],
      ['data[name]', 'x'],
      ['data[status]', 'active'],
      ['fields[]', 'id'],
      ['fields[]', 'name'],
    ]);
  });

  it('nests to any depth and indexes arrays that hold containers', () => {
    expect(flattenParams({ a: { b: { c: [1, 2] } }, rows: [{ x: 1 }, { x: 2 }] })).toEqual([
      ['a[b][c][]', '1'],
      ['a[b][c][]', '2'],
      ['rows[0][x]', '1'],
      ['rows[1][x]', '2'],
    ]);
  });

  it('sends booleans as 1/0, numbers as decimals, bigints and dates as text', () => {
    expect(flattenParams({ t: true, f: false, n: 1.5, z: 0, big: 12345678901234567890n, when: new Date(Date.UTC(2030, 11, 12, 23, 59, 59)) })).toEqual([
      ['t', '1'],
      ['f', '0'],
      ['n', '1.5'],
      ['z', '0'],
      ['big', '12345678901234567890'],
      ['when', '2030-12-12 23:59:59'],
    ]);
  });

  it('refuses values it cannot put on the wire, naming the key', () => {
    expect(() => flattenParams({ data: { n: Number.NaN } })).toThrow(/data\[n\].*finite/);
    expect(() => flattenParams({ data: { m: new Map() } as never })).toThrow(WireEncodingError);
    expect(() => flattenParams({ f: (() => 1) as never })).toThrow(/"f"/);
  });
});

describe('toQueryString', () => {
  it("encodes like Python's quote_plus (what pyoffers sends)", () => {
    // These exact bytes appear in the recorded pyoffers traffic.
    expect(toQueryString([['data[expiration_date]', '2030-12-12 23:59:59']])).toBe('data%5Bexpiration_date%5D=2030-12-12+23%3A59%3A59');
    expect(toQueryString([['data[offer_url]', 'http://www.example.com']])).toBe('data%5Boffer_url%5D=http%3A%2F%2Fwww.example.com');
    expect(toQueryString([['data[email]', 'test7@test.com'], ['data[phone]', '+78912345678']])).toBe('data%5Bemail%5D=test7%40test.com&data%5Bphone%5D=%2B78912345678');
  });

  it('keeps only A-Z a-z 0-9 _ . - ~ literal', () => {
    expect(encodeComponent("a-b_c.d~e!'()*")).toBe('a-b_c.d~e%21%27%28%29%2A');
    expect(encodeComponent('ü €')).toBe('%C3%BC+%E2%82%AC');
  });
});
