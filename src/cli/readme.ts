/**
 * The README's command tables, generated from the declarations (commands/index.ts): one row per
 * command with its own options, then the options the commands share. `npm run readme:commands`
 * rewrites the marked section of README.md; `--check` (and tests/cli/readme-commands.test.ts, part
 * of `npm test`) fails when the section is stale, as `codegen --check` does for generated/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command, FlagSpec, Flags } from './command.js';
import { flagDescription, flagSynopsis } from './command.js';
import { COMMANDS, MANAGER_COMMANDS } from './commands/index.js';
import { CONNECTION_FLAGS, GLOBAL_FLAGS, OUTPUT_FLAGS } from './flags.js';
import { flagGroups, usageLine } from './help.js';

export const BEGIN = '<!-- commands: generated from src/cli/commands by `npm run readme:commands`; npm test fails when this is stale -->';
export const END = '<!-- /commands -->';

/** A table cell: pipes escaped, newlines as spaces. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function code(text: string): string {
  return `\`${cell(text)}\``;
}

function ownFlags(flags: Flags): (readonly [string, FlagSpec])[] {
  return Object.entries(flags).filter(([, spec]) => spec.group === undefined);
}

function row<X>(command: Command<Flags, X>, prefix: string): string {
  const own = ownFlags(command.flags).map(([name, spec]) => code(flagSynopsis(name, spec)));
  const shared = flagGroups(command.flags, false)
    .map((group) => group.title)
    .filter((title) => title !== 'Options')
    .map((title) => title.replace(/ \(.*\)$/, '').toLowerCase());
  const options = [...own, ...(shared.length ? [`the ${shared.join(' and ')} options`] : [])].join(', ');
  return `| ${code(usageLine(command, prefix).replace(/ \[options\]$/, ''))} | ${cell(command.summary)} | ${options || '—'} |`;
}

/** The generated section (without the markers). */
export function commandTables(): string {
  const commands = [
    '| command | what it does | options |',
    '| --- | --- | --- |',
    ...MANAGER_COMMANDS.map((command) => row(command, 'tsoffers <manager>')),
    ...COMMANDS.map((command) => row(command, 'tsoffers')),
  ];
  const shared = [
    '| shared option | variable | what it does |',
    '| --- | --- | --- |',
    ...Object.entries<FlagSpec>({ ...GLOBAL_FLAGS, ...CONNECTION_FLAGS, ...OUTPUT_FLAGS }).map(([name, spec]) => `| ${code(flagSynopsis(name, spec))} | ${spec.env ? code(spec.env) : ''} | ${cell(flagDescription({ ...spec, env: undefined }))} |`),
  ];
  return `${commands.join('\n')}\n\n${shared.join('\n')}`;
}

/** `readme` with its marked section replaced by the current tables. */
export function withCommandTables(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no section between "${BEGIN}" and "${END}"`);
  return `${readme.slice(0, start + BEGIN.length)}\n${commandTables()}\n${readme.slice(end)}`;
}

export const README = fileURLToPath(new URL('../../README.md', import.meta.url));

function main(argv: readonly string[]): number {
  const text = readFileSync(README, 'utf8');
  const updated = withCommandTables(text);
  if (argv.includes('--check')) {
    if (updated === text) return 0;
    console.error('readme:commands --check: README.md\'s command tables are stale; run `npm run readme:commands` and commit the result.');
    return 1;
  }
  if (updated !== text) writeFileSync(README, updated);
  console.log(`readme:commands: README.md ${updated === text ? 'was up to date' : 'updated'}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
