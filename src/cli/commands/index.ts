/**
 * The CLI's one list of commands. The dispatcher (run.ts), the main help and a manager's help
 * (below), the README's command table (readme.ts) and the "did you mean" of an unknown command all
 * read it. A new command is one file here that exports a defineCommand(…) and one entry below.
 */
import type { Command, Flags } from '../command.js';
import { flagGroups, flagSection, exitCodesText, usageLine } from '../help.js';
import { CONNECTION_FLAGS, GLOBAL_FLAGS, OUTPUT_FLAGS } from '../flags.js';
import type { ManagerInfo } from '../managers.js';
import { managers, modelSections } from '../managers.js';
import { WHERE_SYNTAX } from '../where.js';
import { call } from './call.js';
import { codegen } from './codegen.js';
import { findAll } from './find-all.js';
import { findAllIds } from './find-all-ids.js';
import { findById } from './find-by-id.js';
import { rawLogs } from './raw-logs.js';
import { report } from './report.js';
import { sandbox } from './sandbox.js';

/** Top-level commands: `tsoffers <name> …`. */
export const COMMANDS: readonly Command<Flags, undefined>[] = [call, rawLogs, report, sandbox, codegen];

/** Per-manager commands: `tsoffers <manager> <name> …`, one declaration each for every manager. */
export const MANAGER_COMMANDS: readonly Command<Flags, ManagerInfo>[] = [findAll, findById, findAllIds];

/** The top-level command `name` names (or one of its aliases). */
export function findCommand(name: string): Command<Flags, undefined> | undefined {
  return COMMANDS.find((command) => command.name === name || command.aliases?.includes(name));
}

export function findManagerCommand(name: string): Command<Flags, ManagerInfo> | undefined {
  return MANAGER_COMMANDS.find((command) => command.name === name);
}

/** Every usage line with its summary: the manager commands under `<manager>`, then the others. */
function commandList(): string {
  const rows = [
    ...MANAGER_COMMANDS.map((command) => [usageLine(command, 'tsoffers <manager>').replace(/ \[options\]$/, ''), command.summary] as const),
    ...COMMANDS.map((command) => [usageLine(command).replace(/ \[options\]$/, ''), command.summary] as const),
  ];
  return rows.map(([usage, summary]) => `  ${usage}\n      ${summary}`).join('\n');
}

export function mainHelp(api?: string): string {
  const list = managers(api);
  const width = Math.max(...list.map((info) => info.cliName.length));
  const shared = flagGroups({ ...GLOBAL_FLAGS, ...CONNECTION_FLAGS, ...OUTPUT_FLAGS }, false);
  return `tsoffers: the HasOffers Network API from the command line.

Usage:
${commandList()}

Managers:
${list.map((info) => `  ${info.cliName.padEnd(width)}  ${info.controller.target}${info.hasFindAll ? '' : ' (call only)'}`).join('\n')}

Conditions for --where:
${WHERE_SYNTAX}

${shared.map((group) => flagSection(group.title, group.flags)).join('\n\n')}

${exitCodesText()}

Examples:
${[...MANAGER_COMMANDS, ...COMMANDS].map((command) => `  ${command.examples[0]}`).join('\n')}

Run \`tsoffers <command> --help\` (or \`tsoffers <manager> <command> --help\`) for each command's options.`;
}

/** `tsoffers offers` or `tsoffers offers --help`: the manager's commands, fields and relations. */
export function managerHelp(info: ManagerInfo): string {
  if (!info.hasFindAll) {
    const methods = info.controller.methods.map((method) => method.method);
    const known = methods.length ? `Methods in the schema: ${methods.join(', ')}` : 'The schema gives it no methods (as pyoffers does); any HasOffers method can still be called.';
    return `${info.controller.target} has no findAll in the schema; call its methods directly:\n  tsoffers call ${info.controller.target} <Method> key=value…\n${known}`;
  }
  const usage = MANAGER_COMMANDS.map((command) => `  ${usageLine(command, `tsoffers ${info.cliName}`)}\n      ${command.summary}`).join('\n');
  const sections = modelSections(info).map((section) => `${section.title}:\n${section.body}`);
  return `Usage:\n${usage}\n\n${sections.join('\n\n')}\n\nRun \`tsoffers ${info.cliName} <command> --help\` for each command's options.`;
}
