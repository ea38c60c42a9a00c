import { InvalidArgumentError } from '../errors.js';
import { compileReport } from './compile-report.js';
import type { WirePair } from '../wire/params.js';
import { suggestion } from '../util/closest.js';
import type { ReportConditional, ReportValue } from './report-nodes.js';
import { ReportFilterNode, ReportNode, ReportSortNode } from './report-nodes.js';
import { assertPositiveInteger } from './validate.js';
import { describeValue } from '../util/describe.js';

export interface RunOptions {
  readonly signal?: AbortSignal;
}

/** `Stat.clicks` → `Stat`. */
type Prefix<K extends string> = K extends `${infer A}.${string}` ? A : never;

/**
 * One report row, typed by the fields asked for: `fields('Stat.clicks', 'Offer.name')` gives
 * `{ Stat: { clicks: number }, Offer: { name: string | null } }`.
 */
export type ReportRow<T, K extends keyof T & string> = {
  readonly [A in Prefix<K>]: { readonly [Q in K as Q extends `${A}.${infer B}` ? B : never]: T[Q] };
};

/** The totals HasOffers adds with totals=1: the numeric fields asked for, summed. */
export type ReportTotals<T, K extends keyof T & string> = {
  readonly [A in Prefix<K>]?: { readonly [Q in K as Q extends `${A}.${infer B}` ? (T[Q] extends number ? B : never) : never]?: T[Q] };
};

export interface ReportPage<T, K extends keyof T & string> {
  readonly rows: readonly ReportRow<T, K>[];
  /** Present when the report asked for `totals()`. */
  readonly totals?: ReportTotals<T, K>;
  readonly page: number;
  readonly pageCount: number;
  readonly count: number;
}

export interface ExportProgress {
  readonly rows: number;
  readonly bytes: number;
}

export interface ExportOptions extends RunOptions {
  readonly onProgress?: (progress: ExportProgress) => void;
}

/** What a report builder needs from the runtime: the report call, and the export call. */
export interface ReportExecutor {
  page(pairs: readonly WirePair[], options?: RunOptions): Promise<ReportPage<Record<string, never>, never>>;
  exportLink(pairs: readonly WirePair[], window: { readonly start: string; readonly end: string }, options?: RunOptions): Promise<string>;
  exportRows(pairs: readonly WirePair[], window: { readonly start: string; readonly end: string }, options?: ExportOptions): AsyncIterable<unknown>;
}

/** What a report method takes, from the table: its fields, groups and optional parameters. */
export interface ReportSchema {
  /** `Report.getStats`, for messages. */
  readonly name: string;
  readonly fields: ReadonlySet<string>;
  readonly numeric: ReadonlySet<string>;
  readonly dates: ReadonlySet<string>;
  /** The field a row's date is (`Stat.date`): a range on it is the report's date window. */
  readonly dateField?: string;
  readonly groups: ReadonlySet<string>;
  /** The method's optional parameters (`totals`, `currency`, `hour_offset`, `data_start`…). */
  readonly params: ReadonlySet<string>;
}

/** The conditions of one report field: `where('Stat.offer_id').in([1, 2])`. */
export interface ReportCondition<B> {
  eq(value: ReportValue): B;
  ne(value: ReportValue): B;
  lt(value: ReportValue): B;
  lte(value: ReportValue): B;
  gt(value: ReportValue): B;
  gte(value: ReportValue): B;
  in(values: readonly ReportValue[]): B;
  notIn(values: readonly ReportValue[]): B;
  /** Inclusive. On the report's date field it also sets data_start/data_end, as HasOffers needs. */
  between(from: ReportValue, to: ReportValue): B;
  /** `%` is the wildcard. */
  like(pattern: string): B;
  notLike(pattern: string): B;
  isNull(): B;
  notNull(): B;
}

