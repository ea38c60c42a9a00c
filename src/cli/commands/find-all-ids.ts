/** `tsoffers <manager> find-all-ids`: the ids of the matching records. */
import { clientOptions, cliClient, csvOptions, formatOf } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { CONNECTION_FLAGS, OUTPUT_FLAGS, QUERY_FLAGS } from '../flags.js';
import { defineManagerCommand, unexpectedArgument } from '../managers.js';
import { renderCsv, renderJson, renderLines } from '../output.js';
import { asUsage, buildQuery, queryManager } from '../query.js';
import { WHERE_SYNTAX } from '../where.js';

export const findAllIds = defineManagerCommand({
  name: 'find-all-ids',
  summary: 'prints the ids of the matching records, one per line',
  description: (info) => `For ${info.cliName}: ${info.controller.target}.findAllIds.`,
  flags: { where: QUERY_FLAGS.where, or: QUERY_FLAGS.or, ...CONNECTION_FLAGS, ...OUTPUT_FLAGS },
  sections: () => [{ title: 'Conditions', body: WHERE_SYNTAX }],
  examples: ['tsoffers offers find-all-ids --where status=active'],
  async run({ flags, args, io, label, context: info }) {
    const format = formatOf(flags, label);
    if (args.length) throw unexpectedArgument(args[0]!, label);
    const api = cliClient(clientOptions(flags, io.env, label, io.api), io);
    try {
      const query = await asUsage(() => buildQuery(queryManager(api, info).query(), flags, label), label);
      const ids = await query.ids({ signal: io.signal });
      if (format === 'json') io.stdout.write(renderJson(ids));
      else if (format === 'csv') io.stdout.write(renderCsv(ids.map((id) => ({ id })), undefined, csvOptions(flags)));
      else io.stdout.write(renderLines(ids));
      return EXIT.OK;
    } finally {
      await api.close();
    }
  },
});
