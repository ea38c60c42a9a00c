/** The CLI's dispatcher and its one place that turns errors into messages and exit codes. */
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  HasOffersError,
  InvalidArgumentError,
  InvalidResponseError,
  MaxRetriesExceededError,
  NetworkError,
  RateLimitError,
  TsoffersError,
  UnknownOutcomeError,
  WireEncodingError,
} from '../errors.js';
import { RawLogFormatError, RawLogIntegrityError, RawLogLimitError, RawLogResponseError } from '../rawlog/index.js';
import { makeRedactor } from '../transport/redact.js';
import type { Command, Flags } from './command.js';
import { commandNames } from './command.js';
import { COMMANDS, findCommand, findManagerCommand, MANAGER_COMMANDS, mainHelp, managerHelp } from './commands/index.js';
import type { ExitCode } from './exit-codes.js';
import { CliExit, EXIT, UsageError } from './exit-codes.js';
import { commandHelp } from './help.js';
import type { CliIo, CliStream } from './io.js';
import { requireManager } from './managers.js';
import { cliSecrets, extractApi } from './apis.js';
import { forTerminal, forTerminalLines } from './terminal.js';

function version(): string {
  // src/cli and dist/src/cli sit at different depths: walk up to the package's manifest.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'tsoffers') return manifest.version ?? 'unknown';
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || (error as { code?: unknown }).code === 'ABORT_ERR');
}

/** The exit code for an error (see exit-codes.ts). */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CliExit) return error.code;
  if (error instanceof UsageError || error instanceof InvalidArgumentError || error instanceof WireEncodingError) return EXIT.USAGE;
  if (error instanceof MaxRetriesExceededError || error instanceof RateLimitError) return EXIT.RATE_LIMITED;
  if (error instanceof HasOffersError) return EXIT.HASOFFERS_ERROR;
  if (error instanceof UnknownOutcomeError) return EXIT.UNKNOWN_OUTCOME;
  if (error instanceof NetworkError || error instanceof InvalidResponseError || error instanceof RawLogResponseError) return EXIT.NETWORK;
  if (error instanceof RawLogIntegrityError || error instanceof RawLogFormatError || error instanceof RawLogLimitError) return EXIT.DATA_ERROR;
  if (isAbort(error)) return EXIT.INTERRUPTED;
  const code = (error as { code?: unknown } | null)?.code;
  // File-system failures writing --out.
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && (error as { syscall?: unknown }).syscall !== undefined && !(error instanceof TsoffersError)) return EXIT.DATA_ERROR;
  return EXIT.INTERNAL;
}

