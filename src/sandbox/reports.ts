/**
 * Reports computed from the sandbox's own data. Every stat comes from the raw logs the sandbox
 * serves (a pure function of the seed and the period), so a day's `Stat.clicks` is that day's
 * click records and `Stat.conversions`/`Stat.payout` its conversion records. Names (`Offer.name`,
 * `Affiliate.company`…) are joined from the live store, as HasOffers shows current names.
 *
 * getStats and getReferrals aggregate by the asked groups; getConversions lists conversion records
 * (aggregated when grouped); the other report methods answer from the data the sandbox has for
 * them (none: no referral programs, manager commissions, subscriptions or server logs are
 * seeded), in the same envelope.
 */
import { csvField } from '../util/csv-field.js';
import { randomBytes } from 'node:crypto';
import { byHeader, CsvParser } from '../rawlog/csv.js';
import { ApiFailure } from './errors.js';
import type { JsonValue } from './json.js';
import { isList, scalar, stringList } from './php-params.js';
import type { PhpArray, PhpValue } from './php-params.js';
import { compilePattern, newBudget } from './query.js';
import type { QueryContext } from './query.js';
import { buildLogCsv, dateDirs, logFiles } from './rawlog.js';
import type { SandboxLogType } from './rawlog.js';
import type { SandboxSchema } from './schema.js';

/** One raw-log record reduced to what reports read. */
interface Fact {
  readonly type: SandboxLogType;
  readonly record: Readonly<Record<string, string>>;
  readonly date: string;
  readonly hour: number;
}

const factsBySeed = new Map<number, readonly Fact[]>();

function parseCsv(text: string): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  const parser = new CsvParser(byHeader((row) => rows.push(row)));
  parser.push(new TextEncoder().encode(text));
  parser.end();
  return rows;
}

/** Every record of every log the sandbox serves, parsed once per seed. */
function facts(seed: number, schema: SandboxSchema): readonly Fact[] {
  const known = factsBySeed.get(seed);
  if (known) return known;
  const out: Fact[] = [];
  for (const type of ['clicks', 'conversions', 'impressions'] as const) {
    for (const dir of dateDirs()) {
      for (const file of logFiles(seed, type, dir.dirName)) {
        for (const record of parseCsv(buildLogCsv(seed, schema, type, file))) {
          const datetime = record.datetime ?? '';
          out.push({ type, record, date: datetime.slice(0, 10), hour: Number(datetime.slice(11, 13)) });
        }
      }
    }
  }
  if (factsBySeed.size >= 4) factsBySeed.delete(factsBySeed.keys().next().value as number);
  factsBySeed.set(seed, out);
  return out;
}

function isoWeek(date: string): number {
  const day = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
  const first = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  return 1 + Math.round((thursday.getTime() - first.getTime()) / 86_400_000 / 7 - (3 - ((first.getUTCDay() + 6) % 7)) / 7);
}

