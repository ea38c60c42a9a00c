/**
 * Incremental CSV parser for HasOffers raw logs (RFC 4180: `,` separator, `"` quoting with `""`
 * escapes, quoted fields may hold commas and newlines; CRLF, LF or a lone CR end a row).
 *
 * Why hand-written rather than papaparse: papaparse with `header: true` is no faster than
 * pyoffers, and HasOffers quotes nearly every string field, so a "no quotes on
 * this line" shortcut would rarely apply. This parser finds a quoted field's end with one native
 * `indexOf('"')` and only builds a new string when the field really holds a `""` escape, so the
 * common row costs one slice per field. papaparse stays in the project as the reference it is
 * checked against (tests/rawlog/csv.test.ts runs both on generated CSV cut at every boundary).
 *
 * Streaming contract: `push(bytes)` parses every complete row seen so far and keeps the
 * incomplete tail (a row cut by a chunk boundary, inside a quoted field, between CR and LF, or
 * inside a multi-byte UTF-8 character) for the next push; `end()` flushes the last row when the
 * file has no trailing newline.
 */
import { RawLogFormatError } from './errors.js';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export interface CsvParserOptions {
  /** Refuse rows longer than this many bytes (an unterminated quote would otherwise buffer the whole file). */
  readonly maxRowBytes?: number;
  /** Used in error messages. */
  readonly fileName?: string;
}

/** Called once per data row with the parser's reusable field buffer: copy what you keep. */
export type RowSink = (fields: readonly string[], count: number) => void;

export const DEFAULT_MAX_ROW_BYTES = 16 * 1024 * 1024;

const EMPTY = new Uint8Array(0);
/** Characters of a new chunk joined to the tail to finish the row cut by the boundary (rows are ~600 bytes). */
const BOUNDARY_TEXT = 8192;

/** Length of the longest prefix of `b` that does not end inside a UTF-8 sequence. */
export function utf8Boundary(b: Uint8Array): number {
  const n = b.length;
  // Look back at most 3 bytes for the lead byte of the last sequence.
  for (let k = 1; k <= 3 && k <= n; k++) {
    const byte = b[n - k]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    if (byte < 0x80) return n; // ASCII: complete
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return need > k ? n - k : n;
  }
  return n;
}

export class CsvParser {
  /** Before the first row: up to two bytes held back to recognise a BOM cut by a chunk boundary. */
  private head: Uint8Array = EMPTY;
  /** The last bytes of the previous chunk when they end inside a multi-byte UTF-8 sequence (at most 3). */
  private partial: Uint8Array = EMPTY;
  /** Text not yet parsed: the start of a row cut by a chunk boundary. */
  private tail = '';
  /** Text that arrived while a very long row was still incomplete (see `retryAt`). */
  private readonly queued: string[] = [];
  private queuedLength = 0;
  /** Characters the tail must reach before we try again (amortises very long rows). */
  private retryAt = 0;
  private readonly fields: string[] = [];
  private readonly maxRowBytes: number;
  private readonly fileName: string;
  private rowNumber = 0;
  private started = false;

  constructor(
    private readonly onRow: RowSink,
    options: CsvParserOptions = {},
  ) {
    this.maxRowBytes = options.maxRowBytes ?? DEFAULT_MAX_ROW_BYTES;
    this.fileName = options.fileName ?? '<csv>';
  }

  /** Rows emitted so far (the header included). */
  get rows(): number {
    return this.rowNumber;
  }

