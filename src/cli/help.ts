import { EXIT } from './exit-codes.js';
import type { ManagerInfo } from './managers.js';
import { managers } from './managers.js';
import { WHERE_SYNTAX } from './where.js';

export const CONNECTION_OPTIONS = `Connection (flags win over the environment):
  --endpoint URL          HASOFFERS_ENDPOINT       e.g. https://NETWORK.api.hasoffers.com/Apiv3/json
  --network-token TOKEN   HASOFFERS_NETWORK_TOKEN  (prefer the variable: flags show up in process lists)
  --network-id ID         HASOFFERS_NETWORK_ID
  --api NAME              network (default), affiliate or advertiser: the API to call
  --api-key KEY           HASOFFERS_API_KEY        the affiliate's or advertiser's key (--api affiliate|advertiser)
  --retries N             retries of rate-limited/failed reads (default 3)
  --timeout SECONDS       per attempt (default 60)
  --rate-limit N/MS|off   client-side limit, default HasOffers' own 50/10000; off for a local sandbox
  -v, --verbose           log one line per call to stderr; --debug logs parameters too (token redacted)`;

export const OUTPUT_OPTIONS = `Output:
  (default)               a table sized to the terminal; notes such as hidden columns go to stderr
  --json                  JSON on stdout (models as objects, relations under their property names)
  --csv                   CSV (RFC 4180) with a header line, nothing truncated; a cell that a
                          spreadsheet would run as a formula (it starts with =, +, -, @, a tab
                          or a CR) gets a leading ' so it shows as text; a negative number such
                          as -1.5 is kept as it is
  --raw-cells             CSV cells exactly as received, formulas included (for programs that
                          read the CSV, not for spreadsheets)
  --wide                  table with every column, untruncated
  Tables, plain answers and messages show control characters from the data (ESC, BEL…) as \\xNN;
  --json escapes them as JSON does.`;

export function exitCodesText(): string {
  const lines: [number, string][] = [
    [EXIT.OK, 'success'],
    [EXIT.HASOFFERS_ERROR, 'HasOffers answered with an error'],
    [EXIT.USAGE, 'usage error (bad command, option or --where); nothing was sent'],
    [EXIT.NETWORK, 'network or HTTP failure, or an answer that is not HasOffers JSON'],
    [EXIT.NOT_FOUND, 'find-by-id found nothing; raw-logs PERIOD: no log files for the period'],
    [EXIT.RATE_LIMITED, 'still rate-limited after every retry'],
    [EXIT.UNKNOWN_OUTCOME, 'a write failed after it may have been applied: check before repeating'],
    [EXIT.DATA_ERROR, 'a raw log failed verification or could not be written'],
    [EXIT.INTERNAL, 'internal error (a bug: please report it)'],
    [EXIT.INTERRUPTED, 'interrupted'],
  ];
  return `Exit codes:\n${lines.map(([code, text]) => `  ${String(code).padStart(3)}  ${text}`).join('\n')}`;
}

function wrap(words: readonly string[], indent: string, width = 100): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of words) {
    if (line.length + word.length + 2 > width && line.trim()) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += `${word}, `;
  }
  lines.push(line.replace(/,\s*$/, ''));
  return lines.join('\n');
}

export function mainHelp(): string {
  const list = managers();
  const width = Math.max(...list.map((info) => info.cliName.length));
  return `tsoffers: the HasOffers Network API from the command line.

Usage:
  tsoffers <manager> find-all [--where COND]… [--or] [--sort [-]FIELD]… [--limit N] [--page N] [--all]
                              [--fields a,b] [--contain Rel,…]
  tsoffers <manager> find-by-id ID [--fields a,b] [--contain Rel,…]
  tsoffers <manager> find-all-ids [--where COND]… [--or]
  tsoffers call <Target> <Method> [key=value]…      any API method; keys like data[name]=x, fields[]=id
  tsoffers raw-logs <clicks|conversions|impressions> <YYYYMMDD|YYYYMM|YYYY|list> [--out FILE]
  tsoffers report <stats|conversions|…> --fields F,… [--group G,…] [--from D --to D] [--where C]… [--totals] [--export FILE]
  tsoffers sandbox [--port N] [--seed N] [--state FILE]   a local HasOffers for tests and examples
  tsoffers codegen [--check] [--schema DIR] [--out DIR] regenerate typed managers from schema YAML

Managers:
${list.map((info) => `  ${info.cliName.padEnd(width)}  ${info.controller.target}${info.hasFindAll ? '' : ' (call only)'}`).join('\n')}

Conditions for --where:
${WHERE_SYNTAX}

${CONNECTION_OPTIONS}

${OUTPUT_OPTIONS}

${exitCodesText()}

Examples:
  tsoffers offers find-all --where 'id>100' --where status=active --sort -id --limit 5
  tsoffers offers find-all --where 'name~%shop%' --where status=active,paused --contain Country --json
  tsoffers affiliate-users find-all --where 'affiliate_id=3' --fields id,email --csv
  tsoffers offers find-by-id 62 --contain Country,Advertiser
  tsoffers call Offer generateTrackingLink offer_id=62 affiliate_id=3 'params[aff_sub]=x'

Run \`tsoffers <command> --help\` for details.`;
}

