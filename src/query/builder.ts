import { InvalidArgumentError } from '../errors.js';
import type { PageInfo } from '../response/envelope.js';
import { compileQuery } from './compile-query.js';
import type { WirePair } from '../wire/params.js';
import type { SortSpec, QuerySchema } from './find-options.js';
import { assertNoClash, filterNode } from './find-options.js';
import type { Connector, FilterOperator, FilterScalar, QueryNode as QueryNodeType } from './nodes.js';
import { QueryNode, SortNode, WhereNode } from './nodes.js';
import { assertName, assertNameList, assertPositiveInteger } from './validate.js';

export interface RunOptions {
  readonly signal?: AbortSignal;
}

/** One page of results, and where it sits among the pages (undefined when the answer was unpaginated). */
export interface QueryPage<M> {
  readonly items: readonly M[];
  readonly page?: PageInfo;
}

/** What a builder needs from its manager to run. */
export interface QueryExecutor<M> {
  findPage(node: QueryNodeType, options?: RunOptions): Promise<QueryPage<M>>;
  findIds(node: QueryNodeType, options?: RunOptions): Promise<string[]>;
  /** The pairs a node is sent as, when the method names its parts otherwise (`sorts`) or takes other params. */
  toPairs?(node: QueryNodeType): WirePair[];
  /** The first item, for a method that takes no limit (else first() asks for a page of one). */
  findFirst?(node: QueryNodeType, options?: RunOptions): Promise<M | null>;
}

/**
 * What `eq`/`ne`/`in` take for a field: an enum field's values (`'active' | 'paused' …`), a flag's
 * 0/1/true/false, anything else as a string, number or Date.
 */
export type FieldValue<M, K> = K extends keyof M
  ? string extends NonNullable<M[K]>
    ? FilterScalar
    : NonNullable<M[K]> extends '0' | '1' | 0 | 1
      ? NonNullable<M[K]> | boolean
      : NonNullable<M[K]>
  : FilterScalar;

/** The conditions a field can take: `where('id').gt(100)`. */
export interface ConditionBuilder<F extends string, C extends string, M, V = FilterScalar> {
  eq(value: V): QueryBuilder<F, C, M>;
  ne(value: V): QueryBuilder<F, C, M>;
  lt(value: FilterScalar): QueryBuilder<F, C, M>;
  lte(value: FilterScalar): QueryBuilder<F, C, M>;
  gt(value: FilterScalar): QueryBuilder<F, C, M>;
  gte(value: FilterScalar): QueryBuilder<F, C, M>;
  /** SQL LIKE pattern: `like('%shop%')`. */
  like(pattern: string): QueryBuilder<F, C, M>;
  notLike(pattern: string): QueryBuilder<F, C, M>;
  in(values: readonly V[]): QueryBuilder<F, C, M>;
  isNull(): QueryBuilder<F, C, M>;
  notNull(): QueryBuilder<F, C, M>;
  isTrue(): QueryBuilder<F, C, M>;
  isFalse(): QueryBuilder<F, C, M>;
}

/**
 * An immutable query over one controller: every method returns a new builder, so a base query can
 * be shared and extended safely. Nothing is sent until a terminal (`all`, `first`, `ids`, `for await`).
 */
export interface QueryBuilder<F extends string, C extends string, M> extends AsyncIterable<M> {
  where<K extends F>(field: K): ConditionBuilder<F, C, M, FieldValue<M, K>>;
  /** Joins the next condition with OR; the whole filter group then goes under `filters[OR]`. */
  or(): QueryBuilder<F, C, M>;
  sort(...fields: [SortSpec<F>, ...SortSpec<F>[]]): QueryBuilder<F, C, M>;
  fields(...names: [F, ...F[]]): QueryBuilder<F, C, M>;
  contain(...relations: [C, ...C[]]): QueryBuilder<F, C, M>;
  limit(count: number): QueryBuilder<F, C, M>;
  page(page: number): QueryBuilder<F, C, M>;
  /** One page (the one set by `page()`, or the first). */
  all(options?: RunOptions): Promise<M[]>;
  first(options?: RunOptions): Promise<M | null>;
  ids(options?: RunOptions): Promise<string[]>;
  /** Every item of every page, following `pageCount`. */
  iterate(options?: RunOptions): AsyncIterable<M>;
  /** The wire pairs this query sends (without credentials, Target or Method). */
  toParams(): WirePair[];
  toNode(): QueryNodeType;
}

