/** `tsoffers sandbox …`: the sandbox's own command-line helper (src/sandbox/cli.ts), loaded only for this command. */
import type { CliIo } from '../context.js';

export async function sandboxCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { runSandboxCli } = await import('../../sandbox/index.js');
  // The sandbox listens for SIGINT/SIGTERM itself, so that it can save --state before exiting.
  return runSandboxCli(args, { stdout: (line) => io.stdout.write(`${line}\n`), stderr: (line) => io.stderr.write(`${line}\n`) });
}
