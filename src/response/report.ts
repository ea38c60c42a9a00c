/**
 * Decoding a report answer: `{ page, current, count, pageCount, data: [{ Stat: {…}, Offer: {…} }],
 * totals: { Stat: {…} } }` with every value a string. Numeric fields become numbers (negative
 * adjustments included); a numeric field that is not a number is an error, never NaN.
 */
import { InvalidResponseError } from '../errors.js';
import { isPlainObject } from '../util/is-plain-object.js';

export interface DecodedReportPage {
  readonly rows: readonly Readonly<Record<string, Readonly<Record<string, unknown>>>>[];
  readonly totals?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly page: number;
  readonly pageCount: number;
  readonly count: number;
}

const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

function excerpt(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 200) ?? String(value);
}

/** One `{ Stat: {…}, Offer: {…} }` object, values converted by the report's numeric fields. */
function convert(raw: unknown, numeric: ReadonlySet<string>, where: string): Readonly<Record<string, Readonly<Record<string, unknown>>>> {
  if (!isPlainObject(raw)) throw new InvalidResponseError(`${where}: a report row is not an object`, 200, excerpt(raw));
  const row: Record<string, Record<string, unknown>> = Object.create(null) as Record<string, Record<string, unknown>>;
  for (const [group, value] of Object.entries(raw)) {
    // PHP sends an empty group as [] (a row without its Offer join, totals with nothing to sum).
    const fields = Array.isArray(value) && value.length === 0 ? {} : value;
    if (!isPlainObject(fields)) throw new InvalidResponseError(`${where}: report row group "${group}" is not an object`, 200, excerpt(raw));
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [name, value] of Object.entries(fields)) {
      if (numeric.has(`${group}.${name}`)) {
        // An id of nothing stays null; a measure over nothing (SQL's NULL sum) is 0. Anything else
        // must be a finite number: never NaN or Infinity.
        const number = typeof value === 'number' ? value : typeof value === 'string' && NUMBER.test(value.trim()) ? Number(value) : Number.NaN;
        if (value === null) out[name] = name.endsWith('_id') ? null : 0;
        else if (Number.isFinite(number)) out[name] = number;
        else throw new InvalidResponseError(`${where}: ${group}.${name} should be a number, got ${excerpt(value)}`, 200, excerpt(raw));
      } else out[name] = value;
    }
    row[group] = Object.freeze(out);
  }
  return Object.freeze(row);
}

function count(value: unknown, fallback: number): number {
  const number = Number(value ?? fallback);
  return Number.isSafeInteger(number) && number >= 0 ? number : fallback;
}

export function decodeReportPage(data: unknown, numeric: ReadonlySet<string>, where: string): DecodedReportPage {
  if (Array.isArray(data) && data.length === 0) return { rows: [], page: 1, pageCount: 0, count: 0 };
  if (!isPlainObject(data)) throw new InvalidResponseError(`${where}: a report answer is not an object with data and paging`, 200, excerpt(data));
  const list = data.data;
  const items = Array.isArray(list) ? list : isPlainObject(list) ? Object.values(list) : list === undefined || list === null || list === '' ? [] : undefined;
  if (!items) throw new InvalidResponseError(`${where}: report data is neither a list nor an object`, 200, excerpt(list));
  const rows = items.map((item) => convert(item, numeric, where));
  const totals = data.totals === undefined || data.totals === null || (Array.isArray(data.totals) && data.totals.length === 0) ? undefined : convert(data.totals, numeric, `${where} (totals)`);
  return {
    rows,
    ...(totals ? { totals } : {}),
    page: count(data.page, 1),
    pageCount: count(data.pageCount, rows.length ? 1 : 0),
    count: count(data.count, rows.length),
  };
}
