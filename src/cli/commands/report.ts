/**
 * `tsoffers report stats --fields Stat.clicks,Offer.name --group Stat.offer_id --from 2026-11-01
 * --to 2026-11-28 --where Stat.offer_id=1,2 --sort -Stat.clicks --totals`: the report builder on
 * the command line, as a table, JSON or CSV, or exported to a file through DownloadReport.
 */
import { rename, rm } from 'node:fs/promises';
import type { HasOffersAPI } from '../../client.js';
import { InvalidArgumentError } from '../../errors.js';
import type { ReportBuilder, ReportCondition } from '../../query/report-builder.js';
import { listOption, positiveIntOption } from '../argv.js';
import type { CliIo } from '../context.js';
import { clientOptions, CONNECTION_SPECS, createClient, csvOptions, formatOf, OUTPUT_SPECS, parseCommand, tableOptions } from '../context.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { csvLine, renderCsv, renderJson, renderTable } from '../output.js';
import { parseWhere, sortSpecs } from '../where.js';
import type { WhereCondition } from '../where.js';
import { openTemporary } from './raw-logs.js';
import { write } from './find.js';

/** Report command names → the Report method they run. */
export const REPORTS = {
  stats: 'getStats',
  conversions: 'getConversions',
  referrals: 'getReferrals',
  'affiliate-commissions': 'getAffiliateCommissions',
  'manager-commissions': 'getManagerCommissions',
  subscriptions: 'getSubscriptions',
  'mod-summary-logs': 'getModSummaryLogs',
} as const;

const SPECS = {
  ...CONNECTION_SPECS,
  ...OUTPUT_SPECS,
  fields: { type: 'string', multiple: true },
  group: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  where: { type: 'string', multiple: true },
  sort: { type: 'string', multiple: true },
  totals: { type: 'boolean' },
  limit: { type: 'string' },
  page: { type: 'string' },
  all: { type: 'boolean' },
  currency: { type: 'string' },
  'hour-offset': { type: 'string' },
  export: { type: 'string' },
} as const;

type AnyReport = ReportBuilder<Record<string, string | number | null>, string, string>;

export function reportHelp(): string {
  return `Usage: tsoffers report <${Object.keys(REPORTS).join('|')}> --fields F,… [options]

Runs HasOffers Report.<method> (stats → getStats, conversions → getConversions, …).

  --fields F,…        fields to show (required): Stat.clicks,Stat.payout,Offer.name
  --group G,…         group rows by: Stat.offer_id,Stat.date
  --from YYYY-MM-DD   with --to: the date window (a Stat.date BETWEEN filter and data_start/data_end)
  --to YYYY-MM-DD
  --where COND        a condition, as in find-all: Stat.offer_id=1,2  'Stat.clicks>=10'  'Offer.name~%shop%'
                      (several are ANDed; reports have no OR)
  --sort [-]F         sort on a field among --fields; - for descending
  --totals            add the totals row (on stderr for tables, in the output for --json)
  --limit N --page N  one page; --all follows every page
  --currency EUR      --hour-offset N
  --json | --csv      machine output (CSV cells starting with = + - @ are neutralised; --raw-cells keeps them)
  --export FILE       write the report's CSV export (DownloadReport.getDownloadReportLink; needs --from/--to)

Example:
  tsoffers report stats --fields Stat.clicks,Offer.name --group Stat.offer_id --from 2026-11-01 --to 2026-11-28 \\
    --where Stat.offer_id=1,2 --sort -Stat.clicks --totals`;
}

function apply(condition: ReportCondition<AnyReport>, where: WhereCondition, label: string): AnyReport {
  const value = where.value as string;
  switch (where.op) {
    case 'eq':
      return condition.eq(value);
    case 'ne':
      return Array.isArray(where.value) ? condition.notIn(where.value) : condition.ne(value);
    case 'lt':
      return condition.lt(value);
    case 'lte':
      return condition.lte(value);
    case 'gt':
      return condition.gt(value);
    case 'gte':
      return condition.gte(value);
    case 'like':
      return condition.like(value);
    case 'notLike':
      return condition.notLike(value);
    case 'in':
      return condition.in(where.value as readonly string[]);
    case 'isNull':
      return condition.isNull();
    case 'notNull':
      return condition.notNull();
    default:
      throw new UsageError(`reports have no ${where.op} condition; use = != < <= > >= ~ !~ or is (not) null.`, label);
  }
}

/** One report row as a flat record for tables and CSV: `{ 'Stat.clicks': 12, 'Offer.name': 'x' }`. */
function flat(row: Readonly<Record<string, Readonly<Record<string, unknown>>>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [group, fields] of Object.entries(row)) for (const [name, value] of Object.entries(fields)) out[`${group}.${name}`] = value;
  return out;
}

