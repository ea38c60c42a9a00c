/**
 * Output does not depend on the machine's locale: `codegen --check` and `schema:import --check`
 * pass under a locale whose collation orders letters differently (Slovak sorts "ch" after "h").
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const reference = join(root, '..', 'shared', 'reference', 'hasoffers-api');

describe('generation under another locale', () => {
  it('codegen --check passes with LC_ALL=sk_SK.UTF-8', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(root, 'codegen', 'cli.ts'), '--check'], { cwd: root, env: { ...process.env, LC_ALL: 'sk_SK.UTF-8', LANG: 'sk_SK.UTF-8' } });
    expect(stdout).toMatch(/up to date/);
  }, 60_000);

  it.skipIf(!existsSync(reference))('schema:import --check passes with LC_ALL=sk_SK.UTF-8', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(root, 'codegen', 'import.ts'), '--check'], { cwd: root, env: { ...process.env, LC_ALL: 'sk_SK.UTF-8', LANG: 'sk_SK.UTF-8' } });
    expect(stdout).toMatch(/up to date/);
  }, 60_000);
});
