/** `tsoffers <manager> find-by-id ID`: one record as "field  value" lines; exit 4 when there is none. */
import { clientOptions, cliClient, csvOptions, formatOf, tableOptions, write } from '../context.js';
import { CliExit, EXIT, UsageError } from '../exit-codes.js';
import { CONNECTION_FLAGS, OUTPUT_FLAGS, QUERY_FLAGS } from '../flags.js';
import { defineManagerCommand, modelSections } from '../managers.js';
import { renderCsv, renderJson, renderRecord } from '../output.js';
import { asUsage, queryManager } from '../query.js';

export const findById = defineManagerCommand({
  name: 'find-by-id',
  usage: 'ID',
  summary: 'shows one record as "field  value" lines',
  description: (info) => `For ${info.cliName}: ${info.controller.target}.findById; exit code ${EXIT.NOT_FOUND} when there is none.`,
  flags: { fields: QUERY_FLAGS.fields, contain: QUERY_FLAGS.contain, ...CONNECTION_FLAGS, ...OUTPUT_FLAGS },
  sections: (info) => modelSections(info),
  examples: ['tsoffers offers find-by-id 62 --contain Country,Advertiser'],
  async run({ flags, args, io, label, context: info }) {
    const format = formatOf(flags, label);
    const displayField = info.model?.display;
    const table = tableOptions(io, flags, { columns: flags.fields, priority: ['id', ...(displayField ? [displayField] : []), 'status'] });
    if (args.length !== 1) throw new UsageError(`find-by-id takes exactly one id, got ${args.length ? args.join(' ') : 'none'}.`, label);
    const id = args[0]!;
    if (!/^\d+$/.test(id)) throw new UsageError(`"${id}" is not an id: ids are whole numbers, like 62.`, label);
    const api = cliClient(clientOptions(flags, io.env, label, io.api), io);
    try {
      const { fields, contain } = flags;
      const query = { ...(fields.length ? { fields } : {}), ...(contain.length ? { contain } : {}) };
      const found = await asUsage(() => queryManager(api, info).findById(id, query, { signal: io.signal }), label);
      if (found === null) throw new CliExit(`${info.controller.model} ${id} not found.`, EXIT.NOT_FOUND);
      if (format === 'json') io.stdout.write(renderJson(found));
      else if (format === 'csv') io.stdout.write(renderCsv([found], table.columns, csvOptions(flags)));
      else write(io, renderRecord(found, table));
      return EXIT.OK;
    } finally {
      await api.close();
    }
  },
});