export function managerHelp(info: ManagerInfo, command?: string): string {
  const fields = info.model?.fields ?? [];
  const relations = info.model?.relations.map((relation) => relation.name) ?? [];
  const name = info.cliName;
  const head = `Fields of ${info.controller.model} (for --where, --sort, --fields):\n${fields.length ? wrap(fields, '  ') : '  (not described by the schema: any name is sent as given)'}\n\nRelations (for --contain):\n${relations.length ? wrap(relations, '  ') : '  (none)'}`;
  const findAll = `tsoffers ${name} find-all [options]
  Lists ${info.controller.target} records through the query builder (${info.controller.target}.findAll).

  --where COND       a condition; repeat for more (joined with AND)
  --or               join the conditions with OR instead
  --sort [-]FIELD    sort ascending, or descending with "-"; repeat or comma-separate for more
  --limit N          rows per page
  --page N           which page (with --limit)
  --all              follow every page (for await over the builder) instead of one page
  --fields a,b       only these fields (and this column order)
  --contain Rel,…    include related records

Conditions:
${WHERE_SYNTAX}`;
  const findById = `tsoffers ${name} find-by-id ID [--fields a,b] [--contain Rel,…]
  Shows one ${info.controller.target} as "field  value" lines; exit code ${EXIT.NOT_FOUND} when there is none.`;
  const findIds = `tsoffers ${name} find-all-ids [--where COND]… [--or]
  Prints the matching ids, one per line.`;
  const tail = `${CONNECTION_OPTIONS}\n\n${OUTPUT_OPTIONS}`;
  if (!info.hasFindAll) {
    const methods = info.controller.methods.map((method) => method.method);
    const known = methods.length ? `Methods in the schema: ${methods.join(', ')}` : 'The schema gives it no methods (as pyoffers does); any HasOffers method can still be called.';
    return `${info.controller.target} has no findAll in the schema; call its methods directly:\n  tsoffers call ${info.controller.target} <Method> key=value…\n${known}`;
  }
  if (command === 'find-all') return `Usage: ${findAll}\n\n${head}\n\n${tail}`;
  if (command === 'find-by-id') return `Usage: ${findById}\n\n${head}\n\n${tail}`;
  if (command === 'find-all-ids') return `Usage: ${findIds}\n\nConditions:\n${WHERE_SYNTAX}\n\n${tail}`;
  return `Usage:\n  ${findAll.split('\n')[0]}\n  ${findById.split('\n')[0]}\n  ${findIds.split('\n')[0]}\n\n${head}\n\nRun \`tsoffers ${name} <command> --help\` for each command's options.`;
}

export const CALL_HELP = `Usage: tsoffers call <Target> <Method> [key=value]…
  Calls any HasOffers Network API method, e.g. one the managers do not cover.

  Keys take PHP's bracket syntax, as HasOffers reads them:
    id=62                           a value
    data[name]=Shop                 a group (create/update data)
    fields[]=id fields[]=name       a list
    filters[id][GREATER_THAN]=100   nested groups

  Lists of models print as a table, one model as "field  value" lines, anything else as JSON.

Examples:
  tsoffers call Offer findAll 'filters[status]=active' limit=2
  tsoffers call Offer addTargetCountry id=62 country_code=CZ
  tsoffers call Affiliate create 'data[company]=ACME' 'data[phone]=123' 'data[zipcode]=1'

${CONNECTION_OPTIONS}

${OUTPUT_OPTIONS}`;

export const RAW_LOGS_HELP = `Usage:
  tsoffers raw-logs <clicks|conversions|impressions> list               the date directories
  tsoffers raw-logs <clicks|conversions|impressions> list YYYYMMDD      the log files of a day
  tsoffers raw-logs <clicks|conversions|impressions> PERIOD [--out FILE] [--concurrency N]
      every record of a day (YYYYMMDD), a month (YYYYMM) or a year (YYYY) as one CSV, to FILE or
      stdout. Each archive is verified (CRC and size) before its records count; FILE is written
      to a new FILE.<random>.part (created exclusively: never through an existing file or
      symlink) and renamed only when everything verified, so a failure never leaves a
      half-written FILE. A period without log files exits ${EXIT.NOT_FOUND} and writes no FILE; log
      files without rows exit 0 and say so on stderr. Without --out the rows go to stdout as
      they are parsed, so a damaged file can leave some of its rows on stdout before the
      command exits non-zero naming the file; with --out, FILE only appears once every archive
      has been verified.
      The CSV has one header, the first file's columns: a later file without one of them leaves
      its cells empty, a later file with a column the first lacks stops the command (exit 7);
      run such a period one day (YYYYMMDD) at a time. Each file costs one API call
      (getDownloadLink), so the client's rate limit (50 calls per 10 s, like HasOffers) paces
      long periods; --rate-limit off for a sandbox.

  --out FILE         write the CSV here (default: stdout); cells that a spreadsheet would run
                     as formulas get a leading ' (see --csv), --raw-cells keeps them as they are
  --raw-cells        cells exactly as in the log files
  --concurrency N    files downloaded at once (default 4)
  --progress         progress on stderr even when it is not a terminal (one line per file)
  --no-progress      no progress output
                     (when nothing has moved for a second, the progress says what it waits for:
                     usually the rate limit, as every file needs one getDownloadLink call)

${CONNECTION_OPTIONS}`;
