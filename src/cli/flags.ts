/**
 * The flags several commands share, declared once: the global `--api`, the connection flags of
 * every command that calls HasOffers, and the output flags of every command that prints data.
 */
import { PROFILES } from '../profile.js';
import { flag } from './command.js';
import { UsageError } from './exit-codes.js';

export const CONNECTION_GROUP = 'Connection (flags win over the environment)';
export const OUTPUT_GROUP = 'Output';
export const GLOBAL_GROUP = 'Global (anywhere on the command line)';

/** Text a help section shows after its flags. */
export const GROUP_NOTES: Readonly<Record<string, string>> = {
  [OUTPUT_GROUP]:
    '(without --json or --csv) a table sized to the terminal; notes such as hidden columns go to stderr.\n' +
    'Tables, plain answers and messages show control characters from the data (ESC, BEL…) as \\xNN;\n' +
    '--json escapes them as JSON does.',
};

/** `50/10000` (calls per window in ms) → `{ calls, windowMs }`; `off` → false where `off` is allowed. */
export function rateLimitValue(text: string, name: string, allowOff: true): { readonly calls: number; readonly windowMs: number } | false;
export function rateLimitValue(text: string, name: string, allowOff?: false): { readonly calls: number; readonly windowMs: number };
export function rateLimitValue(text: string, name: string, allowOff = false): { readonly calls: number; readonly windowMs: number } | false {
  if (allowOff && text === 'off') return false;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new UsageError(`--${name} takes CALLS/MILLISECONDS such as 50/10000${allowOff ? ', or off' : ''}; got "${text}".`);
  return { calls: Number(match[1]), windowMs: Number(match[2]) };
}

/** A string flag that may not be empty (`--state ''`). */
export function nonEmptyValue(text: string, name: string): string {
  if (text === '') throw new UsageError(`--${name} needs a value.`);
  return text;
}

/** The names `--api` takes: one per API profile. */
export const API_NAMES: readonly string[] = PROFILES.map((profile) => profile.name);

/** Taken out of the arguments wherever it is (see apis.ts's extractApi), before a command parses the rest. */
export const GLOBAL_FLAGS = {
  api: flag.enum({ values: API_NAMES, default: 'network', valueName: 'NAME', group: GLOBAL_GROUP, description: 'the API to call: network, affiliate or advertiser' }),
};

/**
 * How a command that calls HasOffers connects. The credential flags are the profiles' (src/profile.ts
 * names each credential's flag and variable; tests/cli/declarations.test.ts checks they agree).
 */
export const CONNECTION_FLAGS = {
  endpoint: flag.string({ valueName: 'URL', env: 'HASOFFERS_ENDPOINT', group: CONNECTION_GROUP, description: 'the API endpoint, e.g. https://NETWORK.api.hasoffers.com/Apiv3/json' }),
  'network-token': flag.string({ valueName: 'TOKEN', env: 'HASOFFERS_NETWORK_TOKEN', group: CONNECTION_GROUP, description: "the network's NetworkToken (prefer the variable: flags show up in process lists)" }),
  'network-id': flag.string({ valueName: 'ID', env: 'HASOFFERS_NETWORK_ID', group: CONNECTION_GROUP, description: 'the NetworkId' }),
  'api-key': flag.string({ valueName: 'KEY', env: 'HASOFFERS_API_KEY', group: CONNECTION_GROUP, description: "the affiliate's or advertiser's key (--api affiliate|advertiser)" }),
  retries: flag.number({ valueName: 'N', min: 0, group: CONNECTION_GROUP, description: 'retries of rate-limited or failed reads (the client default is 3)' }),
  timeout: flag.number({ valueName: 'SECONDS', min: 1, group: CONNECTION_GROUP, description: 'seconds per attempt (the client default is 60)' }),
  'rate-limit': flag.parsed({
    valueName: 'N/MS|off',
    group: CONNECTION_GROUP,
    description: "client-side limit, HasOffers' own 50/10000 by default; off for a local sandbox",
    parse: (text: string, name: string) => rateLimitValue(text, name, true),
  }),
  verbose: flag.boolean({ short: 'v', group: CONNECTION_GROUP, description: 'log one line per call to stderr' }),
  debug: flag.boolean({ group: CONNECTION_GROUP, description: 'log request parameters and raw answers too (the token redacted)' }),
};

export const OUTPUT_FLAGS = {
  json: flag.boolean({ group: OUTPUT_GROUP, description: 'JSON on stdout (models as objects, relations under their property names)' }),
  csv: flag.boolean({
    group: OUTPUT_GROUP,
    description: "CSV (RFC 4180) with a header line, nothing truncated; a cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a CR) gets a leading ' so it shows as text; a negative number such as -1.5 is kept as it is",
  }),
  'raw-cells': flag.boolean({ group: OUTPUT_GROUP, description: 'CSV cells exactly as received, formulas included (for programs that read the CSV, not for spreadsheets)' }),
  wide: flag.boolean({ group: OUTPUT_GROUP, description: 'a table with every column, untruncated' }),
};

/** The query flags of the per-manager commands (find-all takes them all, find-all-ids and find-by-id some). */
export const QUERY_FLAGS = {
  where: flag.multiple({ valueName: 'COND', description: 'a condition (see Conditions); several are joined with AND' }),
  or: flag.boolean({ description: 'join the --where conditions with OR instead' }),
  sort: flag.multiple({ valueName: '[-]FIELD', split: true, description: 'sort ascending, or descending with "-"' }),
  limit: flag.number({ valueName: 'N', min: 1, description: 'rows per page' }),
  page: flag.number({ valueName: 'N', min: 1, description: 'which page (with --limit)' }),
  all: flag.boolean({ description: 'follow every page (for await over the builder) instead of one page' }),
  fields: flag.multiple({ valueName: 'a,b', split: true, description: 'only these fields (and this column order)' }),
  contain: flag.multiple({ valueName: 'Rel,…', split: true, description: 'include related records' }),
};
