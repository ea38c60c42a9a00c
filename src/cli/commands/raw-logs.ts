/** `tsoffers raw-logs <type> list [YYYYMMDD]` and `tsoffers raw-logs <type> PERIOD [--out FILE]`. */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { once } from 'node:events';
import type { LogTypeManager, RawLogProgress } from '../../rawlog/index.js';
import { HASOFFERS_RATE_LIMIT } from '../../transport/limiter.js';
import { defineCommand, flag } from '../command.js';
import { clientOptions, cliClient, csvOptions, formatOf, tableOptions, write } from '../context.js';
import { CliExit, EXIT, UsageError } from '../exit-codes.js';
import { CONNECTION_FLAGS, OUTPUT_FLAGS } from '../flags.js';
import { csvLine, renderCsv, renderJson, renderTable } from '../output.js';
import { ProgressBar } from '../progress.js';

const TYPES = ['clicks', 'conversions', 'impressions'] as const;
type Kind = (typeof TYPES)[number];

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * How the records of one batch map onto the CSV header: `header` itself when they have exactly its
 * columns, else the header with `undefined` where they lack a column (those cells stay empty), or
 * the columns they have that the header lacks (`extra`, which the caller reports as an error).
 *
 * Only a batch's first record is looked at: a batch holds records of one file, and every record of
 * a file is built from that file's CSV header, so they all have the same own keys in the same order.
 */
function batchColumns(first: Record<string, unknown>, header: readonly string[], headerSet: ReadonlySet<string>): { columns: readonly (string | undefined)[] } | { extra: string[] } {
  const keys = Object.keys(first);
  if (keys.length === header.length && keys.every((key, i) => key === header[i])) return { columns: header };
  const extra = keys.filter((key) => !headerSet.has(key));
  if (extra.length) return { extra };
  // Object.hasOwn, not `in`: a record inherits toString and constructor from its prototype.
  return { columns: header.map((column) => (Object.hasOwn(first, column) ? column : undefined)) };
}

/** `20160921/clicks-2016092100.zip`, or `file 2 of 31 of 201609` if the listing cannot be fetched again. */
async function describeFile(manager: LogTypeManager, period: string, index: number, total: number, signal: AbortSignal | undefined): Promise<string> {
  try {
    const name = (await manager.logsOf(period, { signal }))[index]?.filename;
    if (name) return name;
  } catch {
    // Only the message gets less precise: the column error is what is reported.
  }
  return `file ${index + 1} of ${total} of ${period}`;
}

