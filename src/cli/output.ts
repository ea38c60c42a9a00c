/**
 * How the CLI prints results: a readable table (the default), JSON or CSV for scripts. Models are
 * shown with their fields as HasOffers sent them plus contained relations under their property
 * names (`country`, `advertiser`).
 */
import { csvField } from '../util/csv-field.js';
import { Model } from '../runtime/model.js';
import { escapeJsonControls, forTerminal } from './terminal.js';

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

/**
 * A model's fields (as HasOffers sent them), then its contained relations by property name. The
 * prototype's `toJSON` is called, not the instance's: a field named `toJSON` is data. Entries go
 * into a fresh object by definition, so a field named `__proto__` stays a field.
 */
function modelEntries(model: Model): [string, unknown][] {
  const fields = Model.prototype.toJSON.call(model) as Record<string, unknown>;
  const entries = Object.entries(fields);
  for (const key of Object.keys(model)) {
    if (!Object.hasOwn(fields, key)) entries.push([key, (model as unknown as Record<string, unknown>)[key]]);
  }
  return entries;
}

/** A model as plain JSON: its fields, then contained relations by property name. */
export function toPlain(value: unknown): unknown {
  if (isModel(value)) return Object.fromEntries(modelEntries(value).map(([key, item]) => [key, toPlain(item)]));
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
  if (isModel(value)) return Object.fromEntries(modelEntries(value)) as Record<string, unknown>;
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

/**
 * Table cells and headers are one line: newlines and tabs would break the grid (a space each), and
 * every other control character is shown as `\xNN` (see terminal.ts).
 */
function oneLine(text: string): string {
  return forTerminal(text.replace(/[\r\n\t]+/g, ' '));
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
  const headers = columns.map(oneLine);
  const widths = headers.map((header, index) => {
    const longest = Math.max(header.length, ...cells.map((line) => line[index]!.length));
    return options.wide ? longest : Math.min(longest, Math.max(MAX_CELL, header.length));
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
    headers.slice(0, shown).map((header, index) => pad(header, index)).join('  '),
    widths.slice(0, shown).map((width) => '-'.repeat(width)).join('  '),
    ...cells.map((line) => line.slice(0, shown).map((cell, index) => pad(cell, index)).join('  ')),
  ].map((line) => line.trimEnd());
  const hidden = columns.length - shown;
  const notes = [`${rows.length} row${rows.length === 1 ? '' : 's'}`];
  if (hidden > 0) notes.push(`${hidden} more column${hidden === 1 ? '' : 's'} not shown (${headers.slice(shown, shown + 3).join(', ')}${hidden > 3 ? ', …' : ''}): use --fields, --wide or --json`);
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
  const labels = keys.map(oneLine);
  const keyWidth = Math.max(...labels.map((label) => label.length));
  const valueWidth = Math.max(20, options.width - keyWidth - 2);
  const lines = keys.map((key, index) => {
    const text = oneLine(cellText(row[key]));
    return `${labels[index]!.padEnd(keyWidth)}  ${options.wide ? text : truncate(text, valueWidth)}`.trimEnd();
  });
  return note ? { text: `${lines.join('\n')}\n`, note } : { text: `${lines.join('\n')}\n` };
}

export interface CsvOptions {
  /** Write cells exactly as they are (`--raw-cells`), formulas included: for programs, not spreadsheets. */
  readonly rawCells?: boolean;
}

/** A negative decimal number: a spreadsheet reads it as that number, so it stays as it is. */
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/**
 * Whether a spreadsheet would take the cell for a formula: it starts with `=`, `+`, `-`, `@`, a tab
 * or a CR (OWASP's list). Click-log fields are set by whoever clicks a tracking link, so an export
 * opened in Excel or LibreOffice could run their `=HYPERLINK(…)` or `=cmd|…`. A negative number
 * such as `-1.5` (a refund's payout) is no formula and is kept, so numeric columns stay numeric;
 * `+1` is neutralised (HasOffers writes no plus signs, and `+1+1` is a formula).
 */
function isFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  // = + - @ TAB CR
  if (first !== 61 && first !== 43 && first !== 45 && first !== 64 && first !== 9 && first !== 13) return false;
  return !(first === 45 && NEGATIVE_NUMBER.test(text));
}

/**
 * One CSV cell: a formula gets a leading `'` (spreadsheets show the text, and hide the quote),
 * then RFC 4180 quoting where a comma, quote, CR, LF or tab, or surrounding space, needs it.
 */
export function csvCell(text: string, options: CsvOptions = {}): string {
  return csvField(options.rawCells !== true && isFormula(text) ? `'${text}` : text);
}

/** One CSV line of cells, CRLF-terminated. */
export function csvLine(cells: readonly string[], options: CsvOptions = {}): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i ? ',' : '') + csvCell(cells[i]!, options);
  return `${line}\r\n`;
}

/** RFC 4180 CSV: a header of every column, then one line per row, nothing truncated (formulas neutralised, see csvCell). */
export function renderCsv(items: readonly unknown[], columns?: readonly string[], options: CsvOptions = {}): string {
  const rows = items.map(recordOf);
  const all = allColumns(rows);
  const header = columns && columns.length ? [...columns, ...all.filter((column) => !columns.includes(column))] : all;
  return [csvLine(header, options), ...rows.map((row) => csvLine(header.map((column) => cellText(row[column])), options))].join('');
}

/** JSON of the data; DEL and C1 controls are written as `\u` escapes (the same JSON value) so that none reaches a terminal raw. */
export function renderJson(value: unknown): string {
  return `${escapeJsonControls(JSON.stringify(toPlain(value), null, 2))}\n`;
}

/** Scalars one per line (ids, a list of strings), each made one safe line. */
export function renderLines(items: readonly unknown[]): string {
  return items.length ? `${items.map((item) => oneLine(cellText(item))).join('\n')}\n` : '';
}

/** A result of unknown shape (from `call`): tables for model lists, plain text for scalars, else JSON. */
export function renderAny(value: unknown, format: Format, options: TableOptions, csv: CsvOptions = {}): Rendered {
  if (format === 'json') return { text: renderJson(value) };
  const list = Array.isArray(value) ? value : undefined;
  if (format === 'csv') {
    if (list) return { text: renderCsv(list.map((item) => (isModel(item) || (item !== null && typeof item === 'object') ? item : { value: item })), undefined, csv) };
    if (isModel(value)) return { text: renderCsv([value], undefined, csv) };
    if (value !== null && typeof value === 'object') return { text: renderCsv([value], undefined, csv) };
    return { text: renderCsv([{ value }], undefined, csv) };
  }
  if (list && list.length > 0 && list.every(isModel)) return renderTable(list, options);
  if (list && list.length > 0 && list.every((item) => typeof item !== 'object' || item === null)) return { text: renderLines(list) };
  if (list && list.length === 0) return { text: '', note: '0 rows' };
  if (isModel(value)) return renderRecord(value, options);
  if (value === null || typeof value !== 'object') return { text: `${forTerminal(cellText(value))}\n` };
  return { text: renderJson(value) };
}
