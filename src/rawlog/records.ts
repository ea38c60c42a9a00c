/**
 * Records: one object per CSV row, keyed by the file's own header, with pyoffers' `toString()`.
 */
import type {
  ClickColumn,
  ConversionColumn,
  DatetimeColumn,
  ImpressionColumn,
  NumericColumn,
} from './columns.js';
import { DATETIME_COLUMNS, NUMERIC_COLUMNS } from './columns.js';
import { RawLogFormatError } from './errors.js';

export type LogType = 'clicks' | 'conversions' | 'impressions';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Prototype of every record. Fields are own enumerable properties, so `Object.keys(record)` is
 * the CSV header and `JSON.stringify(record)` the row; the methods live on the prototype.
 *
 * The CSV header is data from the server, and a column may be named like behaviour (`toString`,
 * `constructor`, `hasOwnProperty`, `valueOf`, `toJSON`, `__proto__`): such a column is an own
 * field like any other (`record['toString']` is its value), and what records do never goes
 * through a name a column can take. `String(record)` and template literals use
 * `Symbol.toPrimitive`, `util.inspect` its symbol, JSON.stringify ignores a `toJSON` that is not a
 * function; `record.toString()` is pyoffers' display unless the file has a `toString` column, so
 * prefer `String(record)`, and `Object.hasOwn(record, name)` over `record.hasOwnProperty(name)`.
 */
export class LogRecordBase {
  toString(): string {
    return display(this);
  }

  [Symbol.toPrimitive](): string {
    return display(this);
  }

  [INSPECT](): string {
    return `<${display(this)}>`;
  }
}

/** pyoffers' `LogRecord: <offer_id> (<transaction_id>)`, read as own fields only. */
function display(record: LogRecordBase): string {
  const self = record as unknown as Record<string, unknown>;
  const field = (name: string): unknown => (Object.hasOwn(self, name) ? self[name] : undefined);
  return `LogRecord: ${show(field('offer_id'))} (${show(field('transaction_id'))})`;
}

function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return value === null || value === undefined ? '' : String(value);
}

type ValueOf<C extends string, Coerced extends boolean> = Coerced extends false
  ? string
  : C extends NumericColumn
    ? number | null
    : C extends DatetimeColumn
      ? Date | null
      : string;

/** A row with the named columns typed, plus whatever other columns the file's header has. */
export type TypedRow<C extends string, Coerced extends boolean> = { readonly [K in C]: ValueOf<K, Coerced> } & {
  readonly [column: string]: string | (Coerced extends true ? number | Date | null : never);
};

export type LogRecord<Row = Record<string, string>> = LogRecordBase & Row;

export type ClickLogRecord = LogRecord<TypedRow<ClickColumn, false>>;
export type ConversionLogRecord = LogRecord<TypedRow<ConversionColumn, false>>;
export type ImpressionLogRecord = LogRecord<TypedRow<ImpressionColumn, false>>;
export type CoercedClickLogRecord = LogRecord<TypedRow<ClickColumn, true>>;
export type CoercedConversionLogRecord = LogRecord<TypedRow<ConversionColumn, true>>;
export type CoercedImpressionLogRecord = LogRecord<TypedRow<ImpressionColumn, true>>;

/** The record type of a log type, with or without `coerce`. */
export type RecordOf<T extends LogType | undefined, Coerced extends boolean = false> = T extends 'clicks'
  ? Coerced extends true
    ? CoercedClickLogRecord
    : ClickLogRecord
  : T extends 'conversions'
    ? Coerced extends true
      ? CoercedConversionLogRecord
      : ConversionLogRecord
    : T extends 'impressions'
      ? Coerced extends true
        ? CoercedImpressionLogRecord
        : ImpressionLogRecord
      : LogRecord<Record<string, Coerced extends true ? string | number | Date | null : string>>;

export interface RecordFactoryOptions {
  readonly coerce?: boolean;
  /**
   * HasOffers writes `datetime` in the network's time zone without an offset. With `coerce`, the
   * text is read as UTC and then shifted by this many minutes east of UTC (e.g. 180 for UTC+3).
   */
  readonly utcOffsetMinutes?: number;
  readonly fileName?: string;
}

