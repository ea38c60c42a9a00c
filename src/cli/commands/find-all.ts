/** `tsoffers <manager> find-all`: a page (or, with --all, every page) of records through the query builder. */
import type { Model } from '../../index.js';
import { clientOptions, cliClient, csvOptions, formatOf, tableOptions, write } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { CONNECTION_FLAGS, OUTPUT_FLAGS, QUERY_FLAGS } from '../flags.js';
import { defineManagerCommand, modelSections, unexpectedArgument } from '../managers.js';
import { renderCsv, renderJson, renderTable } from '../output.js';
import { asUsage, buildQuery, queryManager } from '../query.js';
import { WHERE_SYNTAX } from '../where.js';

export const findAll = defineManagerCommand({
  name: 'find-all',
  summary: "lists a manager's records through the query builder (its Target's findAll)",
  description: (info) => `For ${info.cliName}: ${info.controller.target}.findAll.`,
  flags: { ...QUERY_FLAGS, ...CONNECTION_FLAGS, ...OUTPUT_FLAGS },
  sections: (info) => [...modelSections(info), { title: 'Conditions', body: WHERE_SYNTAX }],
  examples: [
    "tsoffers offers find-all --where 'id>100' --where status=active --sort -id --limit 5",
    "tsoffers offers find-all --where 'name~%shop%' --where status=active,paused --contain Country --json",
    "tsoffers affiliate-users find-all --where 'affiliate_id=3' --fields id,email --csv",
  ],
  async run({ flags, args, io, label, context: info }) {
    const format = formatOf(flags, label);
    if (args.length) throw unexpectedArgument(args[0]!, label);
    const displayField = info.model?.display;
    // After id, name and status, show what the user asked about: the fields they filter and sort on.
    const asked = [...flags.where.map((expression) => /^\s*([\w.]+)/.exec(expression)?.[1] ?? ''), ...flags.sort.map((spec) => spec.replace(/^-/, ''))];
    const table = tableOptions(io, flags, { columns: flags.fields, priority: ['id', ...(displayField ? [displayField] : []), 'status', ...asked.filter(Boolean)] });
    const api = cliClient(clientOptions(flags, io.env, label, io.api), io);
    try {
      const query = await asUsage(() => buildQuery(queryManager(api, info).query(), flags, label), label);
      let items: Model[];
      if (flags.all) {
        items = [];
        for await (const item of query.iterate({ signal: io.signal })) items.push(item);
      } else {
        items = await query.all({ signal: io.signal });
      }
      if (format === 'json') io.stdout.write(renderJson(items));
      else if (format === 'csv') io.stdout.write(renderCsv(items, table.columns, csvOptions(flags)));
      else write(io, renderTable(items, table));
      return EXIT.OK;
    } finally {
      await api.close();
    }
  },
});
