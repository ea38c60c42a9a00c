import type { FilterNode, FilterOperator, OperationNode, QueryNode, SortNode, WhereNode } from './nodes.js';
import { flattenInto } from '../wire/encode.js';
import type { WirePair } from '../wire/params.js';

/** HasOffers' operator names, as its documentation spells them. `eq`/`in` have none. */
const OPERATOR_NAMES: Record<Exclude<FilterOperator, 'eq' | 'in'>, string> = {
  ne: 'NOT_EQUAL_TO',
  lt: 'LESS_THAN',
  lte: 'LESS_THAN_OR_EQUAL_TO',
  gt: 'GREATER_THAN',
  gte: 'GREATER_THAN_OR_EQUAL_TO',
  like: 'LIKE',
  notLike: 'NOT_LIKE',
  rlike: 'RLIKE',
  isNull: 'NULL',
  notNull: 'NOT_NULL',
  isTrue: 'TRUE',
  isFalse: 'FALSE',
};

interface CompileContext {
  readonly out: WirePair[];
  readonly model: string;
  /** `filters` or `filters[OR]`: where filter keys are rooted. */
  readonly filterRoot: string;
}

type Visitors = { readonly [K in OperationNode['kind']]: (node: Extract<OperationNode, { kind: K }>, ctx: CompileContext) => void };

// A node kind without an entry here is a compile error: the mapped type demands one per kind.
const visitors: Visitors = {
  Query(node: QueryNode, ctx) {
    if (node.where) visitors.Where(node.where, ctx);
    for (const sort of node.sort) visitors.Sort(sort, ctx);
    if (node.limit !== undefined) ctx.out.push(['limit', String(node.limit)]);
    if (node.page !== undefined) ctx.out.push(['page', String(node.page)]);
    if (node.fields.length) flattenInto(ctx.out, 'fields', node.fields);
    if (node.contain.length) flattenInto(ctx.out, 'contain', node.contain);
  },
  Where(node: WhereNode, ctx) {
    const inner = { ...ctx, filterRoot: node.connector === 'OR' ? 'filters[OR]' : 'filters' };
    for (const filter of node.filters) visitors.Filter(filter, inner);
  },
  Filter(node: FilterNode, ctx) {
    const base = `${ctx.filterRoot}[${node.field}]`;
    if (node.op === 'eq' || node.op === 'in') {
      flattenInto(ctx.out, base, node.value);
      return;
    }
    const key = `${base}[${OPERATOR_NAMES[node.op]}]`;
    flattenInto(ctx.out, key, node.value === undefined ? '1' : node.value);
  },
  Sort(node: SortNode, ctx) {
    const field = node.field.includes('.') ? node.field : `${ctx.model}.${node.field}`;
    ctx.out.push([`sort[${field}]`, node.direction]);
  },
};

/** Compiles a query node into ordered wire pairs. Pure: returns data, sends nothing. */
export function compileQuery(node: QueryNode): WirePair[] {
  const out: WirePair[] = [];
  visitors.Query(node, { out, model: node.model, filterRoot: 'filters' });
  return out;
}
