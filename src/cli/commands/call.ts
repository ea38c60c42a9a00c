/** `tsoffers call <Target> <Method> key=value…`: any API method through `api.call`. */
import { parseCallParams } from '../call-params.js';
import type { CliIo } from '../context.js';
import { clientOptions, CONNECTION_SPECS, createClient, csvOptions, formatOf, OUTPUT_SPECS, parseCommand, tableOptions } from '../context.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { CALL_HELP } from '../help.js';
import { renderAny } from '../output.js';
import { write } from './find.js';

const CALL_SPECS = { ...CONNECTION_SPECS, ...OUTPUT_SPECS } as const;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export async function callCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommand(args, CALL_SPECS, 'call');
  if (values.help) {
    io.stdout.write(`${CALL_HELP}\n`);
    return EXIT.OK;
  }
  const [target, method, ...rest] = positionals;
  if (!target || !method) throw new UsageError('call needs a Target and a Method, e.g. tsoffers call Offer findById id=62.', 'call');
  if (!NAME.test(target)) throw new UsageError(`"${target}" is not a Target name (like Offer or Affiliate_Offer).`, 'call');
  if (!NAME.test(method)) throw new UsageError(`"${method}" is not a Method name (like findAll).`, 'call');
  const params = parseCallParams(rest);
  const format = formatOf(values, 'call');
  const api = createClient(clientOptions(values, io.env, 'call', io.api), io);
  try {
    const result = await api.call(target, method, params, { signal: io.signal });
    write(io, renderAny(result, format, tableOptions(io, values, { priority: ['id'] }), csvOptions(values)));
    return EXIT.OK;
  } finally {
    await api.close();
  }
}
