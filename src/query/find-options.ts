import { InvalidArgumentError } from '../errors.js';
import type { Connector, FilterNode as FilterNodeType, FilterOperator, FilterScalar, QueryNode as QueryNodeType } from './nodes.js';
import { FilterNode, QueryNode, SortNode, WhereNode } from './nodes.js';
import { assertName, assertNameList, assertPositiveInteger } from './validate.js';
import { describeValue } from '../util/describe.js';

/** pyoffers' `field__op` suffixes (plus `rlike`) → node operators. */
export const SUFFIX_OPERATORS = {
  ne: 'ne',
  lt: 'lt',
  lte: 'lte',
  gt: 'gt',
  gte: 'gte',
  like: 'like',
  not_like: 'notLike',
  rlike: 'rlike',
  null: 'isNull',
  not_null: 'notNull',
  true: 'isTrue',
  false: 'isFalse',
} as const satisfies Record<string, FilterOperator>;

export type OperatorSuffix = keyof typeof SUFFIX_OPERATORS;
type UnarySuffix = 'null' | 'not_null' | 'true' | 'false';

export type FilterValue = FilterScalar;

/** `{ status: 'active' }`, `{ status: ['active', 'paused'] }`, `{ id__gt: 100 }`, `{ description__null: true }`. */
export type FilterInput<F extends string> = {
  readonly [K in F]?: FilterValue | readonly FilterValue[];
} & {
  readonly [K in `${F}__${Exclude<OperatorSuffix, UnarySuffix>}`]?: FilterValue | readonly FilterValue[];
} & {
  readonly [K in `${F}__${UnarySuffix}`]?: true;
};

/** `'id'`, `'-id'` (descending) or an already qualified `'Offer.id'` / `'-Offer.id'`. */
export type SortSpec<F extends string> = F | `-${F}` | `${string}.${string}`;

export interface FindAllOptions<F extends string = string, C extends string = string> {
  readonly filters?: FilterInput<F>;
  readonly connector?: Connector;
  readonly sort?: SortSpec<F> | readonly SortSpec<F>[];
  readonly limit?: number;
  readonly page?: number;
  readonly fields?: readonly F[];
  readonly contain?: readonly C[];
}

/** `findAllIds`: the filters of findAll, nothing else (pyoffers sends filters only). */
export type FindAllIdsOptions<F extends string = string> = Pick<FindAllOptions<F, never>, 'filters' | 'connector'>;

export interface FindByIdOptions<F extends string = string, C extends string = string> {
  readonly fields?: readonly F[];
  readonly contain?: readonly C[];
}

/** What a controller knows about itself, for validating names before anything is sent. */
export interface QuerySchema {
  readonly model: string;
  readonly fields?: ReadonlySet<string>;
  readonly relations?: ReadonlySet<string>;
  /** Fields a write may not send. */
  readonly readOnly?: ReadonlySet<string>;
}

function isFilterScalar(value: unknown): value is FilterScalar {
  return ['string', 'number', 'boolean', 'bigint'].includes(typeof value) || value instanceof Date;
}

/** One `filters` entry (pyoffers' kwargs form) → a filter node. */
export function parseFilterEntry(key: string, value: unknown, schema?: QuerySchema): FilterNodeType {
  const split = key.lastIndexOf('__');
  let field = key;
  let op: FilterOperator = 'eq';
  if (split > 0) {
    const suffix = key.slice(split + 2);
    const mapped = (SUFFIX_OPERATORS as Record<string, FilterOperator>)[suffix];
    if (mapped === undefined) {
      throw new InvalidArgumentError(
        `filters.${key}`,
        `unknown operator "__${suffix}". Use one of: ${Object.keys(SUFFIX_OPERATORS).map((s) => `__${s}`).join(', ')}.`,
      );
    }
    field = key.slice(0, split);
    op = mapped;
  }
  assertName(`filters.${key}`, field, schema?.fields, schema?.model);
  return filterNode(`filters.${key}`, field, op, value);
}

