/** `tsoffers call <Target> <Method> key=value…`: any API method through `api.call`. */
import { parseCallParams } from '../call-params.js';
import { defineCommand } from '../command.js';
import { clientOptions, cliClient, csvOptions, formatOf, tableOptions, write } from '../context.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { CONNECTION_FLAGS, OUTPUT_FLAGS } from '../flags.js';
import { renderAny } from '../output.js';

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export const call = defineCommand({
  name: 'call',
  usage: '<Target> <Method> [key=value]…',
  summary: 'calls any API method, e.g. one the managers do not cover',
  description: `Keys take PHP's bracket syntax, as HasOffers reads them:
    id=62                           a value
    data[name]=Shop                 a group (create/update data)
    fields[]=id fields[]=name       a list
    filters[id][GREATER_THAN]=100   nested groups

Lists of models print as a table, one model as "field  value" lines, anything else as JSON.`,
  flags: { ...CONNECTION_FLAGS, ...OUTPUT_FLAGS },
  examples: [
    "tsoffers call Offer findAll 'filters[status]=active' limit=2",
    'tsoffers call Offer addTargetCountry id=62 country_code=CZ',
    "tsoffers call Offer generateTrackingLink offer_id=62 affiliate_id=3 'params[aff_sub]=x'",
    "tsoffers call Affiliate create 'data[company]=ACME' 'data[phone]=123' 'data[zipcode]=1'",
  ],
  async run({ flags, args, io, label }) {
    const [target, method, ...rest] = args;
    if (!target || !method) throw new UsageError('call needs a Target and a Method, e.g. tsoffers call Offer findById id=62.', label);
    if (!NAME.test(target)) throw new UsageError(`"${target}" is not a Target name (like Offer or Affiliate_Offer).`, label);
    if (!NAME.test(method)) throw new UsageError(`"${method}" is not a Method name (like findAll).`, label);
    const params = parseCallParams(rest);
    const format = formatOf(flags, label);
    const api = cliClient(clientOptions(flags, io.env, label, io.api), io);
    try {
      const result = await api.call(target, method, params, { signal: io.signal });
      write(io, renderAny(result, format, tableOptions(io, flags, { priority: ['id'] }), csvOptions(flags)));
      return EXIT.OK;
    } finally {
      await api.close();
    }
  },
});
