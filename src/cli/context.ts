/** What the commands share once their flags are parsed: the client from the connection flags, output choices. */
import type { ClientOptions, HasOffersAPI, HasOffersOptions } from '../client.js';
import { cliApi } from './apis.js';
import type { FlagValues } from './command.js';
import { UsageError } from './exit-codes.js';
import type { CONNECTION_FLAGS, OUTPUT_FLAGS } from './flags.js';
import type { CliIo } from './io.js';
import type { Format, Rendered, TableOptions } from './output.js';

export type { CliIo, CliStream } from './io.js';

export type ConnectionValues = FlagValues<typeof CONNECTION_FLAGS>;
export type OutputValues = FlagValues<typeof OUTPUT_FLAGS>;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * Client options from flags, then HASOFFERS_* variables, for the API `api` names (its profile says
 * which credentials, flags and variables); missing ones are a usage error.
 */
export function clientOptions(values: ConnectionValues, env: CliIo['env'], command: string, api?: string): HasOffersOptions {
  const { profile } = cliApi(api);
  const endpoint = nonEmpty(values.endpoint) ?? nonEmpty(env.HASOFFERS_ENDPOINT);
  const credentials: Record<string, string> = {};
  const missing = [endpoint ? undefined : 'HASOFFERS_ENDPOINT (or --endpoint)'];
  // The profile names each credential's flag; every one is among CONNECTION_FLAGS (a test checks it).
  const byFlag = values as unknown as Readonly<Record<string, string | undefined>>;
  for (const credential of profile.credentials) {
    const value = nonEmpty(byFlag[credential.flag]) ?? nonEmpty(env[credential.env]);
    if (value !== undefined) credentials[credential.option] = value;
    else if (credential.required) missing.push(`${credential.env} (or --${credential.flag})`);
  }
  const absent = missing.filter((item): item is string => item !== undefined);
  if (absent.length) {
    throw new UsageError(
      `missing credentials: set ${absent.join(', ')}. ` +
        (profile.name === 'network'
          ? 'To try tsoffers without an account, start a local sandbox (`tsoffers sandbox`, or `npm run sandbox` in a clone) and use the endpoint it prints with token sandbox-token and id sandbox.'
          : `To try it without an account, start a local sandbox (\`tsoffers sandbox\`) and use the endpoint and a ${profile.name} api_key it prints.`),
      command,
    );
  }
  // For another API the options carry its own credentials (apiKey…) instead of a NetworkToken.
  return {
    endpoint: endpoint!,
    ...(credentials as unknown as Pick<HasOffersOptions, 'networkToken' | 'networkId'>),
    ...(values.retries === undefined ? {} : { retries: values.retries }),
    ...(values.timeout === undefined ? {} : { timeout: values.timeout * 1000 }),
    ...(values['rate-limit'] === undefined ? {} : { rateLimit: values['rate-limit'] }),
    verbosity: values.debug ? 2 : values.verbose ? 1 : 0,
  };
}

/**
 * The client, logging (-v, --debug) through the CLI's stderr, so that log lines get the same
 * redaction and control-character escaping as every other message.
 */
export function cliClient(options: ClientOptions, io?: CliIo): HasOffersAPI {
  const api = cliApi(io?.api);
  if (!io) return api.create(options);
  const line = (level: string) => (message: string) => void io.stderr.write(`tsoffers - ${level} - ${message}\n`);
  return api.create({ ...options, logger: { debug: line('DEBUG'), info: line('INFO'), warn: line('WARNING'), error: line('ERROR') } });
}

/** `--raw-cells`: CSV cells exactly as the server sent them (no formula neutralising). */
export function csvOptions(values: Pick<OutputValues, 'raw-cells'>): { readonly rawCells: boolean } {
  return { rawCells: values['raw-cells'] };
}

export function formatOf(values: Pick<OutputValues, 'json' | 'csv'>, command: string): Format {
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv.', command);
  return values.json ? 'json' : values.csv ? 'csv' : 'table';
}

export function terminalWidth(io: CliIo): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  if (Number.isInteger(fromEnv) && fromEnv > 20) return fromEnv;
  return 120;
}

export function tableOptions(io: CliIo, values: Pick<OutputValues, 'wide'>, extra: Partial<TableOptions> = {}): TableOptions {
  return { width: terminalWidth(io), wide: values.wide, ...extra };
}

/** Rendered data on stdout; its note (what a table left out) on stderr, so stdout stays the data. */
export function write(io: CliIo, rendered: Rendered): void {
  io.stdout.write(rendered.text);
  if (rendered.note) io.stderr.write(`${rendered.note}\n`);
}