/** Validates and builds a filter node; shared by `filters` objects and the query builder. */
export function filterNode(argument: string, field: string, op: FilterOperator, value: unknown): FilterNodeType {
  switch (op) {
    case 'isNull':
    case 'notNull':
    case 'isTrue':
    case 'isFalse':
      // These operators take no value; HasOffers reads `filters[f][NULL]=1`. Refuse `false` rather
      // than silently flipping its meaning.
      if (value !== undefined && value !== true && value !== 1 && value !== '1') {
        throw new InvalidArgumentError(argument, `this operator takes no value (or true), got ${describeValue(value)}.`);
      }
      return FilterNode.create(field, op);
    case 'in':
    case 'eq':
    case 'ne': {
      if (Array.isArray(value)) {
        if (value.length === 0) {
          throw new InvalidArgumentError(argument, 'an empty list matches nothing and HasOffers would ignore it; leave the filter out instead.');
        }
        for (const item of value as unknown[]) {
          if (!isFilterScalar(item)) throw new InvalidArgumentError(argument, `list items must be strings or numbers, got ${describeValue(item)}.`);
        }
        return FilterNode.create(field, op === 'ne' ? 'ne' : 'in', Object.freeze([...(value as FilterScalar[])]));
      }
      if (op === 'in') throw new InvalidArgumentError(argument, `in() takes an array, got ${describeValue(value)}.`);
      break;
    }
    default:
      if (Array.isArray(value)) throw new InvalidArgumentError(argument, 'this operator takes a single value, not a list.');
  }
  if (!isFilterScalar(value)) {
    throw new InvalidArgumentError(argument, `expected a string, number, boolean or Date, got ${describeValue(value)}. To match missing values use __null.`);
  }
  return FilterNode.create(field, op, value);
}

/** Refuses two filters the wire cannot carry together (the second would overwrite the first). */
export function assertNoClash(filters: readonly FilterNodeType[], next: FilterNodeType): void {
  const slot = (node: FilterNodeType): string => `${node.field}:${node.op === 'in' ? 'eq' : node.op}`;
  if (filters.some((existing) => slot(existing) === slot(next))) {
    throw new InvalidArgumentError(
      `filter on "${next.field}"`,
      `the same field and operator appear twice (${next.op}); HasOffers would keep only the last. Use in([...]) for several values.`,
    );
  }
}

/** pyoffers-style `findAll` options → a query node (validating everything on the way). */
export function findOptionsToNode(options: FindAllOptions, schema: QuerySchema): QueryNodeType {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError('options', `expected an options object like { filters, sort, limit }, got ${describeValue(options)}.`);
  }
  const connector = options.connector ?? 'AND';
  if (connector !== 'AND' && connector !== 'OR') {
    throw new InvalidArgumentError('connector', `expected 'AND' or 'OR', got ${describeValue(connector)}.`);
  }
  const filters: FilterNodeType[] = [];
  if (options.filters !== undefined) {
    if (options.filters === null || typeof options.filters !== 'object' || Array.isArray(options.filters)) {
      throw new InvalidArgumentError('filters', `expected an object like { status: 'active', id__gt: 100 }, got ${describeValue(options.filters)}.`);
    }
    for (const [key, value] of Object.entries(options.filters as Record<string, unknown>)) {
      if (value === undefined) continue;
      const node = parseFilterEntry(key, value, schema);
      assertNoClash(filters, node);
      filters.push(node);
    }
  }
  let query = QueryNode.create(schema.model);
  if (filters.length) query = QueryNode.cloneWith(query, { where: WhereNode.create(connector, filters) });
  if (options.sort !== undefined) {
    const specs: unknown[] = Array.isArray(options.sort) ? (options.sort as unknown[]) : [options.sort];
    const sort = specs.map((spec) => {
      assertName('sort', spec);
      const node = SortNode.parse(spec);
      if (!node.field.includes('.')) assertName('sort', node.field, schema.fields, schema.model);
      return node;
    });
    query = QueryNode.cloneWith(query, { sort });
  }
  if (options.limit !== undefined) {
    assertPositiveInteger('limit', options.limit);
    query = QueryNode.cloneWith(query, { limit: options.limit });
  }
  if (options.page !== undefined) {
    assertPositiveInteger('page', options.page);
    query = QueryNode.cloneWith(query, { page: options.page });
  }
  return withSelection(query, options, schema);
}

/** Applies `fields` / `contain` (shared by findAll and findById). */
export function withSelection(query: QueryNodeType, options: FindByIdOptions, schema: QuerySchema): QueryNodeType {
  let next = query;
  if (options.fields !== undefined) {
    assertNameList('fields', options.fields, schema.fields, schema.model);
    next = QueryNode.cloneWith(next, { fields: Object.freeze([...options.fields]) });
  }
  if (options.contain !== undefined) {
    assertNameList('contain', options.contain, schema.relations ?? new Set(), schema.model);
    next = QueryNode.cloneWith(next, { contain: Object.freeze([...options.contain]) });
  }
  return next;
}