/** A dimension of a fact, by report field name (`Stat.offer_id`), or undefined when the sandbox has none. */
function dimension(ctx: QueryContext, fact: Fact, field: string): string | null | undefined {
  const r = fact.record;
  const name = (model: string, id: string | undefined, column: string) => {
    const row = id ? ctx.store.get(model, id) : undefined;
    const value = row?.[column];
    return value === undefined || value === null ? null : String(value);
  };
  switch (field) {
    case 'Stat.date':
      return fact.date;
    case 'Stat.datetime':
      return r.datetime ?? null;
    case 'Stat.session_datetime':
      return r.session_datetime ?? null;
    case 'Stat.session_date':
      return (r.session_datetime ?? '').slice(0, 10) || null;
    case 'Stat.hour':
      return String(fact.hour);
    case 'Stat.year':
      return fact.date.slice(0, 4);
    case 'Stat.month':
      return String(Number(fact.date.slice(5, 7)));
    case 'Stat.week':
      return String(isoWeek(fact.date));
    case 'Stat.id':
      return r.id ?? null;
    case 'Stat.source':
      return r.affiliate_source ?? null;
    case 'Stat.ip':
      return r.ip ?? null;
    case 'Stat.session_ip':
      return r.session_ip ?? null;
    case 'Stat.user_agent':
      return r.user_agent ?? null;
    case 'Stat.status':
      return r.status ?? null;
    case 'Stat.status_code':
      return r.status_code ?? null;
    case 'Stat.is_adjustment':
      return r.is_adjustment ?? '0';
    case 'Offer.name':
      return name('Offer', r.offer_id, 'name');
    case 'Offer.ref_id':
      return name('Offer', r.offer_id, 'ref_id');
    case 'Affiliate.company':
      return name('Affiliate', r.affiliate_id, 'company');
    case 'Advertiser.company':
      return name('Advertiser', r.advertiser_id, 'company');
    case 'Country.name':
      return ctx.store.all('Country').find((row) => row.code === r.country_code)?.name as string | undefined ?? null;
    default:
      break;
  }
  const info = /^Stat\.affiliate_info([1-5])$/.exec(field);
  if (info) return r[`affiliate_sub${info[1]}`] ?? null;
  const column = field.startsWith('Stat.') ? field.slice(5) : undefined;
  if (column && column in r && !/_cents$/.test(column)) return r[column] ?? null;
  return undefined;
}

const cents = (value: string | undefined) => (value ? Number(value) / 100 : 0);

/** The additive measures of a group of facts. */
interface Sums {
  clicks: number;
  uniqueClicks: number;
  impressions: number;
  conversions: number;
  approved: number;
  pending: number;
  rejected: number;
  payout: number;
  revenue: number;
  saleAmount: number;
  approvedPayout: number;
  pendingPayout: number;
  pendingRevenue: number;
  pendingSaleAmount: number;
  rows: number;
  offers: Set<string>;
  affiliates: Set<string>;
}

function emptySums(): Sums {
  return { clicks: 0, uniqueClicks: 0, impressions: 0, conversions: 0, approved: 0, pending: 0, rejected: 0, payout: 0, revenue: 0, saleAmount: 0, approvedPayout: 0, pendingPayout: 0, pendingRevenue: 0, pendingSaleAmount: 0, rows: 0, offers: new Set(), affiliates: new Set() };
}

function add(sums: Sums, fact: Fact): void {
  const r = fact.record;
  sums.rows++;
  if (r.offer_id) sums.offers.add(r.offer_id);
  if (r.affiliate_id) sums.affiliates.add(r.affiliate_id);
  if (fact.type === 'clicks') {
    sums.clicks++;
    if (r.is_click_unique === '1') sums.uniqueClicks++;
  } else if (fact.type === 'impressions') sums.impressions++;
  else {
    // Rejected conversions count, but earn nothing.
    sums.conversions++;
    const status = r.status ?? '';
    if (status === 'approved') {
      sums.approved++;
      sums.payout += cents(r.payout_cents);
      sums.revenue += cents(r.revenue_cents);
      sums.saleAmount += cents(r.sale_amount_cents);
      sums.approvedPayout += cents(r.payout_cents);
    } else if (status === 'pending') {
      sums.pending++;
      sums.pendingPayout += cents(r.payout_cents);
      sums.pendingRevenue += cents(r.revenue_cents);
      sums.pendingSaleAmount += cents(r.sale_amount_cents);
    } else sums.rejected++;
  }
}

const ratio = (a: number, b: number, scale = 1) => (b ? (a / b) * scale : 0);

/** One conversion record's own money fields (getConversions rows), in currency units. */
function recordMoney(fact: Fact, field: string): number | undefined {
  const r = fact.record;
  switch (field) {
    case 'Stat.payout':
    case 'Stat.net_payout':
      return cents(r.payout_cents);
    case 'Stat.revenue':
    case 'Stat.net_revenue':
      return cents(r.revenue_cents);
    case 'Stat.sale_amount':
    case 'Stat.net_sale_amount':
      return cents(r.sale_amount_cents);
    default:
      return undefined;
  }
}