/** Builds one record of a file from its fields; `R` is the record type its caller's log type stands for. */
export type RecordBuilder<R extends LogRecordBase = LogRecordBase> = (fields: readonly string[], count: number) => R;

type NumFn = (v: string) => number | null;
type DateFn = (v: string) => Date | null;

const NUMERIC = new Set<string>(NUMERIC_COLUMNS);
const DATETIME = new Set<string>(DATETIME_COLUMNS);
const SAFE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Builds the record constructor for one header. The constructor is generated so that every record
 * of a file shares one hidden class with its fields in-object: filling 57 properties by a computed
 * key in a loop is several times slower in V8. Header names are embedded only as JSON string
 * literals (`this["name"] = …`), never as code; `__proto__` and non-identifier names fall back to
 * `Object.defineProperty` so a hostile header cannot change the prototype.
 */
export function recordBuilder<R extends LogRecordBase = LogRecordBase>(header: readonly string[], options: RecordFactoryOptions = {}): RecordBuilder<R> {
  const fileName = options.fileName ?? '<csv>';
  const width = header.length;
  const coerce = options.coerce === true;
  const offsetMs = (options.utcOffsetMinutes ?? 0) * 60_000;
  const kinds = header.map((name) => (!coerce ? 0 : NUMERIC.has(name) ? 1 : DATETIME.has(name) ? 2 : 0));
  const plain = header.every((name) => SAFE_KEY.test(name) && name !== '__proto__') && new Set(header).size === width;

  let make: (f: readonly string[], num: NumFn, date: DateFn) => LogRecordBase;
  if (plain) {
    const body = header
      .map((name, i) => {
        const v = `f[${i}]`;
        const expr = kinds[i] === 1 ? `num(${v})` : kinds[i] === 2 ? `date(${v})` : v;
        return `this[${JSON.stringify(name)}] = ${expr};`;
      })
      .join('\n');
    const Ctor = new Function('f', 'num', 'date', body) as unknown as new (
      f: readonly string[],
      num: NumFn,
      date: DateFn,
    ) => LogRecordBase;
    Ctor.prototype = Object.create(LogRecordBase.prototype) as object;
    make = (f, num, date) => new Ctor(f, num, date);
  } else {
    make = (f, num, date) => {
      const rec = Object.create(LogRecordBase.prototype) as Record<string, unknown>;
      for (let i = 0; i < width; i++) {
        const v = f[i]!;
        Object.defineProperty(rec, header[i]!, {
          value: kinds[i] === 1 ? num(v) : kinds[i] === 2 ? date(v) : v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return rec as unknown as LogRecordBase;
    };
  }

  let row = 1;
  const num = (v: string): number | null => toNumber(v, fileName, row);
  const date = (v: string): Date | null => toDate(v, offsetMs, fileName, row);
  return (fields, count) => {
    row++;
    if (count !== width) {
      throw new RawLogFormatError(fileName, `row ${row} has ${count} fields, the header has ${width}`);
    }
    // The header decides the keys; which record type they make is the caller's word (its log type).
    return make(fields, num, date) as R;
  };
}

/** Decimal numbers only: `Number()` alone would also take ' ' (0), '0x1A' (26) and 'Infinity'. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function toNumber(v: string, fileName: string, row: number): number | null {
  if (v === '') return null;
  if (!DECIMAL.test(v)) throw new RawLogFormatError(fileName, `row ${row}: ${JSON.stringify(v)} is not a number`);
  return Number(v);
}

/** `YYYY-MM-DD HH:MM:SS` (what HasOffers writes) or anything `Date` parses; '' is null, the rest an error. */
function toDate(v: string, offsetMs: number, fileName: string, row: number): Date | null {
  if (v === '') return null;
  if (v.length === 19 && v.charCodeAt(10) === 32) {
    const t = Date.UTC(
      +v.slice(0, 4),
      +v.slice(5, 7) - 1,
      +v.slice(8, 10),
      +v.slice(11, 13),
      +v.slice(14, 16),
      +v.slice(17, 19),
    );
    if (!Number.isNaN(t)) return new Date(t - offsetMs);
  }
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new RawLogFormatError(fileName, `row ${row}: ${JSON.stringify(v)} is not a date and time`);
  return d;
}
