/**
 * The README's Quick tour, run as a new user would: every ```ts block of the "## Quick tour"
 * section, in order, as one script (the blocks build on each other: `api` from the first, `offer`
 * from "Managers and models"…) against a local sandbox, in a child process. `from 'tsoffers'` and
 * `from 'tsoffers/sandbox'` are pointed at this checkout's sources; the client block reads its
 * credentials from HASOFFERS_* as it says, set here to the sandbox's; the working directory holds
 * the `banner.png` the creatives block uploads. Nothing else is added: a snippet that stops working
 * against the sandbox fails this test.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** A 1×1 PNG: the banner the creatives block uploads. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The ```ts blocks of one `## ` section of README.md. */
export function tsBlocks(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

/** `tsoffers` and `tsoffers/sandbox` as this checkout's sources, by file URL (for tsx). */
function sourceUrl(specifier: string): string {
  if (specifier === 'tsoffers') return pathToFileURL(join(ROOT, 'src', 'index.ts')).href;
  if (specifier === 'tsoffers/sandbox') return pathToFileURL(join(ROOT, 'src', 'sandbox', 'index.ts')).href;
  return specifier;
}

/** One ES module: the blocks' imports (pointed at src/) first, then every block's code in one async body. */
export function tourScript(blocks: readonly string[], source: (specifier: string) => string = sourceUrl): string {
  const imports: string[] = [];
  const bodies: string[] = [];
  blocks.forEach((block, index) => {
    const body = block.replace(/^import (.+) from '([^']+)';\n/gm, (_line, names: string, specifier: string) => {
      imports.push(`import ${names} from '${source(specifier)}';`);
      return '';
    });
    bodies.push(`// README Quick tour, block ${index + 1}\n${body}`);
  });
  return `${[...new Set(imports)].join('\n')}\n\n${bodies.join('\n')}\nconsole.log('quick tour: done');\nprocess.exit(0);\nexport {};\n`;
}

function run(file: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // tsx as this checkout has it: the script sits in a temporary directory with no node_modules.
    const tsx = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;
    const child = spawn(process.execPath, ['--import', tsx, file], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('README Install', () => {
  it('installs from a clone or a packed tarball, with npm scripts that exist', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const install = readme.slice(readme.indexOf('\n## Install\n'), readme.indexOf('\n## Quick tour\n'));
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; scripts: Record<string, string> };
    // Not published yet: the section must not tell anyone to install from the registry.
    expect(install).not.toMatch(/^npm install tsoffers$/m);
    const scripts = [...install.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((match) => match[1]!);
    expect(scripts).toEqual(expect.arrayContaining(['sandbox', 'tsoffers']));
    for (const script of scripts) expect(manifest.scripts[script], `npm run ${script}`).toBeDefined();
    // The sandbox script runs from the sources, not from a build.
    expect(manifest.scripts.sandbox).toContain('src/cli/main.ts');
    expect(install).toContain(`${manifest.name}-${manifest.version}.tgz`);
  });
});

describe('README Quick tour against the sandbox', () => {
  let sandbox: SandboxHandle;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, seed: 1 });
  });
  afterAll(() => sandbox.close());

  it('has its ts blocks, and they run, in order, without an error', async () => {
    const blocks = tsBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'Quick tour');
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const dir = mkdtempSync(join(tmpdir(), 'tsoffers-readme-'));
    writeFileSync(join(dir, 'banner.png'), PNG);
    const script = join(dir, 'quick-tour.mts');
    writeFileSync(script, tourScript(blocks));
    const result = await run(script, dir, { HASOFFERS_ENDPOINT: sandbox.url, HASOFFERS_NETWORK_TOKEN: 'sandbox-token', HASOFFERS_NETWORK_ID: 'sandbox' });
    expect(result.stderr, `${script}:\n${result.stderr}`).toBe('');
    expect(result.stdout).toContain('quick tour: done');
    expect(result.code).toBe(0);
  }, 60_000);

  it('type-checks as the project does (strict), against the sources', () => {
    const blocks = tsBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'Quick tour');
    // Inside the checkout (.tmp/ is ignored by git and lint) so that the project's types resolve.
    const dir = join(ROOT, '.tmp', 'readme-tour');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'quick-tour.mts');
    const relative = (specifier: string): string =>
      specifier === 'tsoffers' ? '../../src/index.js' : specifier === 'tsoffers/sandbox' ? '../../src/sandbox/index.js' : specifier;
    writeFileSync(file, tourScript(blocks, relative));
    const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const program = ts.createProgram([file], parsed.options);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName === file || diagnostic.file === undefined)
      .map((diagnostic) => {
        const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
        return `${where ? `line ${where.line + 1}: ` : ''}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
    expect(problems, `${file}:\n${problems.join('\n')}`).toEqual([]);
  }, 60_000);
});
