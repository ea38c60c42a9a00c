/**
 * The npm scripts the README gives for a clone, where `npx tsoffers` has nothing to run until a
 * build: `npm run sandbox` starts the sandbox from the sources, `npm run tsoffers -- …` runs any
 * command. Run as a user would, through npm; Ctrl-C is SIGINT to the whole process group.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess as run } from './run-cli.js';

function npm(args: readonly string[]): ReturnType<typeof spawn> {
  return spawn('npm', ['run', '-s', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
}

describe('npm scripts for a clone', () => {
  it('`npm run sandbox -- --port 0` serves the sandbox and stops on Ctrl-C', async () => {
    const child = npm(['sandbox', '--', '--port', '0', '--seed', '3']);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout!.on('data', (chunk: string) => {
          stdout += chunk;
          const match = /^listening (http:\/\/127\.0\.0\.1:\d+\/Apiv3\/json)/m.exec(stdout);
          if (match) resolve(match[1]!);
        });
        child.on('close', (code) => reject(new Error(`npm run sandbox exited with ${code} before listening: ${stdout}${stderr}`)));
      });
      const ids = await run(['offers', 'find-all-ids', '--json'], { HASOFFERS_ENDPOINT: url, HASOFFERS_NETWORK_TOKEN: 'sandbox-token', HASOFFERS_NETWORK_ID: 'sandbox' });
      expect(ids.code).toBe(0);
      expect((JSON.parse(ids.stdout) as string[]).length).toBeGreaterThan(0);
    } finally {
      process.kill(-child.pid!, 'SIGINT');
    }
    // npm itself ends by the signal (as it does in a terminal); the sandbox under it exits cleanly.
    const { code, signal } = await exited;
    expect(code === 0 || signal === 'SIGINT', `code ${code}, signal ${signal}`).toBe(true);
    expect(stderr).toBe('');
  });

  it('`npm run tsoffers -- --version` runs the CLI from the sources', async () => {
    const child = npm(['tsoffers', '--', '--version']);
    let stdout = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toBe(`${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  });
});
