import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvParser, utf8Boundary } from '../../src/rawlog/csv.js';
import { RawLogFormatError } from '../../src/rawlog/errors.js';

/** Parses `text` fed in the given chunk sizes (cycled), returning the rows. */
function parse(text: string | Uint8Array, sizes: readonly number[] = [1 << 20]): string[][] {
  const rows: string[][] = [];
  const p = new CsvParser((f, n) => rows.push(f.slice(0, n)));
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  let i = 0;
  let k = 0;
  while (i < bytes.length) {
    const size = Math.max(1, sizes[k++ % sizes.length]!);
    p.push(bytes.subarray(i, i + size));
    i += size;
  }
  p.end();
  return rows;
}

/** Every way of cutting `text` in two, plus byte-by-byte. */
function everySplit(text: string): string[][][] {
  const bytes = Buffer.from(text);
  const out = [parse(bytes, [1])];
  for (let cut = 1; cut < bytes.length; cut++) out.push(parse(bytes, [cut, 1 << 20]));
  return out;
}

describe('CsvParser', () => {
  it('splits plain and quoted fields', () => {
    expect(parse('a,b,c\n1,"x",3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x', '3'],
    ]);
  });

  it('keeps commas, newlines and doubled quotes inside quotes', () => {
    const text = 'a,b\n"x,y","line1\nline2"\n"say ""hi""",""""\n';
    const expected = [
      ['a', 'b'],
      ['x,y', 'line1\nline2'],
      ['say "hi"', '"'],
    ];
    expect(parse(text)).toEqual(expected);
    for (const rows of everySplit(text)) expect(rows).toEqual(expected);
  });

  it('handles CRLF, a CRLF cut by a chunk boundary, and a missing trailing newline', () => {
    const text = 'a,b\r\n1,2\r\n"3","4"';
    const expected = [
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ];
    for (const rows of everySplit(text)) expect(rows).toEqual(expected);
  });

  it('drops a UTF-8 BOM and keeps multi-byte characters cut by chunk boundaries', () => {
    const text = '\uFEFFname,city\n"Zoë","Москва"\n"日本",東京\n';
    const expected = [
      ['name', 'city'],
      ['Zoë', 'Москва'],
      ['日本', '東京'],
    ];
    for (const rows of everySplit(text)) expect(rows).toEqual(expected);
  });

  it('returns only the header for a header-only file, with or without newline', () => {
    expect(parse('a,b,c\n')).toEqual([['a', 'b', 'c']]);
    expect(parse('a,b,c')).toEqual([['a', 'b', 'c']]);
    expect(parse('')).toEqual([]);
  });

  it('skips blank lines like csv.DictReader, keeps empty fields', () => {
    expect(parse('a,b\n\n1,\n,2\n\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
    ]);
  });

  it('throws on an unterminated quote at the end', () => {
    expect(() => parse('a,b\n"open,1\n')).toThrow(RawLogFormatError);
  });

  it('refuses a row over maxRowBytes instead of buffering the file', () => {
    const p = new CsvParser(() => {}, { maxRowBytes: 1000, fileName: 'f.zip' });
    p.push(Buffer.from('a\n"'));
    expect(() => {
      for (let i = 0; i < 10; i++) p.push(Buffer.from('x'.repeat(500)));
    }).toThrow(/f\.zip.*longer than 1000 bytes/);
  });

  it('parses a quoted field spanning many chunks', () => {
    const big = 'y'.repeat(300_000);
    const rows = parse(`a,b\n"${big}",2\n`, [4096]);
    expect(rows[1]).toEqual([big, '2']);
  });

  it('finishes rows cut by the boundary of large chunks (in place and joined paths) like papaparse', () => {
    // Chunks above 8 KiB take the path that finishes the cut row from a small joined string;
    // the long rows here (a 20 KiB quoted field) take the fallback that joins everything.
    const unit = fc.constantFrom('a', ',', '"', '\n', '\r\n', '\r', 'é', ' ', '😀');
    const field = fc.oneof(
      fc.stringMatching(/^[a-z0-9 .:/?=&-]{0,40}$/),
      fc.string({ unit, maxLength: 60 }).map((s) => `"${s.replace(/"/g, '""')}"`),
      fc.constant(`"${'q,'.repeat(10_000)}"`),
    );
    const rows = fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 50, maxLength: 400 });
    fc.assert(
      fc.property(rows, fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (table, sizes, eol) => {
        const text = table.map((r) => r.join(',')).join(eol) + eol;
        const ref = Papa.parse<string[]>(text, { skipEmptyLines: true });
        expect(ref.errors).toEqual([]);
        expect(parse(text, sizes)).toEqual(ref.data);
      }),
      { numRuns: 40 },
    );
  });

  it('utf8Boundary never cuts a character', () => {
    const b = Buffer.from('aé日😀');
    const cuts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => utf8Boundary(b.subarray(0, n)));
    expect(cuts).toEqual([1, 1, 3, 3, 3, 6, 6, 6, 6, 10]);
  });

  // papaparse is the reference: the hand-written fast path must agree with it on any CSV,
  // however the bytes are cut into chunks.
  it('agrees with papaparse on generated CSV cut into random chunks', () => {
    const field = fc.oneof(
      fc.stringMatching(/^[a-z0-9 .:/?=&-]{0,12}$/),
      fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', 'é', ' ', '😀'), maxLength: 10 }).map((s) => `"${s.replace(/"/g, '""')}"`),
    );
    const width = 4;
    const csv = fc
      .array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 })
      .map((rows) => rows.map((r) => r.join(',')).join('\n'))
      .filter((text) => !text.split('\n').some((line) => line === ''));
    fc.assert(
      fc.property(csv, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }), fc.boolean(), (text, sizes, trailing) => {
        const full = trailing ? text + '\n' : text;
        const ref = Papa.parse<string[]>(full, { skipEmptyLines: true });
        expect(ref.errors).toEqual([]);
        expect(parse(full, sizes)).toEqual(ref.data);
      }),
      { numRuns: 300 },
    );
  });
});
