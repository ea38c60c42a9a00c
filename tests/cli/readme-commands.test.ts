/** The README's command tables are generated from the declarations; this fails when they are stale (as codegen --check does). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, MANAGER_COMMANDS } from '../../src/cli/commands/index.js';
import { commandTables, README, withCommandTables } from '../../src/cli/readme.js';

describe("README.md's command tables", () => {
  const readme = readFileSync(README, 'utf8');

  it('are what the declarations give (run `npm run readme:commands` after changing a command)', () => {
    expect(withCommandTables(readme) === readme, 'README.md is stale: run `npm run readme:commands` and commit the result').toBe(true);
  });

  it('have a row for every command and name each of its own options', () => {
    const tables = commandTables();
    const rows = [...COMMANDS.map((command) => ['tsoffers', command] as const), ...MANAGER_COMMANDS.map((command) => ['tsoffers <manager>', command] as const)];
    for (const [prefix, command] of rows) {
      const row = tables.split('\n').find((line) => line.startsWith(`| \`${prefix} ${command.name}`));
      expect(row, command.name).toBeDefined();
      expect(row).toContain(command.summary);
      for (const [name, spec] of Object.entries(command.flags)) if (spec.group === undefined) expect(row, `--${name}`).toContain(`--${name}`);
    }
  });

  it('refuses a README without the marked section', () => {
    expect(() => withCommandTables('# no tables here\n')).toThrow(/no section between/);
  });
});
