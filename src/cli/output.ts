/**
 * How the CLI prints results: a readable table (the default), JSON or CSV for scripts. Models are
 * shown with their fields as HasOffers sent them plus contained relations under their property
 * names (`country`, `advertiser`).
 */
import { Model } from '../runtime/model.js';

export type Format = 'table' | 'json' | 'csv';

export interface TableOptions {
  /** Total width to fit the table into (terminal columns). */
  readonly width: number;
  /** Show every column, untruncated. */
  readonly wide: boolean;
  /** Columns to show, in this order (from --fields); otherwise chosen by priority. */
  readonly columns?: readonly string[];
  /** Columns shown first when choosing (id, the model's display field, status). */
  readonly priority?: readonly string[];
}

export interface Rendered {
  readonly text: string;
  /** A note for stderr (e.g. how many columns were left out), so stdout stays data. */
  readonly note?: string;
}

const MAX_CELL = 40;

function isModel(value: unknown): value is Model {
  return value instanceof Model;
}

/** A model as plain JSON: its fields, then contained relations by property name. */
export function toPlain(value: unknown): unknown {
  if (isModel(value)) {
    const fields = value.toJSON();
    const out: Record<string, unknown> = { ...fields };
    for (const key of Object.keys(value)) {
      if (!(key in fields)) out[key] = toPlain((value as unknown as Record<string, unknown>)[key]);
    }
    return out;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  }
  return value;
}

