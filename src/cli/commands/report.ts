/**
 * `tsoffers report stats --fields Stat.clicks,Offer.name --group Stat.offer_id --from 2026-11-01
 * --to 2026-11-28 --where Stat.offer_id=1,2 --sort -Stat.clicks --totals`: the report builder on
 * the command line, as a table, JSON or CSV, or exported to a file through DownloadReport.
 */
import { rename, rm } from 'node:fs/promises';
import type { ReportBuilder } from '../../index.js';
import { defineCommand, flag, suggest } from '../command.js';
import { clientOptions, cliClient, csvOptions, formatOf, tableOptions, write } from '../context.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { CONNECTION_FLAGS, OUTPUT_FLAGS } from '../flags.js';
import { csvLine, renderCsv, renderJson, renderTable } from '../output.js';
import { applyWhere, asUsage } from '../query.js';
import { parseWhere } from '../where.js';
import { openTemporary } from './raw-logs.js';

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

type AnyReport = ReportBuilder<Record<string, string | number | null>, string, string>;

/** One report row as a flat record for tables and CSV: `{ 'Stat.clicks': 12, 'Offer.name': 'x' }`. */
function flat(row: Readonly<Record<string, Readonly<Record<string, unknown>>>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [group, fields] of Object.entries(row)) for (const [name, value] of Object.entries(fields)) out[`${group}.${name}`] = value;
  return out;
}

export const report = defineCommand({
  name: 'report',
  usage: '<report>',
  summary: 'runs a report (Report.getStats, getConversions, …) as a table, JSON or CSV, or exports it to a file',
  description: `Runs HasOffers Report.<method>. The reports: ${Object.entries(REPORTS)
    .map(([name, method]) => `${name} (${method})`)
    .join(', ')}.`,
  bareShowsHelp: true,
  flags: {
    fields: flag.multiple({ valueName: 'F,…', split: true, description: 'fields to show (required): Stat.clicks,Stat.payout,Offer.name' }),
    group: flag.multiple({ valueName: 'G,…', split: true, description: 'group rows by: Stat.offer_id,Stat.date' }),
    from: flag.string({ valueName: 'YYYY-MM-DD', description: 'with --to: the date window (a Stat.date BETWEEN filter and data_start/data_end)' }),
    to: flag.string({ valueName: 'YYYY-MM-DD', description: 'the last day of the window' }),
    where: flag.multiple({ valueName: 'COND', description: "a condition, as in find-all: Stat.offer_id=1,2  'Stat.clicks>=10'  'Offer.name~%shop%' (several are ANDed; reports have no OR)" }),
    sort: flag.multiple({ valueName: '[-]F', split: true, description: 'sort on a field among --fields; - for descending' }),
    totals: flag.boolean({ description: 'add the totals row (on stderr for tables, in the output for --json)' }),
    limit: flag.number({ valueName: 'N', min: 1, description: 'rows per page' }),
    page: flag.number({ valueName: 'N', min: 1, description: 'which page' }),
    all: flag.boolean({ description: 'follow every page' }),
    currency: flag.string({ valueName: 'CODE', description: 'the currency of money fields, e.g. EUR' }),
    'hour-offset': flag.number({ valueName: 'N', description: 'shift the day boundaries by N hours' }),
    export: flag.string({ valueName: 'FILE', description: "write the report's CSV export (DownloadReport.getDownloadReportLink; needs --from/--to)" }),
    ...CONNECTION_FLAGS,
    ...OUTPUT_FLAGS,
  },
  examples: [
    'tsoffers report stats --fields Stat.clicks,Offer.name --group Stat.offer_id --from 2026-11-01 --to 2026-11-28 --where Stat.offer_id=1,2 --sort -Stat.clicks --totals',
    'tsoffers report conversions --fields Stat.id,Stat.status,Stat.payout --from 2026-11-01 --to 2026-11-28 --all --csv',
    'tsoffers report stats --fields Stat.date,Stat.clicks --group Stat.date --from 2026-11-01 --to 2026-11-28 --export stats.csv',
  ],
  async run({ flags: values, args, io, label }) {
    const [kind, ...extra] = args;
    const names = Object.keys(REPORTS);
    const method = kind !== undefined && Object.hasOwn(REPORTS, kind) ? REPORTS[kind as keyof typeof REPORTS] : undefined;
    if (!method) throw new UsageError(kind === undefined ? `name a report: ${names.join(', ')}.` : `"${kind}" is not a report${suggest(kind, names)}; use one of ${names.join(', ')}.`, label);
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}" (conditions go after --where).`, label);
    // Checked after the report's name, so that `report nosuch` says what is wrong first.
    const fields = values.fields;
    if (fields.length === 0) throw new UsageError(`--fields is required: the fields to show, e.g. --fields Stat.clicks,Offer.name.`, label);
    const format = formatOf(values, label);
    const { from, to } = values;
    if ((from === undefined) !== (to === undefined)) throw new UsageError('--from and --to go together (the date window).', label);
    const api = cliClient(clientOptions(values, io.env, label, io.api), io);
    try {
      const report = await asUsage(() => {
        let built = ((api.reports as unknown as Record<string, () => AnyReport>)[method]!)().fields(...fields);
        if (values.group.length) built = built.groupBy(...values.group);
        if (from !== undefined && to !== undefined) built = built.where('Stat.date').between(from, to);
        const unsupported = (op: string) => new UsageError(`reports have no ${op} condition; use = != < <= > >= ~ !~ or is (not) null.`, label);
        for (const expression of values.where) {
          const condition = parseWhere(expression, label);
          built = applyWhere(built.where(condition.field), condition, unsupported);
        }
        if (values.sort.length) built = built.sort(...values.sort);
        if (values.totals) built = built.totals();
        if (values.limit !== undefined) built = built.limit(values.limit);
        if (values.currency !== undefined) built = built.currency(values.currency);
        if (values['hour-offset'] !== undefined) built = built.hourOffset(values['hour-offset']);
        built.toParams();
        return built;
      }, label);
      const csv = csvOptions(values);
      if (values.export !== undefined) {
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
      const pageNumber = values.page ?? 1;
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
  },
});