/** A measure by report field name, or undefined for a field that is not a measure. */
function measure(sums: Sums, field: string): number | undefined {
  switch (field) {
    case 'Stat.clicks':
    case 'Stat.gross_clicks':
      return sums.clicks;
    case 'Stat.unique_clicks':
      return sums.uniqueClicks;
    case 'Stat.impressions':
      return sums.impressions;
    case 'Stat.conversions':
    case 'Stat.count':
      return field === 'Stat.count' ? sums.rows : sums.conversions;
    case 'Stat.count_approved':
      return sums.approved;
    case 'Stat.count_pending':
      return sums.pending;
    case 'Stat.count_rejected':
      return sums.rejected;
    case 'Stat.count_adjustment':
      return 0;
    case 'Stat.payout':
    case 'Stat.net_payout':
      return sums.payout;
    case 'Stat.revenue':
    case 'Stat.net_revenue':
      return sums.revenue;
    case 'Stat.sale_amount':
    case 'Stat.net_sale_amount':
      return sums.saleAmount;
    case 'Stat.approved_payout':
      return sums.approvedPayout;
    case 'Stat.pending_payout':
      return sums.pendingPayout;
    case 'Stat.pending_revenue':
      return sums.pendingRevenue;
    case 'Stat.pending_sale_amount':
      return sums.pendingSaleAmount;
    case 'Stat.profit':
      return sums.revenue - sums.payout;
    case 'Stat.offer_count':
      return sums.offers.size;
    case 'Stat.affiliate_count':
      return sums.affiliates.size;
    case 'Stat.ctr':
      return ratio(sums.clicks, sums.impressions, 100);
    case 'Stat.unique_ctr':
      return ratio(sums.uniqueClicks, sums.impressions, 100);
    case 'Stat.gross_ctr':
      return ratio(sums.clicks, sums.impressions, 100);
    case 'Stat.ltr':
      return ratio(sums.conversions, sums.clicks, 100);
    case 'Stat.approved_rate':
      return ratio(sums.approved, sums.conversions, 100);
    case 'Stat.rejected_rate':
      return ratio(sums.rejected, sums.conversions, 100);
    case 'Stat.cpc':
    case 'Stat.epc':
      return ratio(sums.payout, sums.clicks);
    case 'Stat.rpc':
    case 'Stat.erpc':
      return ratio(sums.revenue, sums.clicks);
    case 'Stat.cpm':
      return ratio(sums.payout, sums.impressions, 1000);
    case 'Stat.rpm':
      return ratio(sums.revenue, sums.impressions, 1000);
    case 'Stat.cpa':
      return ratio(sums.payout, sums.conversions);
    case 'Stat.rpa':
      return ratio(sums.revenue, sums.conversions);
    default:
      return undefined;
  }
}

/** Values as HasOffers sends them in reports: every one a string, decimals with two places. */
function text(value: number, integer: boolean): string {
  return integer ? String(Math.round(value)) : value.toFixed(2);
}

interface ReportFilter {
  readonly field: string;
  readonly conditional: string;
  readonly values: readonly string[];
}

