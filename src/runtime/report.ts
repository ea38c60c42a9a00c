/**
 * The `report` behaviour: a report method of the table becomes a typed report builder whose
 * executor sends the report call, decodes its pages, and builds the DownloadReport export from the
 * same parameters.
 */
import { InvalidArgumentError, InvalidResponseError } from '../errors.js';
import { createReportBuilder } from '../query/report-builder.js';
import type { ExportOptions, ReportExecutor, ReportPage, ReportSchema, RunOptions } from '../query/report-builder.js';
import { byHeader, CsvParser } from '../rawlog/csv.js';
import { decodeReportPage } from '../response/report.js';
import type { WirePair } from '../wire/params.js';
import type { ApiContext } from './context.js';
import type { ControllerSpec, MethodSpec } from '../table/spec.js';

/** The report's pairs under `arguments[...]`: `fields[]` → `arguments[fields][]`. */
function asArguments(pairs: readonly WirePair[]): WirePair[] {
  return pairs.map(([key, value]) => {
    const bracket = key.indexOf('[');
    return [bracket < 0 ? `arguments[${key}]` : `arguments[${key.slice(0, bracket)}]${key.slice(bracket)}`, value] as const;
  });
}

export function reportSchema(context: ApiContext, controller: ControllerSpec, spec: MethodSpec): ReportSchema {
  const model = spec.params.find((param) => param.type === 'fields')?.model;
  const modelSpec = model ? context.modelSpec(model) : undefined;
  if (!modelSpec) throw new InvalidArgumentError('report', `${controller.target}.${spec.method} names no report row model in the table; regenerate the schema.`);
  return {
    name: `${spec.target ?? controller.target}.${spec.method}`,
    fields: new Set(modelSpec.fields),
    numeric: new Set(modelSpec.numeric ?? []),
    dates: new Set(modelSpec.dates ?? []),
    ...(modelSpec.fields.includes('Stat.date') ? { dateField: 'Stat.date' } : modelSpec.dates?.[0] ? { dateField: modelSpec.dates[0] } : {}),
    groups: new Set(spec.params.find((param) => param.name === 'groups')?.values ?? []),
    params: new Set(spec.params.map((param) => param.wire ?? param.name)),
  };
}

export function reportBuilder(context: ApiContext, controller: ControllerSpec, spec: MethodSpec): unknown {
  const schema = reportSchema(context, controller, spec);
  const target = spec.target ?? controller.target;
  // Each API exports through its own DownloadReport (Affiliate_DownloadReport); the Advertiser API has none.
  const prefix = context.targetPrefix ?? '';
  const downloadTarget = `${prefix}DownloadReport`;
  const exportLink = async (pairs: readonly WirePair[], window: { start: string; end: string }, options?: RunOptions): Promise<string> => {
    if (prefix && !context.table.controllers.some((item) => item.target === downloadTarget)) throw new InvalidArgumentError('export', `this API has no ${downloadTarget}: run the report with page() or all() instead.`);
    const params: WirePair[] = [['method', spec.method], ['start_date', window.start], ['end_date', window.end], ...asArguments(pairs)];
    const link = await context.send({ target: downloadTarget, method: 'getDownloadReportLink', params, safe: true, signal: options?.signal });
    if (typeof link !== 'string' || !/^https?:\/\//.test(link)) throw new InvalidResponseError(`${downloadTarget}.getDownloadReportLink did not answer a link`, 200, JSON.stringify(link)?.slice(0, 200) ?? '');
    return link;
  };
  const executor: ReportExecutor = {
    async page(pairs, options) {
      const data = await context.send({ target, method: spec.method, params: pairs, safe: spec.safe, signal: options?.signal });
      return decodeReportPage(data, schema.numeric, schema.name) as unknown as ReportPage<Record<string, never>, never>;
    },
    exportLink,
    exportRows(pairs, window, options?: ExportOptions) {
      return {
        async *[Symbol.asyncIterator]() {
          const download = context.download;
          if (!download) throw new InvalidArgumentError('client', 'this client was built without a download channel; use HasOffersAPI (or createClient).');
          const link = await exportLink(pairs, window, options);
          const res = await download(link, options?.signal ? { signal: options.signal } : {});
          const ready: Record<string, string>[] = [];
          const parser = new CsvParser(byHeader((row) => ready.push(row)), { fileName: `${schema.name} export` });
          let rows = 0;
          let bytes = 0;
          for await (const chunk of res.body) {
            bytes += chunk.length;
            parser.push(chunk);
            rows += ready.length;
            yield* ready.splice(0);
            options?.onProgress?.({ rows, bytes });
          }
          parser.end();
          rows += ready.length;
          yield* ready.splice(0);
          options?.onProgress?.({ rows, bytes });
        },
      };
    },
  };
  return createReportBuilder(schema, executor);
}
