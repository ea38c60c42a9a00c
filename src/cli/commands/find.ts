/** `tsoffers <manager> find-all | find-by-id | find-all-ids`, built on the SDK's query builder. */
import type { HasOffersAPI } from '../../client.js';
import { InvalidArgumentError } from '../../errors.js';
import type { ConditionBuilder, QueryBuilder } from '../../query/builder.js';
import type { FilterScalar } from '../../query/nodes.js';
import type { Model } from '../../runtime/model.js';
import { listOption, positiveIntOption } from '../argv.js';
import type { CliIo } from '../context.js';
import { clientOptions, CONNECTION_SPECS, createClient, csvOptions, formatOf, OUTPUT_SPECS, parseCommand, tableOptions } from '../context.js';
import { CliExit, EXIT, UsageError } from '../exit-codes.js';
import { managerHelp } from '../help.js';
import type { ManagerInfo } from '../managers.js';
import type { Rendered } from '../output.js';
import { renderCsv, renderJson, renderLines, renderRecord, renderTable } from '../output.js';
import type { WhereCondition } from '../where.js';
import { parseWhere, sortSpecs } from '../where.js';

type AnyQuery = QueryBuilder<string, string, Model>;
interface QueryManager {
  query(): AnyQuery;
  findById(id: string, query?: { fields?: readonly string[]; contain?: readonly string[] }, options?: { signal?: AbortSignal }): Promise<Model | null>;
}

const FIND_SPECS = {
  ...CONNECTION_SPECS,
  ...OUTPUT_SPECS,
  where: { type: 'string', multiple: true },
  or: { type: 'boolean' },
  sort: { type: 'string', multiple: true },
  limit: { type: 'string' },
  page: { type: 'string' },
  all: { type: 'boolean' },
  fields: { type: 'string', multiple: true },
  contain: { type: 'string', multiple: true },
} as const;

const BY_ID_SPECS = { ...CONNECTION_SPECS, ...OUTPUT_SPECS, fields: FIND_SPECS.fields, contain: FIND_SPECS.contain } as const;
const IDS_SPECS = { ...CONNECTION_SPECS, ...OUTPUT_SPECS, where: FIND_SPECS.where, or: FIND_SPECS.or } as const;

export const FIND_COMMANDS = ['find-all', 'find-by-id', 'find-all-ids'] as const;

function apply(condition: ConditionBuilder<string, string, Model>, where: WhereCondition): AnyQuery {
  switch (where.op) {
    case 'eq':
      return condition.eq(where.value as string);
    case 'ne':
      // A list after != means NOT IN; the SDK takes it (as pyoffers' `field__ne=[…]`), its type says scalar.
      return condition.ne(where.value as unknown as FilterScalar);
    case 'lt':
      return condition.lt(where.value as string);
    case 'lte':
      return condition.lte(where.value as string);
    case 'gt':
      return condition.gt(where.value as string);
    case 'gte':
      return condition.gte(where.value as string);
    case 'like':
      return condition.like(where.value as string);
    case 'notLike':
      return condition.notLike(where.value as string);
    case 'in':
      return condition.in(where.value as readonly string[]);
    case 'isNull':
      return condition.isNull();
    case 'notNull':
      return condition.notNull();
    case 'isTrue':
      return condition.isTrue();
    case 'isFalse':
      return condition.isFalse();
    case 'rlike':
      throw new UsageError('RLIKE has no --where syntax; use tsoffers call with filters[FIELD][RLIKE]=…');
  }
}

/** The builder for `--where`/`--or`/`--sort`/… (exported for tests and for reuse). */
export function buildQuery(base: AnyQuery, values: Record<string, string | string[] | boolean | undefined>, command: string): AnyQuery {
  const conditions = listOf(values.where).map((expression) => parseWhere(expression, command));
  if (values.or && conditions.length < 2) throw new UsageError('--or joins two or more --where conditions.', command);
  let query = base;
  conditions.forEach((condition, index) => {
    if (index > 0 && values.or) query = query.or();
    query = apply(query.where(condition.field), condition);
  });
  const sort = sortSpecs(listOf(values.sort));
  if (sort.length) query = query.sort(...(sort as [string, ...string[]]));
  const fields = listOption(values.fields);
  if (fields.length) query = query.fields(...(fields as [string, ...string[]]));
  const contain = listOption(values.contain);
  if (contain.length) query = query.contain(...(contain as [string, ...string[]]));
  const limit = positiveIntOption('limit', values.limit, command);
  if (limit !== undefined) query = query.limit(limit);
  const page = positiveIntOption('page', values.page, command);
  if (page !== undefined) query = query.page(page);
  return query;
}