function readFilters(params: PhpArray, fields: ReadonlySet<string>): ReportFilter[] {
  const raw = params.get('filters');
  if (raw === undefined) return [];
  if (typeof raw === 'string') throw ApiFailure.message('filters must be an array: filters[Stat.offer_id][conditional]=EQUAL_TO&filters[Stat.offer_id][values]=1');
  const out: ReportFilter[] = [];
  for (const [field, spec] of raw) {
    if (!fields.has(field)) throw ApiFailure.message(`Invalid filter field: ${field}`);
    if (typeof spec === 'string' || !(spec instanceof Map)) throw ApiFailure.message(`filters[${field}] needs [conditional] and [values]`);
    const conditional = scalar(spec, 'conditional') ?? '';
    const values = stringList(spec.get('values') as PhpValue | undefined);
    const arity: Record<string, [number, number]> = { EQUAL_TO: [1, Infinity], NOT_EQUAL_TO: [1, Infinity], LESS_THAN: [1, 1], LESS_THAN_OR_EQUAL_TO: [1, 1], GREATER_THAN: [1, 1], GREATER_THAN_OR_EQUAL_TO: [1, 1], BETWEEN: [2, 2], LIKE: [1, 1], NOT_LIKE: [1, 1], NULL: [0, 0], NOT_NULL: [0, 0] };
    const bounds = arity[conditional];
    if (!bounds) throw ApiFailure.message(`Invalid conditional for filters[${field}]: ${conditional}`);
    if (values.length < bounds[0] || values.length > bounds[1]) throw ApiFailure.message(`filters[${field}] with ${conditional} takes ${bounds[0] === bounds[1] ? bounds[0] : `at least ${bounds[0]}`} value(s), got ${values.length}`);
    out.push({ field, conditional, values });
  }
  return out;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

function compareValues(a: string, b: string): number {
  if (NUMERIC.test(a) && NUMERIC.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function predicate(filter: ReportFilter): (value: string | null) => boolean {
  const budget = newBudget();
  const { conditional, values } = filter;
  switch (conditional) {
    case 'NULL':
      return (value) => value === null || value === '';
    case 'NOT_NULL':
      return (value) => value !== null && value !== '';
    case 'LIKE':
    case 'NOT_LIKE': {
      const match = compilePattern(filter.field, conditional, values[0] as string, budget);
      return (value) => (value === null ? false : match(value) === (conditional === 'LIKE'));
    }
    default:
      return (value) => {
        if (value === null) return false;
        switch (conditional) {
          case 'EQUAL_TO':
            return values.some((item) => compareValues(value, item) === 0);
          case 'NOT_EQUAL_TO':
            return values.every((item) => compareValues(value, item) !== 0);
          case 'LESS_THAN':
            return compareValues(value, values[0] as string) < 0;
          case 'LESS_THAN_OR_EQUAL_TO':
            return compareValues(value, values[0] as string) <= 0;
          case 'GREATER_THAN':
            return compareValues(value, values[0] as string) > 0;
          case 'GREATER_THAN_OR_EQUAL_TO':
            return compareValues(value, values[0] as string) >= 0;
          case 'BETWEEN':
            return compareValues(value, values[0] as string) >= 0 && compareValues(value, values[1] as string) <= 0;
          default:
            return false;
        }
      };
  }
}

function list(params: PhpArray, key: string): string[] {
  const value = params.get(key);
  if (value === undefined) return [];
  if (typeof value !== 'string' && !isList(value)) throw ApiFailure.message(`${key} must be a list: ${key}[]=…`);
  return stringList(value);
}

/** Which facts a report reads, and whether its rows are records (getConversions ungrouped). */
const REPORTS: Record<string, { readonly types: readonly SandboxLogType[]; readonly records: boolean }> = {
  'Report.getStats': { types: ['clicks', 'conversions', 'impressions'], records: false },
  'Report.getConversions': { types: ['conversions'], records: true },
  // Referrals: the clicks and conversions by where they came from (Stat.url).
  'Report.getReferrals': { types: ['clicks', 'conversions'], records: false },
};

/** The report rows of one call, before paging: what both the JSON answer and the CSV export show. */
function computeRows(ctx: QueryContext & { readonly seed: number }, key: string, params: PhpArray, model: string): { rows: Map<string, Map<string, string | null>>[]; totals: Map<string, Map<string, string>> | undefined; fields: string[] } {
  const info = ctx.schema.models.get(model);
  if (!info) throw ApiFailure.message(`${key} is not implemented in the sandbox.`);
  const known = new Set(info.fields);
  const numeric = new Set(ctx.schema.table.models.find((spec) => spec.name === model)?.numeric ?? []);

  const fields = list(params, 'fields');
  if (!fields.length) throw ApiFailure.message('Fields are required');
  for (const field of fields) if (!known.has(field)) throw ApiFailure.message(`Invalid field: ${field}`);
  const groups = list(params, 'groups');
  for (const group of groups) if (!known.has(group)) throw ApiFailure.message(`Invalid group: ${group}`);
  const filters = readFilters(params, known);
  const source = REPORTS[key];
  const start = scalar(params, 'data_start');
  const end = scalar(params, 'data_end');
  let selected: Fact[] = [];
  if (source) {
    const isMeasure = (field: string) => measure(emptySums(), field) !== undefined;
    const pre = filters.filter((filter) => !isMeasure(filter.field)).map((filter) => ({ filter, test: predicate(filter) }));
    selected = facts(ctx.seed, ctx.schema).filter((fact) => {
      if (!source.types.includes(fact.type)) return false;
      if (start && fact.date < start) return false;
      if (end && fact.date > end) return false;
      return pre.every(({ filter, test }) => test(dimension(ctx, fact, filter.field) ?? null));
    });
  }
  const integer = (field: string) => info.checks.get(field) === 'integer';
  const post = filters.filter((filter) => measure(emptySums(), filter.field) !== undefined).map((filter) => ({ filter, test: predicate(filter) }));
  const rowOf = (facts: readonly Fact[], sums: Sums, record = false): Map<string, Map<string, string | null>> => {
    const row = new Map<string, Map<string, string | null>>();
    for (const field of fields) {
      const [group, name] = [field.slice(0, field.indexOf('.')), field.slice(field.indexOf('.') + 1)];
      // A record row shows the record's own money, whatever its status; sums count approved only.
      const value = (record ? recordMoney(facts[0]!, field) : undefined) ?? measure(sums, field);
      // A number the sandbox has no data for is 0, as HasOffers shows an empty measure.
      const shown = value !== undefined ? text(value, integer(field)) : facts.length ? (dimension(ctx, facts[0]!, field) ?? (numeric.has(field) ? '0' : null)) : null;
      if (!row.has(group)) row.set(group, new Map());
      row.get(group)!.set(name, shown);
    }
    return row;
  };
  let rows: { row: Map<string, Map<string, string | null>>; sums: Sums }[];
  if (source?.records && !groups.length) {
    rows = selected.map((fact) => {
      const sums = emptySums();
      add(sums, fact);
      return { row: rowOf([fact], sums, true), sums };
    });
  } else if (groups.length || source) {
    const buckets = new Map<string, { facts: Fact[]; sums: Sums }>();
    for (const fact of selected) {
      const bucketKey = JSON.stringify(groups.map((group) => dimension(ctx, fact, group) ?? null));
      let bucket = buckets.get(bucketKey);
      if (!bucket) buckets.set(bucketKey, (bucket = { facts: [], sums: emptySums() }));
      bucket.facts.push(fact);
      add(bucket.sums, fact);
    }
    rows = [...buckets.values()].map((bucket) => ({ row: rowOf(bucket.facts, bucket.sums), sums: bucket.sums }));
  } else rows = [];
  // A filter on a measure tests the aggregate, whether or not the measure is among the fields.
  rows = rows.filter(({ sums }) => post.every(({ filter, test }) => test(text(measure(sums, filter.field) ?? 0, integer(filter.field)))));
  const sort = params.get('sort');
  const sorts = sort instanceof Map ? [...sort].map(([field, direction]) => ({ field, desc: String(direction).toLowerCase() === 'desc' })) : [];
  const valueOf = (row: Map<string, Map<string, string | null>>, field: string) => row.get(field.slice(0, field.indexOf('.')))?.get(field.slice(field.indexOf('.') + 1)) ?? '';
  rows.sort((a, b) => {
    for (const { field, desc } of sorts) {
      // HasOffers ignores a sort key that is not among the fields.
      if (!fields.includes(field)) continue;
      const order = compareValues(valueOf(a.row, field) ?? '', valueOf(b.row, field) ?? '');
      if (order) return desc ? -order : order;
    }
    return 0;
  });
  let totals: Map<string, Map<string, string>> | undefined;
  const wantTotals = ['1', 'true'].includes(scalar(params, 'totals') ?? '');
  if (wantTotals) {
    const all = emptySums();
    for (const { sums } of rows) {
      for (const [k, v] of Object.entries(sums) as [keyof Sums, number | Set<string>][]) {
        if (typeof v === 'number') (all[k] as number) += v;
        else for (const item of v) (all[k] as Set<string>).add(item);
      }
    }
    totals = new Map();
    for (const field of fields) {
      const value = measure(all, field);
      if (value === undefined || !numeric.has(field)) continue;
      const group = field.slice(0, field.indexOf('.'));
      if (!totals.has(group)) totals.set(group, new Map());
      totals.get(group)!.set(field.slice(field.indexOf('.') + 1), text(value, integer(field)));
    }
  }
  return { rows: rows.map(({ row }) => row), totals, fields };
}

/** The JSON answer of a report call: paged rows, and totals when asked for. */
export function runReport(ctx: QueryContext & { readonly seed: number }, key: string, params: PhpArray, model: string): JsonValue {
  const { rows, totals } = computeRows(ctx, key, params, model);
  const limitText = scalar(params, 'limit');
  const pageText = scalar(params, 'page');
  const limit = limitText === undefined ? rows.length || 1 : Number(limitText);
  const page = pageText === undefined ? 1 : Number(pageText);
  if (!Number.isSafeInteger(limit) || limit < 1) throw ApiFailure.message(`limit must be a positive integer, got ${limitText ?? ''}`);
  if (!Number.isSafeInteger(page) || page < 1) throw ApiFailure.message(`page must be a positive integer, got ${pageText ?? ''}`);
  const slice = rows.slice((page - 1) * limit, page * limit);
  const out = new Map<string, JsonValue>([
    ['page', String(page)],
    ['current', String(slice.length)],
    ['count', String(rows.length)],
    ['pageCount', String(Math.ceil(rows.length / limit))],
    ['data', slice],
  ]);
  if (totals) out.set('totals', totals);
  return out;
}

/** Exports waiting to be downloaded, by token: bounded, oldest dropped first. */
const exports = new Map<string, Buffer>();
const MAX_EXPORTS = 32;

/** DownloadReport.getDownloadReportLink: computes the export now, answers a link to its CSV. */
export function exportLink(ctx: QueryContext & { readonly seed: number; readonly origin: string }, params: PhpArray): JsonValue {
  const method = scalar(params, 'method') ?? '';
  const start = scalar(params, 'start_date');
  const end = scalar(params, 'end_date');
  if (!start || !end) throw ApiFailure.message('start_date and end_date are required');
  const args = params.get('arguments');
  if (!(args instanceof Map)) throw ApiFailure.message('arguments must be the report call\'s parameters: arguments[fields][]=…');
  const key = `Report.${method}`;
  const entry = ctx.schema.methods.get(key);
  const model = entry?.spec.params.find((param) => param.type === 'fields')?.model;
  if (!entry || !model) throw ApiFailure.message(`Invalid method: ${method}`);
  const withWindow = new Map(args);
  withWindow.set('data_start', start);
  withWindow.set('data_end', end);
  const { rows, fields } = computeRows(ctx, key, withWindow, model);
  const lines = [fields.map((field) => csvField(field)).join(',')];
  for (const row of rows) lines.push(fields.map((field) => csvField(row.get(field.slice(0, field.indexOf('.')))?.get(field.slice(field.indexOf('.') + 1)) ?? '')).join(','));
  const token = randomBytes(12).toString('hex');
  exports.set(token, Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'));
  while (exports.size > MAX_EXPORTS) exports.delete(exports.keys().next().value as string);
  return `${ctx.origin}/exports/${token}.csv`;
}

/** The bytes of an export link, or undefined for an unknown or expired token. */
export function exportFile(name: string): Buffer | undefined {
  const match = /^([0-9a-f]{24})\.csv$/.exec(name);
  return match ? exports.get(match[1] as string) : undefined;
}