/**
 * An immutable report query: every method returns a new builder. `T` maps each field to its type,
 * `G` is the report's allowed groups and `K` the fields asked for so far. Report filters are
 * ANDed; there is no `or()`.
 */
export interface ReportBuilder<T, G extends string, K extends keyof T & string = never> extends AsyncIterable<ReportRow<T, K>> {
  fields<N extends keyof T & string>(...names: N[]): ReportBuilder<T, G, K | N>;
  groupBy(...groups: G[]): ReportBuilder<T, G, K>;
  where(field: keyof T & string): ReportCondition<ReportBuilder<T, G, K>>;
  /** Sort keys must be among the fields (HasOffers ignores others): `sort('-Stat.clicks')`. */
  sort(...keys: (K | `-${K}`)[]): ReportBuilder<T, G, K>;
  totals(): ReportBuilder<T, G, K>;
  limit(limit: number): ReportBuilder<T, G, K>;
  hourOffset(hours: number): ReportBuilder<T, G, K>;
  currency(code: string): ReportBuilder<T, G, K>;
  /** The [key, value] pairs that would be sent, without credentials. */
  toParams(): WirePair[];
  page(page?: number, options?: RunOptions): Promise<ReportPage<T, K>>;
  /** Every row of every page. */
  all(options?: RunOptions): Promise<ReportRow<T, K>[]>;
  /** DownloadReport.getDownloadReportLink for this report: a link to its CSV (needs a date window). */
  exportLink(options?: RunOptions): Promise<string>;
  /** The exported CSV, downloaded and parsed row by row (values as in the CSV), with progress. */
  exportRows(options?: ExportOptions): AsyncIterable<Readonly<Record<string, string>>>;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` naming a day that exists (not 2026-02-31). */
function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isValue(value: unknown): value is ReportValue {
  return (typeof value === 'string' && value.length > 0) || (typeof value === 'number' && Number.isFinite(value));
}

class Builder {
  readonly #node: ReportNode;
  readonly #schema: ReportSchema;
  readonly #executor: ReportExecutor;

  constructor(node: ReportNode, schema: ReportSchema, executor: ReportExecutor) {
    this.#node = node;
    this.#schema = schema;
    this.#executor = executor;
    Object.freeze(this);
  }

  #with(props: Partial<Omit<ReportNode, 'kind'>>): Builder {
    return new Builder(ReportNode.cloneWith(this.#node, props), this.#schema, this.#executor);
  }

  #field(argument: string, name: unknown): string {
    if (typeof name !== 'string' || !this.#schema.fields.has(name)) {
      throw new InvalidArgumentError(argument, `${describeValue(name)} is not a field of ${this.#schema.name}.${typeof name === 'string' ? suggestion(name, this.#schema.fields) : ''}`);
    }
    return name;
  }

  #needs(param: string, what: string): void {
    if (!this.#schema.params.has(param)) throw new InvalidArgumentError(what, `${this.#schema.name} takes no ${param}.`);
  }

  fields(...names: unknown[]): Builder {
    if (!names.length) throw new InvalidArgumentError('fields()', `name at least one field, e.g. fields('Stat.clicks').`);
    const fields = [...this.#node.fields];
    for (const name of names) {
      const field = this.#field('fields()', name);
      if (!fields.includes(field)) fields.push(field);
    }
    return this.#with({ fields: Object.freeze(fields) });
  }

  groupBy(...groups: unknown[]): Builder {
    const out = [...this.#node.groups];
    for (const group of groups) {
      if (typeof group !== 'string' || !this.#schema.groups.has(group)) {
        throw new InvalidArgumentError('groupBy()', `${describeValue(group)} is not a group of ${this.#schema.name}.${typeof group === 'string' ? suggestion(group, this.#schema.groups) : ''}`);
      }
      if (!out.includes(group)) out.push(group);
    }
    return this.#with({ groups: Object.freeze(out) });
  }

  where(name: unknown): ReportCondition<Builder> {
    const field = this.#field('where()', name);
    const argument = `where('${field}')`;
    const add = (conditional: ReportConditional, values: readonly unknown[]): Builder => {
      for (const value of values) {
        if (!isValue(value)) throw new InvalidArgumentError(argument, `expected a non-empty string or a finite number, got ${describeValue(value)}.`);
        if (this.#schema.dates.has(field) && conditional !== 'LIKE' && conditional !== 'NOT_LIKE' && !isCalendarDate(String(value))) throw new InvalidArgumentError(argument, `${field} takes dates as YYYY-MM-DD (a real day), got ${describeValue(value)}.`);
        if (this.#schema.numeric.has(field) && !/^-?\d+(\.\d+)?$/.test(String(value)) && conditional !== 'LIKE' && conditional !== 'NOT_LIKE') {
          throw new InvalidArgumentError(argument, `${field} is a number, got ${describeValue(value)}.`);
        }
      }
      if (this.#node.filters.some((filter) => filter.field === field)) {
        throw new InvalidArgumentError(argument, `${field} is filtered already; HasOffers keeps one condition per field (use between() for a range, in() for several values).`);
      }
      const filter = ReportFilterNode.create(field, conditional, values as ReportValue[]);
      const filters = Object.freeze([...this.#node.filters, filter]);
      // data_start/data_end do not filter by themselves: they go with a BETWEEN (or one day's
      // EQUAL_TO) on the report's own date field, when the method takes them; an export takes the
      // same range as its start_date/end_date.
      if (field === this.#schema.dateField && (conditional === 'BETWEEN' || (conditional === 'EQUAL_TO' && values.length === 1))) {
        const start = String(values[0]);
        const end = String(values[values.length - 1]);
        return this.#with({ filters, window: Object.freeze({ start, end }), ...(this.#schema.params.has('data_start') ? { dataStart: start, dataEnd: end } : {}) });
      }
      return this.#with({ filters });
    };
    const list = (conditional: ReportConditional, values: unknown): Builder => {
      if (!Array.isArray(values) || values.length === 0) throw new InvalidArgumentError(argument, `takes a non-empty array, got ${describeValue(values)}.`);
      return add(conditional, values);
    };
    return {
      eq: (value) => add('EQUAL_TO', [value]),
      ne: (value) => add('NOT_EQUAL_TO', [value]),
      lt: (value) => add('LESS_THAN', [value]),
      lte: (value) => add('LESS_THAN_OR_EQUAL_TO', [value]),
      gt: (value) => add('GREATER_THAN', [value]),
      gte: (value) => add('GREATER_THAN_OR_EQUAL_TO', [value]),
      in: (values) => list('EQUAL_TO', values),
      notIn: (values) => list('NOT_EQUAL_TO', values),
      between: (...values: unknown[]) => {
        if (values.length !== 2 || values.some((value) => value === undefined)) throw new InvalidArgumentError(argument, `between() takes exactly two values (from, to), got ${values.length}.`);
        const [from, to] = values as [unknown, unknown];
        const backwards = this.#schema.numeric.has(field) ? Number(from) > Number(to) : String(from) > String(to);
        if ((this.#schema.dates.has(field) || this.#schema.numeric.has(field)) && backwards) throw new InvalidArgumentError(argument, `between(${JSON.stringify(from)}, ${JSON.stringify(to)}) ends before it starts.`);
        return add('BETWEEN', values);
      },
      like: (pattern) => add('LIKE', [pattern]),
      notLike: (pattern) => add('NOT_LIKE', [pattern]),
      isNull: () => add('NULL', []),
      notNull: () => add('NOT_NULL', []),
    };
  }

  sort(...keys: unknown[]): Builder {
    const sort = [...this.#node.sort];
    for (const key of keys) {
      if (typeof key !== 'string' || !key) throw new InvalidArgumentError('sort()', `expected a field like '-Stat.clicks', got ${describeValue(key)}.`);
      const node = ReportSortNode.parse(key);
      this.#field('sort()', node.field);
      if (sort.some((existing) => existing.field === node.field)) throw new InvalidArgumentError('sort()', `${node.field} is sorted already; HasOffers takes one direction per field.`);
      sort.push(node);
    }
    return this.#with({ sort: Object.freeze(sort) });
  }

  totals(): Builder {
    this.#needs('totals', 'totals()');
    return this.#with({ totals: true });
  }

  limit(limit: unknown): Builder {
    assertPositiveInteger('limit()', limit);
    return this.#with({ limit });
  }

  hourOffset(hours: unknown): Builder {
    this.#needs('hour_offset', 'hourOffset()');
    if (typeof hours !== 'number' || !Number.isSafeInteger(hours) || hours < -23 || hours > 23) throw new InvalidArgumentError('hourOffset()', `expected whole hours between -23 and 23, got ${describeValue(hours)}.`);
    return this.#with({ hourOffset: hours });
  }

  currency(code: unknown): Builder {
    this.#needs('currency', 'currency()');
    if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) throw new InvalidArgumentError('currency()', `expected a three-letter currency code like 'EUR', got ${describeValue(code)}.`);
    return this.#with({ currency: code });
  }

  /** Checks that only a whole report can be sent, then compiles it. */
  #pairs(node: ReportNode = this.#node): WirePair[] {
    if (!node.fields.length) throw new InvalidArgumentError('fields()', `${this.#schema.name} needs fields: call fields('Stat.clicks', …) first.`);
    for (const sort of node.sort) {
      if (!node.fields.includes(sort.field)) throw new InvalidArgumentError('sort()', `${sort.field} is not among the fields asked for; HasOffers ignores such a sort. Add it to fields() or sort on one of ${node.fields.join(', ')}.`);
    }
    return compileReport(node);
  }

  toParams(): WirePair[] {
    return this.#pairs();
  }

  page(page: unknown = 1, options?: RunOptions): Promise<ReportPage<Record<string, never>, never>> {
    try {
      assertPositiveInteger('page()', page);
      return this.#executor.page(this.#pairs(ReportNode.cloneWith(this.#node, { page })), options);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async all(options?: RunOptions): Promise<unknown[]> {
    const rows: unknown[] = [];
    for await (const row of this.#rows(options)) rows.push(row);
    return rows;
  }

  async *#rows(options?: RunOptions): AsyncGenerator<unknown> {
    let page = 1;
    for (;;) {
      const result = await this.page(page, options);
      // A server that answers another page than the one asked for ignored `page`: its rows are
      // the ones already seen, and following pageCount would fetch them again and again.
      if (page > 1 && result.page !== page) return;
      yield* result.rows;
      if (page >= result.pageCount || result.rows.length === 0) return;
      page++;
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<unknown> {
    return this.#rows()[Symbol.asyncIterator]();
  }

  #window(what: string): { start: string; end: string } {
    const { window } = this.#node;
    if (!window) throw new InvalidArgumentError(what, `an export needs a date window: where('${this.#schema.dateField ?? 'Stat.date'}').between('YYYY-MM-DD', 'YYYY-MM-DD').`);
    return window;
  }

  exportLink(options?: RunOptions): Promise<string> {
    try {
      return this.#executor.exportLink(this.#pairs(), this.#window('exportLink()'), options);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  exportRows(options?: ExportOptions): AsyncIterable<unknown> {
    // Checked now, before anything is iterated or sent.
    const pairs = this.#pairs();
    return this.#executor.exportRows(pairs, this.#window('exportRows()'), options);
  }
}

/** A new report builder over one report method. */
export function createReportBuilder<T, G extends string>(schema: ReportSchema, executor: ReportExecutor): ReportBuilder<T, G> {
  return new Builder(ReportNode.create(), schema, executor) as unknown as ReportBuilder<T, G>;
}