export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [kind, ...rest] = args;
  if (kind === undefined || kind === '--help' || kind === '-h') {
    (kind ? io.stdout : io.stderr).write(`${reportHelp()}\n`);
    return kind ? EXIT.OK : EXIT.USAGE;
  }
  const method = (REPORTS as Record<string, string>)[kind];
  const label = `report ${kind}`;
  if (!method) throw new UsageError(`"${kind}" is not a report; use one of ${Object.keys(REPORTS).join(', ')}.`, 'report');
  const { positionals, values } = parseCommand(rest, SPECS, label);
  if (values.help) {
    io.stdout.write(`${reportHelp()}\n`);
    return EXIT.OK;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (conditions go after --where).`, label);
  const format = formatOf(values, label);
  const fields = listOption(values.fields);
  if (!fields.length) throw new UsageError('--fields is required, e.g. --fields Stat.clicks,Offer.name', label);
  const from = typeof values.from === 'string' ? values.from : undefined;
  const to = typeof values.to === 'string' ? values.to : undefined;
  if ((from === undefined) !== (to === undefined)) throw new UsageError('--from and --to go together (the date window).', label);
  const api: HasOffersAPI = createClient(clientOptions(values, io.env, label, io.api), io);
  try {
    let report: AnyReport;
    try {
      report = ((api.reports as unknown as Record<string, () => AnyReport>)[method]!)().fields(...fields);
      const groups = listOption(values.group);
      if (groups.length) report = report.groupBy(...groups);
      if (from !== undefined && to !== undefined) report = report.where('Stat.date').between(from, to);
      for (const expression of Array.isArray(values.where) ? values.where : typeof values.where === 'string' ? [values.where] : []) {
        const condition = parseWhere(expression, label);
        report = apply(report.where(condition.field), condition, label);
      }
      const sort = sortSpecs(Array.isArray(values.sort) ? values.sort : typeof values.sort === 'string' ? [values.sort] : []);
      if (sort.length) report = report.sort(...sort);
      if (values.totals) report = report.totals();
      const limit = positiveIntOption('limit', values.limit, label);
      if (limit !== undefined) report = report.limit(limit);
      if (typeof values.currency === 'string') report = report.currency(values.currency);
      if (typeof values['hour-offset'] === 'string') {
        const hours = Number(values['hour-offset']);
        report = report.hourOffset(Number.isInteger(hours) ? hours : Number.NaN);
      }
      report.toParams();
    } catch (error) {
      if (error instanceof InvalidArgumentError) throw new UsageError(error.message, label);
      throw error;
    }
    const csv = csvOptions(values);
    if (typeof values.export === 'string') {
      const out = values.export;
      const temporary = await openTemporary(out);
      let rows = 0;
      try {
        let header: string[] | undefined;
        for await (const row of report.exportRows({ signal: io.signal })) {
          if (!header) {
            header = Object.keys(row);
            await temporary.handle.write(csvLine(header, csv));
          }
          await temporary.handle.write(csvLine(header.map((name) => row[name] ?? ''), csv));
          rows++;
        }
        // An empty report is still a CSV with its header.
        if (!header) await temporary.handle.write(csvLine(fields, csv));
        await temporary.handle.close();
        await rename(temporary.part, out);
      } catch (error) {
        await temporary.handle.close().catch(() => undefined);
        await rm(temporary.part, { force: true });
        throw error;
      }
      io.stderr.write(`${rows} rows exported to ${out}\n`);
      return EXIT.OK;
    }
    const pageNumber = positiveIntOption('page', values.page, label) ?? 1;
    const page = await report.page(pageNumber, { signal: io.signal });
    let rows = page.rows;
    if (values.all) {
      const all = [...rows];
      for (let next = pageNumber + 1; next <= page.pageCount; next++) {
        const more = await report.page(next, { signal: io.signal });
        // A server that ignores `page` answers the same rows again: stop rather than repeat them.
        if (more.rows.length === 0 || more.page !== next) break;
        all.push(...more.rows);
      }
      rows = all;
    }
    const flatRows = rows.map(flat);
    const totals = page.totals ? flat(page.totals as Readonly<Record<string, Readonly<Record<string, unknown>>>>) : undefined;
    if (format === 'json') io.stdout.write(renderJson({ rows, ...(page.totals ? { totals: page.totals } : {}), page: page.page, pageCount: page.pageCount, count: page.count }));
    else if (format === 'csv') io.stdout.write(renderCsv(flatRows, fields, csv));
    else {
      write(io, renderTable(flatRows, tableOptions(io, values, { columns: fields, priority: fields })));
      if (totals) io.stderr.write(`totals: ${Object.entries(totals).map(([name, value]) => `${name}=${String(value)}`).join(' ')}\n`);
      if (!values.all && page.pageCount > page.page) io.stderr.write(`page ${page.page} of ${page.pageCount} (${page.count} rows); --all for every page\n`);
    }
    return EXIT.OK;
  } finally {
    await api.close();
  }
}