/** The SDK refuses bad names before sending; on the command line that is a usage error of this command. */
function asUsage<T>(run: () => T, label: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw new UsageError(error.message, label);
    throw error;
  }
}

async function asUsageAsync<T>(run: () => Promise<T>, label: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw new UsageError(error.message, label);
    throw error;
  }
}

function listOf(value: string | string[] | boolean | undefined): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return Array.isArray(value) ? value : [value];
}

export function write(io: CliIo, rendered: Rendered): void {
  io.stdout.write(rendered.text);
  // Tables are for people: tell them what was left out (on stderr, so stdout stays the data).
  if (rendered.note) io.stderr.write(`${rendered.note}\n`);
}

export async function findCommand(info: ManagerInfo, command: string, args: readonly string[], io: CliIo): Promise<number> {
  const label = `${info.cliName} ${command}`;
  const specs = command === 'find-all' ? FIND_SPECS : command === 'find-by-id' ? BY_ID_SPECS : IDS_SPECS;
  const { positionals, values } = parseCommand(args, specs, label);
  if (values.help) {
    io.stdout.write(`${managerHelp(info, command)}\n`);
    return EXIT.OK;
  }
  if (!info.hasFindAll) throw new UsageError(managerHelp(info), info.cliName);
  const format = formatOf(values, label);
  const displayField = info.model?.display;
  // After id, name and status, show what the user asked about: the fields they filter and sort on.
  const asked = [...listOf(values.where).map((expression) => /^\s*([\w.]+)/.exec(expression)?.[1] ?? ''), ...sortSpecs(listOf(values.sort)).map((spec) => spec.replace(/^-/, ''))];
  const table = tableOptions(io, values, { columns: listOption(values.fields), priority: ['id', ...(displayField ? [displayField] : []), 'status', ...asked.filter(Boolean)] });

  if (command === 'find-by-id') {
    if (positionals.length !== 1) throw new UsageError(`find-by-id takes exactly one id, got ${positionals.length ? positionals.join(' ') : 'none'}.`, label);
    const id = positionals[0]!;
    if (!/^\d+$/.test(id)) throw new UsageError(`"${id}" is not an id: ids are whole numbers, like 62.`, label);
    const api = createClient(clientOptions(values, io.env, label, io.api), io);
    try {
      const manager = (api as unknown as Record<string, QueryManager>)[info.controller.manager]!;
      const fields = listOption(values.fields);
      const contain = listOption(values.contain);
      const found = await asUsageAsync(() => manager.findById(id, { ...(fields.length ? { fields } : {}), ...(contain.length ? { contain } : {}) }, { signal: io.signal }), label);
      if (found === null) throw new CliExit(`${info.controller.model} ${id} not found.`, EXIT.NOT_FOUND);
      if (format === 'json') io.stdout.write(renderJson(found));
      else if (format === 'csv') io.stdout.write(renderCsv([found], table.columns, csvOptions(values)));
      else write(io, renderRecord(found, table));
      return EXIT.OK;
    } finally {
      await api.close();
    }
  }

  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (conditions go after --where, e.g. --where 'id>100').`, label);
  const api: HasOffersAPI = createClient(clientOptions(values, io.env, label, io.api), io);
  try {
    const manager = (api as unknown as Record<string, QueryManager>)[info.controller.manager]!;
    const query = asUsage(() => buildQuery(manager.query(), values, label), label);
    if (command === 'find-all-ids') {
      const ids = await query.ids({ signal: io.signal });
      if (format === 'json') io.stdout.write(renderJson(ids));
      else if (format === 'csv') io.stdout.write(renderCsv(ids.map((id) => ({ id })), undefined, csvOptions(values)));
      else io.stdout.write(renderLines(ids));
      return EXIT.OK;
    }
    let items: Model[];
    if (values.all) {
      items = [];
      for await (const item of query.iterate({ signal: io.signal })) items.push(item);
    } else {
      items = await query.all({ signal: io.signal });
    }
    if (format === 'json') io.stdout.write(renderJson(items));
    else if (format === 'csv') io.stdout.write(renderCsv(items, table.columns, csvOptions(values)));
    else write(io, renderTable(items, table));
    return EXIT.OK;
  } finally {
    await api.close();
  }
}