function describeError(error: unknown, code: ExitCode): string {
  if (error instanceof UsageError) {
    return `tsoffers: ${error.message}\nRun \`tsoffers ${error.command ? `${error.command} ` : ''}--help\` for usage.`;
  }
  if (error instanceof HasOffersError && !(error instanceof RateLimitError)) {
    const where = error.target && error.method ? ` (${error.target}.${error.method})` : '';
    return `tsoffers: HasOffers error${where}: ${error.message}`;
  }
  if (code === EXIT.INTERRUPTED) return 'tsoffers: interrupted.';
  if (code === EXIT.INTERNAL) return `tsoffers: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report this.`;
  return `tsoffers: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Wraps a stream so that nothing written through it can carry the token, and, with `safe`, no
 * control character reaches the terminal (`writeControl` is for the CLI's own sequences).
 */
function redacting(stream: CliStream, redact: (text: string) => string, safe?: (text: string) => string): CliStream {
  const emitter = stream as Partial<NodeJS.WritableStream>;
  const drain = stream.drain
    ? () => stream.drain!()
    : typeof emitter.once === 'function'
      ? () => once(emitter as NodeJS.WritableStream, 'drain').then(() => undefined)
      : undefined;
  const control = stream.writeControl ? (text: string) => stream.writeControl!(redact(text)) : (text: string) => stream.write(redact(text));
  return {
    write: safe ? (text: string) => stream.write(safe(redact(text))) : (text: string) => stream.write(redact(text)),
    writeControl: control,
    isTTY: stream.isTTY,
    columns: stream.columns,
    ...(drain ? { drain } : {}),
  };
}

/** Runs one CLI invocation; resolves to the exit code. Never throws. */
export async function runCli(given: readonly string[], rawIo: CliIo): Promise<number> {
  // Defence in depth: the SDK redacts its own errors; this also covers anything else we print.
  // Every API's secrets (NetworkToken, api_key) from flags and variables.
  const redact = makeRedactor(cliSecrets(given, rawIo.env));
  let argv: readonly string[] = given;
  let api = 'network';
  try {
    ({ api, argv } = extractApi(given));
  } catch (error) {
    const code = exitCodeOf(error);
    rawIo.stderr.write(`${redact(describeError(error, code))}\n`);
    return code;
  }
  // stderr carries messages (HasOffers' own error texts, file names, log lines): never a raw
  // control character. stdout is data: tables and plain answers are made safe where they are
  // rendered; whatever else reaches a terminal (CSV on a TTY) is made safe here, CRLF kept.
  const io: CliIo = {
    ...rawIo,
    api,
    stdout: redacting(rawIo.stdout, redact, rawIo.stdout.isTTY ? forTerminalLines : undefined),
    stderr: redacting(rawIo.stderr, redact, forTerminal),
  };
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const code = exitCodeOf(error);
    io.stderr.write(`${describeError(error, code)}\n`);
    return code;
  }
}

/**
 * Runs one declared command: its flags parsed against its declaration (typed, checked), or its
 * generated help for -h/--help; without arguments, a command that asks for it prints its help on
 * stderr and exits 2.
 */
async function invoke<X>(command: Command<Flags, X>, argv: readonly string[], io: CliIo, context: X, label: string, prefix: string): Promise<number> {
  if (argv.length === 0 && command.bareShowsHelp) {
    io.stderr.write(`${commandHelp(command, context, prefix)}\n`);
    return EXIT.USAGE;
  }
  const parsed = command.parse(argv, label);
  if (parsed === 'help') {
    io.stdout.write(`${commandHelp(command, context, prefix)}\n`);
    return EXIT.OK;
  }
  return command.run({ flags: parsed.flags, args: parsed.args, io, label, context });
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(`${mainHelp(io.api)}\n`);
    return EXIT.USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    if (first === 'help' && rest[0]) return dispatch([...rest, '--help'], io);
    io.stdout.write(`${mainHelp(io.api)}\n`);
    return EXIT.OK;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`${version()}\n`);
    return EXIT.OK;
  }
  const command = findCommand(first);
  if (command) return invoke(command, rest, io, undefined, command.name, 'tsoffers');
  if (first.startsWith('-')) throw new UsageError(`"${first}" is an option; start with a command or a manager, e.g. tsoffers offers find-all ${first}.`);
  const info = requireManager(first, io.api, commandNames(COMMANDS));
  const [name, ...args] = rest;
  if (name === undefined || name === '--help' || name === '-h') {
    (name ? io.stdout : io.stderr).write(`${managerHelp(info)}\n`);
    return name ? EXIT.OK : EXIT.USAGE;
  }
  const managerCommand = findManagerCommand(name);
  if (!managerCommand) {
    const names = MANAGER_COMMANDS.map((declared) => declared.name);
    throw new UsageError(`"${name}" is not a ${info.cliName} command: use ${names.join(', ')}, or tsoffers call ${info.controller.target} ${name} key=value… for other methods.`, info.cliName);
  }
  if (!info.hasFindAll) {
    // Its help says so, and how to call its methods instead.
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(`${managerHelp(info)}\n`);
      return EXIT.OK;
    }
    throw new UsageError(managerHelp(info), info.cliName);
  }
  return invoke(managerCommand, args, io, info, `${info.cliName} ${name}`, `tsoffers ${info.cliName}`);
}