/** A real calendar date (or month, or year): `20160231` and `201613` are not periods. */
export function isPeriod(text: string): boolean {
  if (!/^\d{4}(\d{2}(\d{2})?)?$/.test(text)) return false;
  const year = Number(text.slice(0, 4));
  if (year < 1970) return false;
  if (text.length === 4) return true;
  const month = Number(text.slice(4, 6));
  if (month < 1 || month > 12) return false;
  if (text.length === 6) return true;
  const day = Number(text.slice(6, 8));
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The temporary file FILE is written to before the rename: a random name next to FILE, created
 * with O_EXCL (`wx`), so a file or symlink planted there makes the open fail instead of being
 * written through, and nobody can plant one in advance at a name they cannot guess.
 */
export async function openTemporary(out: string): Promise<{ part: string; handle: Awaited<ReturnType<typeof open>> }> {
  const part = `${out}.${randomBytes(6).toString('hex')}.part`;
  return { part, handle: await open(part, 'wx') };
}

export const rawLogs = defineCommand({
  name: 'raw-logs',
  aliases: ['rawlogs'],
  usage: '<clicks|conversions|impressions> <YYYYMMDD|YYYYMM|YYYY|list [YYYYMMDD]>',
  summary: 'lists the raw-log files, or writes every record of a day, month or year as one verified CSV',
  description: `  tsoffers raw-logs <type> list               the date directories
  tsoffers raw-logs <type> list YYYYMMDD      the log files of a day
  tsoffers raw-logs <type> PERIOD [--out FILE]
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
      its cells empty, a later file with a column the first lacks stops the command (exit ${EXIT.DATA_ERROR});
      run such a period one day (YYYYMMDD) at a time. Each file costs one API call
      (getDownloadLink), so the client's rate limit (50 calls per 10 s, like HasOffers) paces
      long periods; --rate-limit off for a sandbox. When nothing has moved for a second, the
      progress says what it waits for: usually the rate limit.`,
  flags: {
    out: flag.string({ valueName: 'FILE', description: "write the CSV here (default: stdout); cells that a spreadsheet would run as formulas get a leading ' (see --csv), --raw-cells keeps them as they are" }),
    concurrency: flag.number({ valueName: 'N', min: 1, default: 4, description: 'files downloaded at once' }),
    progress: flag.boolean({ description: 'progress on stderr even when it is not a terminal (one line per file)' }),
    'no-progress': flag.boolean({ description: 'no progress output' }),
    ...CONNECTION_FLAGS,
    ...OUTPUT_FLAGS,
  },
  examples: ['tsoffers raw-logs clicks list', 'tsoffers raw-logs clicks list 20240501', 'tsoffers raw-logs clicks 202405 --out clicks.csv'],
  async run({ flags: values, args, io, label }) {
    if (io.api && io.api !== 'network') throw new UsageError(`raw logs are the Network API's; --api ${io.api} has none.`, label);
    const [kind, what, day, ...extra] = args;
    if (!kind || !(TYPES as readonly string[]).includes(kind)) throw new UsageError(`the first argument is the log type: ${TYPES.join(', ')}${kind ? ` (got "${kind}")` : ''}.`, label);
    if (!what) throw new UsageError('name a period (YYYYMMDD, YYYYMM or YYYY) or "list".', label);
    if (extra.length || (what !== 'list' && day !== undefined)) throw new UsageError(`unexpected argument "${extra[0] ?? day}".`, label);
    if (what !== 'list' && !isPeriod(what)) throw new UsageError(`"${what}" is not a period: use a date YYYYMMDD (a day), YYYYMM (a month) or YYYY (a year), e.g. 20160920.`, label);
    if (day !== undefined && !(day.length === 8 && isPeriod(day))) throw new UsageError(`"${day}" is not a day: use a date YYYYMMDD, e.g. 20160920.`, label);
    const concurrency = values.concurrency;
    const format = formatOf(values, label);

    const connection = clientOptions(values, io.env, label, io.api);
    const api = cliClient(connection, io);
    try {
      const manager = api.rawLogs[kind as Kind] as LogTypeManager;
      if (what === 'list') {
        const rows = day
          ? (await manager.listLogs(day, { signal: io.signal })).map((file) => ({ filename: file.filename, displayName: file.displayName, startTimestamp: file.startTimestamp }))
          : (await manager.listDateDirs({ signal: io.signal })).map((dir) => ({ dirName: dir.dirName, displayName: dir.displayName }));
        if (format === 'json') io.stdout.write(renderJson(rows));
        else if (format === 'csv') io.stdout.write(renderCsv(rows, undefined, csvOptions(values)));
        else write(io, renderTable(rows, tableOptions(io, values)));
        return EXIT.OK;
      }
      if (format === 'json') throw new UsageError('records are written as CSV; --json applies to "list" only.', label);

      const progressMode = values['no-progress'] ? 'off' : io.stderr.isTTY ? 'bar' : values.progress ? 'lines' : 'off';
      const bar = new ProgressBar(io.stderr, progressMode, {
        rateLimit: connection.rateLimit ?? HASOFFERS_RATE_LIMIT,
        concurrency,
        // listLogs for a day; listDateDirs and one listLogs per day (HasOffers' files are hourly) for a month or year.
        listingCalls: what.length === 8 ? () => 1 : (files) => 1 + Math.ceil(files / 24),
      });
      const out = values.out === undefined ? undefined : resolve(io.cwd, values.out);
      const temporary = out ? await openTemporary(out) : undefined;
      const part = temporary?.part;
      const sink = temporary?.handle.createWriteStream();
      // Keep the stream's own errors (a full disk; writes racing a destroy after a failed download)
      // from becoming uncaught exceptions: remember the first one and fail the next write with it.
      let sinkError: Error | undefined;
      sink?.on('error', (error) => {
        sinkError ??= error;
      });
      const emit = async (chunk: string) => {
        if (!sink) {
          // A month of clicks is gigabytes: respect a slow reader instead of buffering it all.
          if (io.stdout.write(chunk) === false) await io.stdout.drain?.();
          return;
        }
        if (sinkError) throw sinkError;
        if (!sink.write(chunk)) await once(sink, 'drain');
      };
      const cells = csvOptions(values);
      let header: string[] | undefined;
      let headerSet: Set<string> | undefined;
      let count = 0;
      // Files are read strictly in order and a batch comes from the file `filesDone` counts up to.
      let lastProgress: RawLogProgress | undefined;
      const onProgress = (progress: RawLogProgress) => {
        lastProgress = progress;
        bar.update(progress);
      };
      try {
        const stream = manager.iterate(what, { signal: io.signal, onProgress, concurrency });
        for await (const batch of stream.batches()) {
          if (batch.length === 0) continue;
          const first = batch[0] as unknown as Record<string, unknown>;
          let chunk = '';
          let columns: readonly (string | undefined)[];
          if (!header) {
            header = Object.keys(first);
            headerSet = new Set(header);
            columns = header;
            chunk += csvLine(header, cells);
          } else {
            const mapped = batchColumns(first, header, headerSet!);
            if ('extra' in mapped) {
              const file = lastProgress ? await describeFile(manager, what, lastProgress.filesDone, lastProgress.filesTotal, io.signal) : `a later file of ${what}`;
              const names = mapped.extra.map((name) => JSON.stringify(name)).join(', ');
              throw new CliExit(
                `${file} has ${mapped.extra.length === 1 ? 'a column' : 'columns'} ${names} that the first file of ${what} did not have. ` +
                  `The CSV output has a single header, taken from the first file, so ${mapped.extra.length === 1 ? 'its values' : 'their values'} would be lost. ` +
                  `Run the period one day at a time (tsoffers raw-logs ${kind} YYYYMMDD) to get each file's columns.`,
                EXIT.DATA_ERROR,
              );
            }
            columns = mapped.columns;
          }
          for (const record of batch) {
            const row = record as unknown as Record<string, unknown>;
            chunk += csvLine(columns.map((column) => (column === undefined ? '' : text(row[column]))), cells);
            count++;
          }
          await emit(chunk);
        }
        if (lastProgress === undefined || lastProgress.filesTotal === 0) {
          throw new CliExit(`no ${kind} logs for ${what}: HasOffers lists no log files for that period. \`tsoffers raw-logs ${kind} list\` shows the days that have logs.`, EXIT.NOT_FOUND);
        }
        if (sink) {
          sink.end();
          await once(sink, 'close');
          await rename(part!, out!);
        }
      } catch (error) {
        if (sink) {
          sink.destroy();
          await rm(part!, { force: true });
        }
        throw error;
      } finally {
        bar.done();
      }
      if (count === 0) {
        const files = lastProgress.filesTotal;
        io.stderr.write(`0 ${kind} records: the ${files} log file${files === 1 ? '' : 's'} of ${what} ${files === 1 ? 'has' : 'have'} no rows.\n`);
      } else if (out || io.stderr.isTTY) {
        io.stderr.write(`${count} ${kind} record${count === 1 ? '' : 's'}${out ? ` written to ${values.out}` : ''}\n`);
      }
      return EXIT.OK;
    } finally {
      await api.close();
    }
  },
});