  /**
   * Parses every complete row of the UTF-8 bytes seen so far.
   *
   * Each chunk is decoded on its own and scanned as the flat string it is: scanning `tail +
   * chunk` as a V8 cons string is much slower than flat text, and re-joining the tail to the
   * chunk as bytes would copy every chunk once more before decoding. The
   * row cut by the boundary is finished from a small joined string (the tail plus the start of
   * the new text), and the rest of the chunk is parsed in place.
   */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (!this.started) {
      // The BOM itself may be cut by a chunk boundary: wait for three bytes before deciding.
      if (this.head.length + chunk.length < 3) {
        this.head = Buffer.concat([this.head, chunk]) as Uint8Array;
        return;
      }
      this.started = true;
      if (this.head.length > 0) {
        chunk = Buffer.concat([this.head, chunk]) as Uint8Array;
        this.head = EMPTY;
      }
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      if (chunk.length === 0) return;
    }
    // Only a chunk boundary inside a multi-byte character costs a copy (never for ASCII logs).
    const buf = this.partial.length > 0 ? (Buffer.concat([this.partial, chunk]) as Uint8Array) : chunk;
    const end = utf8Boundary(buf);
    this.partial = end === buf.length ? EMPTY : Uint8Array.prototype.slice.call(buf, end);
    if (end === 0) return;
    const text = Buffer.from(buf.buffer, buf.byteOffset, end).toString('utf8');
    if (this.tail.length === 0) {
      this.rest(text, 0);
      return;
    }
    if (this.tail.length + this.queuedLength + text.length < this.retryAt) {
      // A row longer than the chunks arriving: collect until the tail has doubled, so a huge
      // quoted field is rescanned O(log n) times instead of once per chunk.
      this.queued.push(text);
      this.queuedLength += text.length;
      return;
    }
    if (this.queued.length === 0 && text.length > BOUNDARY_TEXT) {
      // Finish the row cut by the boundary from a small joined string.
      const joined = [this.tail, text.slice(0, BOUNDARY_TEXT)].join('');
      const used = this.parse(joined, 0, false);
      if (used > 0) {
        // A row ended: the tail is consumed (`used` >= its length) and the rest of `text` is parsed in place.
        const from = used - this.tail.length;
        this.tail = '';
        this.rest(text, from);
        return;
      }
    }
    // A row longer than BOUNDARY_TEXT, or queued text: join everything (rare).
    const all = [this.tail, ...this.queued, text].join('');
    this.queued.length = 0;
    this.queuedLength = 0;
    this.rest(all, 0);
  }

  end(): void {
    if (!this.started && this.head.length > 0 && this.head[0] === 0xef && this.head[1] === 0xbb) this.head = EMPTY;
    const bytes = this.started ? this.partial : this.head;
    const all = [this.tail, ...this.queued, bytes.length > 0 ? Buffer.from(bytes).toString('utf8') : ''].join('');
    this.head = EMPTY;
    this.partial = EMPTY;
    this.tail = '';
    this.queued.length = 0;
    this.queuedLength = 0;
    if (all.length > 0) this.parse(all, 0, true);
  }

  /** Parses `s` from `from` and keeps what is left as the tail. */
  private rest(s: string, from: number): void {
    const used = this.parse(s, from, false);
    // A short tail is copied; a long one is a slice of `s`, which is dropped at the next push anyway.
    this.tail = used === s.length ? '' : s.slice(used);
    // The byte length is at least the length in UTF-16 units and at most three times it.
    if (this.tail.length * 3 > this.maxRowBytes && Buffer.byteLength(this.tail) > this.maxRowBytes) {
      throw new RawLogFormatError(
        this.fileName,
        `row ${this.rowNumber + 1} is longer than ${this.maxRowBytes} bytes (an unterminated quote?)`,
      );
    }
    this.retryAt = this.tail.length * 2;
  }

  /** Parses complete rows of `s`; returns the offset of the first character not consumed. */
  private parse(s: string, from: number, final: boolean): number {
    const n = s.length;
    const fields = this.fields;
    let p = from;
    rows: while (p < n) {
      const rowStart = p;
      let count = 0;
      for (;;) {
        let c = s.charCodeAt(p);
        if (c === QUOTE) {
          // `""` (an empty quoted field) is most of a HasOffers row: skip the indexOf call.
          if (s.charCodeAt(p + 1) === QUOTE && s.charCodeAt(p + 2) !== QUOTE && p + 2 < n) {
            fields[count++] = '';
            p += 2;
            c = s.charCodeAt(p);
            if (c === COMMA) {
              p++;
              if (p >= n && !final) return rowStart;
              continue;
            }
            if (c === LF) {
              p++;
              this.emit(count);
              continue rows;
            }
            p -= 2;
            count--;
          }
          let q = s.indexOf('"', p + 1);
          if (q < 0) {
            if (!final) return rowStart;
            throw new RawLogFormatError(this.fileName, `row ${this.rowNumber + 1} ends inside a quoted field`);
          }
          let value: string;
          if (s.charCodeAt(q + 1) !== QUOTE) {
            value = s.slice(p + 1, q);
          } else {
            // `""` escapes: rebuild the field piece by piece (rare in raw logs).
            value = '';
            let from = p + 1;
            for (;;) {
              if (q + 1 >= n && !final) return rowStart;
              if (s.charCodeAt(q + 1) === QUOTE) {
                value += s.slice(from, q + 1);
                from = q + 2;
                q = s.indexOf('"', from);
                if (q < 0) {
                  if (!final) return rowStart;
                  throw new RawLogFormatError(this.fileName, `row ${this.rowNumber + 1} ends inside a quoted field`);
                }
              } else {
                value += s.slice(from, q);
                break;
              }
            }
          }
          p = q + 1;
          c = s.charCodeAt(p);
          if (c !== COMMA && c !== LF && c !== CR && p < n) {
            // Text after a closing quote (`"ab"cd`): keep it, as Python's csv module does.
            let e = p;
            while (e < n) {
              c = s.charCodeAt(e);
              if (c === COMMA || c === LF || c === CR) break;
              e++;
            }
            value += s.slice(p, e);
            p = e;
          }
          fields[count++] = value;
        } else {
          let e = p;
          while (e < n) {
            c = s.charCodeAt(e);
            if (c === COMMA || c === LF || c === CR) break;
            e++;
          }
          fields[count++] = e > p ? s.slice(p, e) : '';
          p = e;
        }
        // p is at a separator, a row end, or the end of the text.
        if (p >= n) {
          if (!final) return rowStart;
          this.emit(count);
          return n;
        }
        c = s.charCodeAt(p);
        if (c === COMMA) {
          p++;
          if (p >= n && !final) return rowStart;
          continue;
        }
        if (c === CR) {
          if (p + 1 >= n && !final) return rowStart; // the LF may be in the next chunk
          p += s.charCodeAt(p + 1) === LF ? 2 : 1;
        } else {
          p++; // LF
        }
        this.emit(count);
        continue rows;
      }
    }
    return p;
  }

  private emit(count: number): void {
    // A blank line is one empty field: skip it, as csv.DictReader does.
    if (count === 1 && this.fields[0] === '') return;
    this.rowNumber++;
    this.onRow(this.fields, count);
  }
}

/**
 * A row sink that reads the first row as the header and hands every later row on as a record keyed
 * by it (a null-prototype object: a column named `__proto__` or `toString` is data).
 */
export function byHeader(onRecord: (record: Record<string, string>) => void): RowSink {
  let header: readonly string[] | undefined;
  return (fields) => {
    if (!header) {
      header = [...fields];
      return;
    }
    const record = Object.create(null) as Record<string, string>;
    header.forEach((name, index) => (record[name] = fields[index] ?? ''));
    onRecord(record);
  };
}
