/** Runs the real `tsoffers` entry point as a child process (through tsx), as a user would. */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MAIN = join(ROOT, 'src', 'cli', 'main.ts');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runTsoffers(args: readonly string[], env: Record<string, string | undefined> = {}, cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd,
      // Only what the test gives: no HASOFFERS_* from the developer's shell.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, COLUMNS: '200', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The same CLI in this process (runCli is everything main.ts does apart from wiring the process):
 * spawning tsx costs about a second of CPU per run, so only a few tests pay for a real process.
 */
export async function runInProcess(args: readonly string[], env: Record<string, string | undefined> = {}, cwd = ROOT): Promise<CliResult> {
  const { runCli } = await import('../../src/cli/run.js');
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { COLUMNS: '200', ...env },
    cwd,
  });
  return { code, stdout, stderr };
}
