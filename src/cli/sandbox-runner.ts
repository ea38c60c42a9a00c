/**
 * `tsoffers sandbox` for programs and tests: the CLI's own declaration of
 * the command (src/cli/commands/sandbox.ts: its flags, help and run), parsed by the CLI's parser,
 * with its mistakes as the CLI's one UsageError. Prints exactly one line `listening <url>` once
 * ready, and on SIGINT/SIGTERM (or `stopSignal`) closes the server (saving the state) and resolves.
 */
import { sandbox, sandboxOptions } from './commands/sandbox.js';
import { UsageError } from './exit-codes.js';
import { commandHelp } from './help.js';
import type { CliIo } from './io.js';
import type { SandboxOptions } from '../sandbox/server.js';

/** `tsoffers sandbox --help`, generated from the declaration. */
export const SANDBOX_USAGE = `${commandHelp(sandbox, undefined)}\n`;

export interface SandboxCliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Resolves when the process is asked to stop; defaults to SIGINT/SIGTERM. */
  readonly stopSignal?: Promise<unknown>;
}

/** The sandbox's options from its command line, or 'help'; a mistake is a UsageError naming the flag. */
export function parseSandboxArgs(argv: readonly string[]): SandboxOptions | 'help' {
  const parsed = sandbox.parse(argv, 'sandbox');
  if (parsed === 'help') return 'help';
  if (parsed.args.length) throw new UsageError(`unexpected argument "${parsed.args[0]}".`, 'sandbox');
  return sandboxOptions(parsed.flags);
}

/** Lines written through `write` (which the command calls with whole lines ending in \n). */
function lines(write: (line: string) => void): CliIo['stdout'] {
  return { write: (text: string) => text.replace(/\n$/, '').split('\n').forEach((line) => write(line)) };
}

/**
 * Runs the sandbox command; resolves to the exit code once the server has stopped (0), or at once
 * for --help (0) and bad flags or a failed start (2 and 1).
 */
export async function runSandboxCli(argv: readonly string[], io: Partial<SandboxCliIo> = {}): Promise<number> {
  const stdout = io.stdout ?? ((line: string) => process.stdout.write(`${line}\n`));
  const stderr = io.stderr ?? ((line: string) => process.stderr.write(`${line}\n`));
  let parsed: ReturnType<typeof sandbox.parse>;
  try {
    parsed = sandbox.parse(argv, 'sandbox');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr(`tsoffers sandbox: ${error.message}`);
    return 2;
  }
  if (parsed === 'help') {
    stdout(SANDBOX_USAGE.trimEnd());
    return 0;
  }
  const cliIo: CliIo = { stdout: lines(stdout), stderr: lines(stderr), env: process.env, cwd: process.cwd() };
  try {
    return await sandbox.run({ ...parsed, io: cliIo, label: 'sandbox', context: io.stopSignal ? { stopSignal: io.stopSignal } : undefined });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr(`tsoffers sandbox: ${error.message}`);
    return 2;
  }
}
