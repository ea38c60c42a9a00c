import type { ClientOptions, HasOffersAPI, HasOffersOptions } from '../client.js';
import { cliApi } from './apis.js';
import type { OptionSpecs, ParsedArgs } from './argv.js';
import { parseArgv, positiveIntOption } from './argv.js';
import { UsageError } from './exit-codes.js';
import type { Format, TableOptions } from './output.js';

export interface CliStream {
  /** Like a Node stream's write: `false` asks the writer to wait for `drain()`. */
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** Resolves when a stream that refused more (write returned false) can take more again. */
  drain?(): Promise<void>;
  /**
   * Writes the CLI's own terminal control sequences (the progress bar's `\r` and erase-line),
   * which `write` would show as `\xNN` on a stream that makes controls visible. Never for data.
   */
  writeControl?(text: string): unknown;
}

/** Everything the CLI touches of its process, so tests can run it in-process too. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Aborted on Ctrl-C. */
  readonly signal?: AbortSignal;
  /** The API the CLI speaks (`--api`): network (the default), affiliate or advertiser. */
  readonly api?: string;
}

export const CONNECTION_SPECS = {
  endpoint: { type: 'string' },
  'network-token': { type: 'string' },
  'network-id': { type: 'string' },
  'api-key': { type: 'string' },
  retries: { type: 'string' },
  timeout: { type: 'string' },
  'rate-limit': { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
} as const satisfies OptionSpecs;

export const OUTPUT_SPECS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  wide: { type: 'boolean' },
  'raw-cells': { type: 'boolean' },
} as const satisfies OptionSpecs;

export const HELP_SPEC = { help: { type: 'boolean', short: 'h' } } as const satisfies OptionSpecs;

export function parseCommand(args: readonly string[], specs: OptionSpecs, command: string): ParsedArgs {
  return parseArgv(args, { ...specs, ...HELP_SPEC }, command);
}

function nonEmpty(value: string | string[] | boolean | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.trim() === '' ? undefined : value;
}

/**
 * Client options from flags, then HASOFFERS_* variables, for the API `api` names (its profile says
 * which credentials, flags and variables); missing ones are a usage error.
 */
export function clientOptions(values: ParsedArgs['values'], env: CliIo['env'], command: string, api?: string): HasOffersOptions {
  const { profile } = cliApi(api);
  const endpoint = nonEmpty(values.endpoint) ?? nonEmpty(env.HASOFFERS_ENDPOINT);
  const credentials: Record<string, string> = {};
  const missing = [endpoint ? undefined : 'HASOFFERS_ENDPOINT (or --endpoint)'];
  for (const credential of profile.credentials) {
    const value = nonEmpty(values[credential.flag]) ?? nonEmpty(env[credential.env]);
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
  const retries = values.retries === undefined ? undefined : Number(String(values.retries));
  if (retries !== undefined && (!Number.isInteger(retries) || retries < 0)) throw new UsageError(`--retries takes a whole number ≥ 0, got "${String(values.retries)}".`, command);
  const timeoutSeconds = positiveIntOption('timeout', values.timeout, command);
  const rateLimit = rateLimitOption(values['rate-limit'], command);
  // For another API the options carry its own credentials (apiKey…) instead of a NetworkToken.
  return {
    endpoint: endpoint!,
    ...(credentials as unknown as Pick<HasOffersOptions, 'networkToken' | 'networkId'>),
    ...(retries === undefined ? {} : { retries }),
    ...(timeoutSeconds === undefined ? {} : { timeout: timeoutSeconds * 1000 }),
    ...(rateLimit === undefined ? {} : { rateLimit }),
    verbosity: values.debug ? 2 : values.verbose ? 1 : 0,
  };
}

/** `--rate-limit 50/10000` (calls per window in ms) or `--rate-limit off`. */
function rateLimitOption(value: string | string[] | boolean | undefined, command: string): HasOffersOptions['rateLimit'] {
  if (value === undefined) return undefined;
  const text = String(value);
  if (text === 'off') return false;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new UsageError(`--rate-limit takes CALLS/MILLISECONDS such as 50/10000, or off; got "${text}".`, command);
  return { calls: Number(match[1]), windowMs: Number(match[2]) };
}

/**
 * The client, logging (-v, --debug) through the CLI's stderr, so that log lines get the same
 * redaction and control-character escaping as every other message.
 */
export function createClient(options: ClientOptions, io?: CliIo): HasOffersAPI {
  const api = cliApi(io?.api);
  if (!io) return api.create(options);
  const line = (level: string) => (message: string) => void io.stderr.write(`tsoffers - ${level} - ${message}\n`);
  return api.create({ ...options, logger: { debug: line('DEBUG'), info: line('INFO'), warn: line('WARNING'), error: line('ERROR') } });
}

/** `--raw-cells`: CSV cells exactly as the server sent them (no formula neutralising). */
export function csvOptions(values: ParsedArgs['values']): { readonly rawCells: boolean } {
  return { rawCells: values['raw-cells'] === true };
}

export function formatOf(values: ParsedArgs['values'], command: string): Format {
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv.', command);
  return values.json ? 'json' : values.csv ? 'csv' : 'table';
}

export function terminalWidth(io: CliIo): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  if (Number.isInteger(fromEnv) && fromEnv > 20) return fromEnv;
  return 120;
}

export function tableOptions(io: CliIo, values: ParsedArgs['values'], extra: Partial<TableOptions> = {}): TableOptions {
  return { width: terminalWidth(io), wide: values.wide === true, ...extra };
}