/** `Country: US` → `US`: the display value of a related model. */
function displayOf(model: Model): string {
  const text = model.toString();
  const prefix = `${model.modelName}: `;
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/** One cell's text (untruncated). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isModel(value)) return displayOf(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(toPlain(value));
  return String(value);
}

function recordOf(value: unknown): Record<string, unknown> {
  if (isModel(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = (value as unknown as Record<string, unknown>)[key];
    return out;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

/** Every key of every row, in first-seen order. */
function allColumns(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return max <= 1 ? text.slice(0, max) : `${text.slice(0, max - 1)}…`;
}

/** Table cells are one line: newlines and tabs would break the grid. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return text.replace(/[\r\n\t\u0000-\u001f\u007f]+/g, ' ');
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** A list of rows as an aligned, width-fitted table. */
export function renderTable(items: readonly unknown[], options: TableOptions): Rendered {
  if (items.length === 0) return { text: '', note: '0 rows' };
  const rows = items.map(recordOf);
  let columns: string[];
  let dropped = 0;
  if (options.columns && options.columns.length) {
    // --fields picks the order; contained relations follow.
    const extra = allColumns(rows).filter((column) => !options.columns!.includes(column));
    columns = [...options.columns, ...extra];
  } else {
    const all = allColumns(rows);
    const priority = (options.priority ?? []).filter((column) => all.includes(column));
    columns = [...new Set([...priority, ...all])];
    if (!options.wide) {
      // Columns that are empty in every row say nothing in a table; JSON/CSV keep them.
      const kept = columns.filter((column) => rows.some((row) => cellText(row[column]) !== ''));
      dropped = columns.length - kept.length;
      columns = kept;
    }
  }
  const cells = rows.map((row) => columns.map((column) => oneLine(cellText(row[column]))));
  const widths = columns.map((column, index) => {
    const longest = Math.max(column.length, ...cells.map((line) => line[index]!.length));
    return options.wide ? longest : Math.min(longest, Math.max(MAX_CELL, column.length));
  });
  // Fit to the terminal: keep columns in order while they fit; the first always shows.
  let shown = columns.length;
  if (!options.wide) {
    let used = 0;
    shown = 0;
    for (const width of widths) {
      const next = used + (shown ? 2 : 0) + width;
      if (shown > 0 && next > options.width) break;
      used = next;
      shown++;
    }
  }
  const right = columns.map((_, index) => cells.every((line) => line[index] === '' || NUMERIC.test(line[index]!)));
  const pad = (text: string, index: number) => {
    const cut = truncate(text, widths[index]!);
    return right[index] ? cut.padStart(widths[index]!) : cut.padEnd(widths[index]!);
  };
  const lines = [
    columns.slice(0, shown).map((column, index) => pad(column, index)).join('  '),
    widths.slice(0, shown).map((width) => '-'.repeat(width)).join('  '),
    ...cells.map((line) => line.slice(0, shown).map((cell, index) => pad(cell, index)).join('  ')),
  ].map((line) => line.trimEnd());
  const hidden = columns.length - shown;
  const notes = [`${rows.length} row${rows.length === 1 ? '' : 's'}`];
  if (hidden > 0) notes.push(`${hidden} more column${hidden === 1 ? '' : 's'} not shown (${columns.slice(shown, shown + 3).join(', ')}${hidden > 3 ? ', …' : ''}): use --fields, --wide or --json`);
  if (dropped > 0) notes.push(`${dropped} empty column${dropped === 1 ? '' : 's'} hidden`);
  return { text: `${lines.join('\n')}\n`, note: notes.join('; ') };
}

/** One record as `field  value` lines. */
export function renderRecord(item: unknown, options: TableOptions): Rendered {
  const row = recordOf(item);
  let keys = options.columns && options.columns.length ? [...new Set([...options.columns, ...Object.keys(row)])] : Object.keys(row);
  let note: string | undefined;
  if (!options.wide && !(options.columns && options.columns.length)) {
    // HasOffers sends every field, most of them empty: show the ones that say something.
    const kept = keys.filter((key) => cellText(row[key]) !== '');
    if (kept.length < keys.length) note = `${keys.length - kept.length} empty field${keys.length - kept.length === 1 ? '' : 's'} hidden (--wide shows them)`;
    if (kept.length) keys = kept;
  }
  const keyWidth = Math.max(...keys.map((key) => key.length));
  const valueWidth = Math.max(20, options.width - keyWidth - 2);
  const lines = keys.map((key) => {
    const text = oneLine(cellText(row[key]));
    return `${key.padEnd(keyWidth)}  ${options.wide ? text : truncate(text, valueWidth)}`.trimEnd();
  });
  return note ? { text: `${lines.join('\n')}\n`, note } : { text: `${lines.join('\n')}\n` };
}

function csvCell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header of every column, then one line per row, nothing truncated. */
export function renderCsv(items: readonly unknown[], columns?: readonly string[]): string {
  const rows = items.map(recordOf);
  const all = allColumns(rows);
  const header = columns && columns.length ? [...columns, ...all.filter((column) => !columns.includes(column))] : all;
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => header.map((column) => csvCell(cellText(row[column]))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function renderJson(value: unknown): string {
  return `${JSON.stringify(toPlain(value), null, 2)}\n`;
}

/** A result of unknown shape (from `call`): tables for model lists, plain text for scalars, else JSON. */
export function renderAny(value: unknown, format: Format, options: TableOptions): Rendered {
  if (format === 'json') return { text: renderJson(value) };
  const list = Array.isArray(value) ? value : undefined;
  if (format === 'csv') {
    if (list) return { text: renderCsv(list.map((item) => (isModel(item) || (item !== null && typeof item === 'object') ? item : { value: item }))) };
    if (isModel(value)) return { text: renderCsv([value]) };
    if (value !== null && typeof value === 'object') return { text: renderCsv([value]) };
    return { text: renderCsv([{ value }]) };
  }
  if (list && list.length > 0 && list.every(isModel)) return renderTable(list, options);
  if (list && list.length > 0 && list.every((item) => typeof item !== 'object' || item === null)) return { text: `${list.map(cellText).join('\n')}\n` };
  if (list && list.length === 0) return { text: '', note: '0 rows' };
  if (isModel(value)) return renderRecord(value, options);
  if (value === null || typeof value !== 'object') return { text: `${cellText(value)}\n` };
  return { text: renderJson(value) };
}
