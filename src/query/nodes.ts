/**
 * The operation-node tree of a query: small readonly records built by frozen factories. Nodes hold
 * what the user asked for; only `src/wire/` knows how HasOffers spells it.
 */

export type FilterScalar = string | number | boolean | bigint | Date;

export type ValueOperator = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'like' | 'notLike' | 'rlike';
export type ListOperator = 'in';
export type UnaryOperator = 'isNull' | 'notNull' | 'isTrue' | 'isFalse';
export type FilterOperator = ValueOperator | ListOperator | UnaryOperator;

export type Connector = 'AND' | 'OR';
export type SortDirection = 'asc' | 'desc';

export interface FilterNode {
  readonly kind: 'Filter';
  readonly field: string;
  readonly op: FilterOperator;
  /** A scalar for value operators, a list for `in` (and `ne` lists), absent for unary ones. */
  readonly value?: FilterScalar | readonly FilterScalar[];
}

export interface WhereNode {
  readonly kind: 'Where';
  readonly connector: Connector;
  readonly filters: readonly FilterNode[];
}

export interface SortNode {
  readonly kind: 'Sort';
  readonly field: string;
  readonly direction: SortDirection;
}

export interface QueryNode {
  readonly kind: 'Query';
  /** The model name that bare sort fields are qualified with (`id` → `Offer.id`). */
  readonly model: string;
  readonly where?: WhereNode;
  readonly sort: readonly SortNode[];
  readonly fields: readonly string[];
  readonly contain: readonly string[];
  readonly limit?: number;
  readonly page?: number;
}

export type OperationNode = FilterNode | WhereNode | SortNode | QueryNode;

export const FilterNode = Object.freeze({
  create(field: string, op: FilterOperator, value?: FilterNode['value']): FilterNode {
    return Object.freeze(value === undefined ? { kind: 'Filter', field, op } : { kind: 'Filter', field, op, value });
  },
});

export const WhereNode = Object.freeze({
  create(connector: Connector, filters: readonly FilterNode[] = []): WhereNode {
    return Object.freeze({ kind: 'Where', connector, filters: Object.freeze([...filters]) });
  },
  cloneWithFilter(where: WhereNode, filter: FilterNode): WhereNode {
    return WhereNode.create(where.connector, [...where.filters, filter]);
  },
  cloneWithConnector(where: WhereNode, connector: Connector): WhereNode {
    return WhereNode.create(connector, where.filters);
  },
});

export const SortNode = Object.freeze({
  create(field: string, direction: SortDirection): SortNode {
    return Object.freeze({ kind: 'Sort', field, direction });
  },
  /** `'-id'` → desc on `id`; `'id'` → asc. */
  parse(spec: string): SortNode {
    return spec.startsWith('-') ? SortNode.create(spec.slice(1), 'desc') : SortNode.create(spec, 'asc');
  },
});

export const QueryNode = Object.freeze({
  create(model: string): QueryNode {
    return Object.freeze({ kind: 'Query', model, sort: Object.freeze([]), fields: Object.freeze([]), contain: Object.freeze([]) });
  },
  cloneWith(query: QueryNode, props: Partial<Omit<QueryNode, 'kind' | 'model'>>): QueryNode {
    return Object.freeze({ ...query, ...props });
  },
});

