/** `tsoffers raw-logs <type> list [YYYYMMDD]` and `tsoffers raw-logs <type> PERIOD [--out FILE]`. */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { once } from 'node:events';
import type { LogTypeManager } from '../../rawlog/index.js';
import { positiveIntOption } from '../argv.js';
import type { CliIo } from '../context.js';
import { clientOptions, CONNECTION_SPECS, createClient, formatOf, OUTPUT_SPECS, parseCommand, tableOptions } from '../context.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { RAW_LOGS_HELP } from '../help.js';
import { renderCsv, renderJson, renderTable } from '../output.js';
import { ProgressBar } from '../progress.js';
import { write } from './find.js';

const SPECS = {
  ...CONNECTION_SPECS,
  ...OUTPUT_SPECS,
  out: { type: 'string' },
  concurrency: { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
} as const;

const TYPES = ['clicks', 'conversions', 'impressions'] as const;
type Kind = (typeof TYPES)[number];

function csvLine(cells: readonly string[]): string {
  return `${cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')}\r\n`;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}

export async function rawLogsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommand(args, SPECS, 'raw-logs');
  if (values.help) {
    io.stdout.write(`${RAW_LOGS_HELP}\n`);
    return EXIT.OK;
  }
  const [kind, what, day, ...extra] = positionals;
  if (!kind || !(TYPES as readonly string[]).includes(kind)) throw new UsageError(`the first argument is the log type: ${TYPES.join(', ')}${kind ? ` (got "${kind}")` : ''}.`, 'raw-logs');
  if (!what) throw new UsageError('name a period (YYYYMMDD, YYYYMM or YYYY) or "list".', 'raw-logs');
  if (extra.length || (what !== 'list' && day !== undefined)) throw new UsageError(`unexpected argument "${extra[0] ?? day}".`, 'raw-logs');
  if (what !== 'list' && !/^\d{4}(\d{2}(\d{2})?)?$/.test(what)) throw new UsageError(`"${what}" is not a period: use YYYYMMDD (a day), YYYYMM (a month) or YYYY (a year).`, 'raw-logs');
  if (day !== undefined && !/^\d{8}$/.test(day)) throw new UsageError(`"${day}" is not a day: use YYYYMMDD.`, 'raw-logs');
  const concurrency = positiveIntOption('concurrency', values.concurrency, 'raw-logs');
  const format = formatOf(values, 'raw-logs');

  const api = createClient(clientOptions(values, io.env, 'raw-logs'));
  try {
    const manager = api.rawLogs[kind as Kind] as LogTypeManager;
    if (what === 'list') {
      const rows = day
        ? (await manager.listLogs(day, { signal: io.signal })).map((file) => ({ filename: file.filename, displayName: file.displayName, startTimestamp: file.startTimestamp }))
        : (await manager.listDateDirs({ signal: io.signal })).map((dir) => ({ dirName: dir.dirName, displayName: dir.displayName }));
      if (format === 'json') io.stdout.write(renderJson(rows));
      else if (format === 'csv') io.stdout.write(renderCsv(rows));
      else write(io, renderTable(rows, tableOptions(io, values)));
      return EXIT.OK;
    }
    if (format === 'json') throw new UsageError('records are written as CSV; --json applies to "list" only.', 'raw-logs');

    const progressMode = values['no-progress'] ? 'off' : io.stderr.isTTY ? 'bar' : values.progress ? 'lines' : 'off';
    const bar = new ProgressBar(io.stderr, progressMode);
    const out = typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined;
    const part = out ? `${out}.part` : undefined;
    const sink = part ? createWriteStream(part) : undefined;
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
    let header: string[] | undefined;
    let count = 0;
    try {
      const stream = manager.iterate(what, { signal: io.signal, onProgress: (progress) => bar.update(progress), ...(concurrency ? { concurrency } : {}) });
      for await (const batch of stream.batches()) {
        let chunk = '';
        for (const record of batch) {
          const row = record as unknown as Record<string, unknown>;
          if (!header) {
            header = Object.keys(row);
            chunk += csvLine(header);
          }
          chunk += csvLine(header.map((column) => text(row[column])));
          count++;
        }
        await emit(chunk);
      }
      if (sink) {
        sink.end();
        await once(sink, 'finish');
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
    if (out || io.stderr.isTTY) io.stderr.write(`${count} ${kind} record${count === 1 ? '' : 's'}${out ? ` written to ${values.out as string}` : ''}\n`);
    return EXIT.OK;
  } finally {
    await api.close();
  }
}
