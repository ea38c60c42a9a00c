/** The managers the CLI offers (`tsoffers offers …`): the API table's controllers that have one. */
import type { ControllerSpec, ModelSpec } from '../index.js';
import { suggest, withContext } from './command.js';
import { cliApi } from './apis.js';
import { UsageError } from './exit-codes.js';
import { kebab } from '../util/names.js';

export interface ManagerInfo {
  readonly controller: ControllerSpec;
  readonly model?: ModelSpec;
  /** `affiliate-users`: how help texts spell the manager. */
  readonly cliName: string;
  readonly hasFindAll: boolean;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

/** The managers of the API `api` names (the network's by default). */
export function managers(api?: string): ManagerInfo[] {
  const table = cliApi(api).table;
  return table.controllers
    .filter((controller) => controller.manager)
    .map((controller) => ({
      controller,
      model: table.models.find((model) => model.name === controller.model),
      cliName: kebab(controller.manager),
      hasFindAll: controller.methods.some((method) => method.kind === 'find' && method.method === 'findAll'),
    }))
    .sort((a, b) => a.cliName.localeCompare(b.cliName));
}

/** Finds a manager by `affiliate-users`, `affiliateUsers`, `affiliate_users` or its Target (`AffiliateUser`). */
export function findManager(name: string, api?: string): ManagerInfo | undefined {
  const wanted = normalise(name);
  const prefix = normalise(cliApi(api).profile.targetPrefix);
  return managers(api).find((info) => normalise(info.controller.manager) === wanted || normalise(info.controller.target) === wanted || (prefix !== '' && normalise(info.controller.target) === `${prefix}${wanted}`));
}

/** The manager `name` names, or a usage error listing the managers and `commands` (the top-level command names). */
export function requireManager(name: string, api: string | undefined, commands: readonly string[]): ManagerInfo {
  const found = findManager(name, api);
  if (!found) {
    const list = managers(api).map((info) => info.cliName);
    throw new UsageError(
      `unknown command or manager "${name}"${suggest(name, [...commands, ...list])}. Managers: ${list.join(', ')}; commands: ${commands.join(', ')}. For any other controller use: tsoffers call <Target> <Method> key=value…`,
    );
  }
  return found;
}

function wrap(words: readonly string[], indent: string, width = 100): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of words) {
    if (line.length + word.length + 2 > width && line.trim()) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += `${word}, `;
  }
  lines.push(line.replace(/,\s*$/, ''));
  return lines.join('\n');
}

/** The manager's fields and relations, for the help of its commands. */
export function modelSections(info: ManagerInfo): { readonly title: string; readonly body: string }[] {
  const fields = info.model?.fields ?? [];
  const relations = info.model?.relations.map((relation) => relation.name) ?? [];
  return [
    { title: `Fields of ${info.controller.model} (for --where, --sort, --fields)`, body: fields.length ? wrap(fields, '  ') : '  (not described by the schema: any name is sent as given)' },
    { title: 'Relations (for --contain)', body: relations.length ? wrap(relations, '  ') : '  (none)' },
  ];
}

/** Declares a per-manager command (find-all…): one declaration, run for whichever manager is named. */
export const defineManagerCommand = withContext<ManagerInfo>();

/** `unexpected argument "x"` for the commands that take none. */
export function unexpectedArgument(arg: string, label: string): UsageError {
  return new UsageError(`unexpected argument "${arg}" (conditions go after --where, e.g. --where 'id>100').`, label);
}
