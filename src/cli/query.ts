/**
 * Command-line conditions and options onto the SDK's builders: one mapping of a parsed `--where`
 * (where.ts) onto a condition, for the query builder (find-all, find-all-ids) and the report
 * builder (report) alike.
 */
import { InvalidArgumentError } from '../errors.js';
import type { ConditionBuilder, HasOffersAPI, Model, QueryBuilder } from '../index.js';
import type { FilterScalar } from '../query/nodes.js';
import { UsageError } from './exit-codes.js';
import type { ManagerInfo } from './managers.js';
import type { WhereCondition } from './where.js';
import { parseWhere } from './where.js';

/** What a `--where` condition can become: the builders' condition methods, over strings. */
export interface ConditionTarget<R> {
  eq(value: string): R;
  ne(value: string): R;
  notIn(values: readonly string[]): R;
  lt(value: string): R;
  lte(value: string): R;
  gt(value: string): R;
  gte(value: string): R;
  like(pattern: string): R;
  notLike(pattern: string): R;
  in(values: readonly string[]): R;
  isNull(): R;
  notNull(): R;
  /** Absent where the builder has none (reports). */
  isTrue?(): R;
  isFalse?(): R;
}

/** One `--where` condition on `target`; an operator the target lacks is a usage error `unsupported` words. */
export function applyWhere<R>(target: ConditionTarget<R>, where: WhereCondition, unsupported: (op: string) => UsageError): R {
  const list = Array.isArray(where.value) ? (where.value as readonly string[]) : undefined;
  const one = typeof where.value === 'string' ? where.value : '';
  switch (where.op) {
    case 'eq':
      return target.eq(one);
    case 'ne':
      return list ? target.notIn(list) : target.ne(one);
    case 'lt':
      return target.lt(one);
    case 'lte':
      return target.lte(one);
    case 'gt':
      return target.gt(one);
    case 'gte':
      return target.gte(one);
    case 'like':
      return target.like(one);
    case 'notLike':
      return target.notLike(one);
    case 'in':
      return target.in(list ?? [one]);
    case 'isNull':
      return target.isNull();
    case 'notNull':
      return target.notNull();
    case 'isTrue':
      if (target.isTrue) return target.isTrue();
      break;
    case 'isFalse':
      if (target.isFalse) return target.isFalse();
      break;
  }
  throw unsupported(where.op);
}

export type AnyQuery = QueryBuilder<string, string, Model>;

/** What the per-manager commands use of a manager, whichever it is. */
export interface QueryManager {
  query(): AnyQuery;
  findById(id: string, query?: { fields?: readonly string[]; contain?: readonly string[] }, options?: { signal?: AbortSignal }): Promise<Model | null>;
}

/** The manager `info` names on a client (the client defines one property per manager of its table). */
export function queryManager(api: HasOffersAPI, info: ManagerInfo): QueryManager {
  return (api as unknown as Readonly<Record<string, QueryManager>>)[info.controller.manager]!;
}

/** The query builder's condition as a ConditionTarget: a list after != is NOT IN (as pyoffers' `field__ne=[…]`). */
function queryCondition(condition: ConditionBuilder<string, string, Model>): ConditionTarget<AnyQuery> {
  return {
    eq: (value) => condition.eq(value),
    ne: (value) => condition.ne(value),
    // The SDK takes a list for ne (NOT IN); its type says scalar.
    notIn: (values) => condition.ne(values as unknown as FilterScalar),
    lt: (value) => condition.lt(value),
    lte: (value) => condition.lte(value),
    gt: (value) => condition.gt(value),
    gte: (value) => condition.gte(value),
    like: (pattern) => condition.like(pattern),
    notLike: (pattern) => condition.notLike(pattern),
    in: (values) => condition.in(values),
    isNull: () => condition.isNull(),
    notNull: () => condition.notNull(),
    isTrue: () => condition.isTrue(),
    isFalse: () => condition.isFalse(),
  };
}

/** What find-all and find-all-ids read from their flags (find-all-ids has no sort, pages or fields). */
export interface QueryValues {
  readonly where: readonly string[];
  readonly or: boolean;
  readonly sort?: readonly string[];
  readonly fields?: readonly string[];
  readonly contain?: readonly string[];
  readonly limit?: number | undefined;
  readonly page?: number | undefined;
}

/** The builder for `--where`/`--or`/`--sort`/`--fields`/`--contain`/`--limit`/`--page`. */
export function buildQuery(base: AnyQuery, values: QueryValues, command: string): AnyQuery {
  const conditions = values.where.map((expression) => parseWhere(expression, command));
  if (values.or && conditions.length < 2) throw new UsageError('--or joins two or more --where conditions.', command);
  const unsupported = () => new UsageError('RLIKE has no --where syntax; use tsoffers call with filters[FIELD][RLIKE]=…', command);
  let query = base;
  conditions.forEach((condition, index) => {
    if (index > 0 && values.or) query = query.or();
    query = applyWhere(queryCondition(query.where(condition.field)), condition, unsupported);
  });
  const [sort, fields, contain] = [values.sort ?? [], values.fields ?? [], values.contain ?? []];
  if (sort.length) query = query.sort(...(sort as [string, ...string[]]));
  if (fields.length) query = query.fields(...(fields as [string, ...string[]]));
  if (contain.length) query = query.contain(...(contain as [string, ...string[]]));
  if (values.limit !== undefined) query = query.limit(values.limit);
  if (values.page !== undefined) query = query.page(values.page);
  return query;
}

/** The SDK refuses bad names before sending; on the command line that is a usage error of the command. */
export async function asUsage<T>(run: () => T | Promise<T>, label: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw new UsageError(error.message, label);
    throw error;
  }
}