interface BuilderProps<M> {
  readonly node: QueryNodeType;
  readonly schema: QuerySchema;
  readonly executor: QueryExecutor<M>;
  /** The connector asked for by `or()` for the next condition. */
  readonly pending?: Connector;
  /** Whether the group's connector has been decided (by a second condition or a leading `or()`). */
  readonly decided: boolean;
}

class Builder<F extends string, C extends string, M> implements QueryBuilder<F, C, M> {
  readonly #props: BuilderProps<M>;

  constructor(props: BuilderProps<M>) {
    this.#props = Object.freeze(props);
  }

  #with(props: Partial<BuilderProps<M>>): Builder<F, C, M> {
    return new Builder({ ...this.#props, ...props });
  }

  #withNode(props: Partial<Omit<QueryNodeType, 'kind' | 'model'>>): Builder<F, C, M> {
    return this.#with({ node: QueryNode.cloneWith(this.#props.node, props) });
  }

  #addFilter(field: string, op: FilterOperator, value: unknown): Builder<F, C, M> {
    const { node, pending, decided, schema } = this.#props;
    const filter = filterNode(`where('${field}').${op}()`, field, op, value);
    const joiner = pending ?? 'AND';
    let where = node.where;
    let nowDecided = decided;
    if (!where || where.filters.length === 0) {
      where = WhereNode.create(joiner, [filter]);
      nowDecided = pending !== undefined;
    } else {
      if (!decided) {
        where = WhereNode.cloneWithConnector(where, joiner);
        nowDecided = true;
      } else if (where.connector !== joiner) {
        throw new InvalidArgumentError(
          'or()',
          `this query mixes AND and OR (${schema.model} filters so far are joined with ${where.connector}, the next with ${joiner}). ` +
            'HasOffers takes one connector for the whole filter group: use in([...]) for alternatives of one field, or run two queries.',
        );
      }
      assertNoClash(where.filters, filter);
      where = WhereNode.cloneWithFilter(where, filter);
    }
    return new Builder({ ...this.#props, node: QueryNode.cloneWith(node, { where }), pending: undefined, decided: nowDecided });
  }

  where<K extends F>(field: K): ConditionBuilder<F, C, M, FieldValue<M, K>> {
    assertName('where()', field, this.#props.schema.fields, this.#props.schema.model);
    const add = (op: FilterOperator, value?: unknown) => this.#addFilter(field, op, value);
    return Object.freeze({
      eq: (value: FieldValue<M, K>) => add('eq', value),
      ne: (value: FieldValue<M, K>) => add('ne', value),
      lt: (value: FilterScalar) => add('lt', value),
      lte: (value: FilterScalar) => add('lte', value),
      gt: (value: FilterScalar) => add('gt', value),
      gte: (value: FilterScalar) => add('gte', value),
      like: (pattern: string) => add('like', pattern),
      notLike: (pattern: string) => add('notLike', pattern),
      in: (values: readonly FieldValue<M, K>[]) => add('in', values),
      isNull: () => add('isNull'),
      notNull: () => add('notNull'),
      isTrue: () => add('isTrue'),
      isFalse: () => add('isFalse'),
    });
  }

  or(): QueryBuilder<F, C, M> {
    return this.#with({ pending: 'OR' });
  }

  sort(...fields: [SortSpec<F>, ...SortSpec<F>[]]): QueryBuilder<F, C, M> {
    const { schema, node } = this.#props;
    if (fields.length === 0) throw new InvalidArgumentError('sort()', "name at least one field, e.g. sort('-id').");
    const added = fields.map((spec) => {
      assertName('sort()', spec);
      const sortNode = SortNode.parse(spec);
      if (!sortNode.field.includes('.')) assertName('sort()', sortNode.field, schema.fields, schema.model);
      return sortNode;
    });
    return this.#withNode({ sort: Object.freeze([...node.sort, ...added]) });
  }

  fields(...names: [F, ...F[]]): QueryBuilder<F, C, M> {
    assertNameList('fields()', names, this.#props.schema.fields, this.#props.schema.model);
    if (names.length === 0) throw new InvalidArgumentError('fields()', "name at least one field, e.g. fields('id', 'name').");
    return this.#withNode({ fields: Object.freeze([...new Set([...this.#props.node.fields, ...names])]) });
  }

  contain(...relations: [C, ...C[]]): QueryBuilder<F, C, M> {
    assertNameList('contain()', relations, this.#props.schema.relations ?? new Set(), this.#props.schema.model);
    if (relations.length === 0) throw new InvalidArgumentError('contain()', "name at least one relation, e.g. contain('Country').");
    return this.#withNode({ contain: Object.freeze([...new Set([...this.#props.node.contain, ...relations])]) });
  }

  limit(count: number): QueryBuilder<F, C, M> {
    assertPositiveInteger('limit()', count);
    return this.#withNode({ limit: count });
  }

  page(page: number): QueryBuilder<F, C, M> {
    assertPositiveInteger('page()', page);
    return this.#withNode({ page });
  }

  async all(options?: RunOptions): Promise<M[]> {
    const { items } = await this.#props.executor.findPage(this.#props.node, options);
    return [...items];
  }

  async first(options?: RunOptions): Promise<M | null> {
    const { executor, node } = this.#props;
    if (executor.findFirst && node.limit === undefined) return executor.findFirst(node, options);
    const { items } = await executor.findPage(QueryNode.cloneWith(node, { limit: 1 }), options);
    return items[0] ?? null;
  }

  ids(options?: RunOptions): Promise<string[]> {
    return this.#props.executor.findIds(this.#props.node, options);
  }

  iterate(options?: RunOptions): AsyncIterable<M> {
    const { executor, node } = this.#props;
    return {
      async *[Symbol.asyncIterator]() {
        let page = node.page ?? 1;
        for (;;) {
          options?.signal?.throwIfAborted();
          const current = page === 1 && node.page === undefined ? node : QueryNode.cloneWith(node, { page });
          const result = await executor.findPage(current, options);
          yield* result.items;
          // Unpaginated answers hold everything; paginated ones tell how many pages there are.
          if (!result.page || result.items.length === 0 || page >= result.page.pageCount) return;
          page += 1;
        }
      },
    };
  }

  [Symbol.asyncIterator](): AsyncIterator<M> {
    return this.iterate()[Symbol.asyncIterator]();
  }

  toParams(): WirePair[] {
    const { executor, node } = this.#props;
    return executor.toPairs ? executor.toPairs(node) : compileQuery(node);
  }

  toNode(): QueryNodeType {
    return this.#props.node;
  }
}

/** Creates an empty query for a controller. The class stays private behind this factory. */
export function createQueryBuilder<F extends string, C extends string, M>(
  schema: QuerySchema,
  executor: QueryExecutor<M>,
  node: QueryNodeType = QueryNode.create(schema.model),
): QueryBuilder<F, C, M> {
  // A query that starts with a filter (a related manager's `offer_id`) has its connector decided:
  // an `or()` after it would widen the scope to other rows, so it is refused as a mix.
  return new Builder<F, C, M>({ node, schema, executor, decided: node.where !== undefined });
}
