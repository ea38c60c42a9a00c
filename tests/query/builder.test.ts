import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { createQueryBuilder } from '../../src/query/builder.js';
import type { QueryExecutor, QueryPage } from '../../src/query/builder.js';
import type { QueryNode } from '../../src/query/nodes.js';

type Field = 'id' | 'name' | 'status' | 'currency' | 'description' | 'is_private';
const schema = { model: 'Offer', fields: new Set<string>(['id', 'name', 'status', 'currency', 'description', 'is_private']), relations: new Set(['Country', 'Advertiser']) };

/** An executor that serves pages from an in-memory list and records the nodes it was given. */
function pagedExecutor(total: number, pageSize: number) {
  const seen: QueryNode[] = [];
  const executor: QueryExecutor<number> = {
    async findPage(node): Promise<QueryPage<number>> {
      seen.push(node);
      const page = node.page ?? 1;
      const items = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * pageSize, page * pageSize);
      return { items, page: { page, pageCount: Math.ceil(total / pageSize), count: total } };
    },
    async findIds() {
      return ['1'];
    },
  };
  return { executor, seen };
}

const q = () => createQueryBuilder<Field, 'Country' | 'Advertiser', number>(schema, pagedExecutor(0, 1).executor);

describe('QueryBuilder compiles to the wire', () => {
  it('compiles every clause', () => {
    const params = q().where('id').gt(100).where('status').in(['active', 'paused']).sort('-id', 'name').contain('Country').fields('id', 'name').limit(50).page(2).toParams();
    expect(params).toEqual([
      ['filters[id][GREATER_THAN]', '100'],
      ['filters[status][]', 'active'],
      ['filters[status][]', 'paused'],
      ['sort[Offer.id]', 'desc'],
      ['sort[Offer.name]', 'asc'],
      ['limit', '50'],
      ['page', '2'],
      ['fields[]', 'id'],
      ['fields[]', 'name'],
      ['contain[]', 'Country'],
    ]);
  });

  it.each([
    ['eq', (b: ReturnType<typeof q>) => b.where('name').eq('x'), [['filters[name]', 'x']]],
    ['ne', (b: ReturnType<typeof q>) => b.where('name').ne('x'), [['filters[name][NOT_EQUAL_TO]', 'x']]],
    ['lt', (b: ReturnType<typeof q>) => b.where('id').lt(5), [['filters[id][LESS_THAN]', '5']]],
    ['lte', (b: ReturnType<typeof q>) => b.where('id').lte(5), [['filters[id][LESS_THAN_OR_EQUAL_TO]', '5']]],
    ['gte', (b: ReturnType<typeof q>) => b.where('id').gte(5), [['filters[id][GREATER_THAN_OR_EQUAL_TO]', '5']]],
    ['like', (b: ReturnType<typeof q>) => b.where('name').like('%a%'), [['filters[name][LIKE]', '%a%']]],
    ['notLike', (b: ReturnType<typeof q>) => b.where('name').notLike('%a%'), [['filters[name][NOT_LIKE]', '%a%']]],
    ['isNull', (b: ReturnType<typeof q>) => b.where('description').isNull(), [['filters[description][NULL]', '1']]],
    ['notNull', (b: ReturnType<typeof q>) => b.where('description').notNull(), [['filters[description][NOT_NULL]', '1']]],
    ['isTrue', (b: ReturnType<typeof q>) => b.where('is_private').isTrue(), [['filters[is_private][TRUE]', '1']]],
    ['isFalse', (b: ReturnType<typeof q>) => b.where('is_private').isFalse(), [['filters[is_private][FALSE]', '1']]],
  ])('operator %s', (_name, build, expected) => {
    expect(build(q()).toParams()).toEqual(expected);
  });

  it('puts the whole group under filters[OR], operators included', () => {
    expect(q().where('status').eq('active').or().where('currency').eq('USD').or().where('id').gt(100).toParams()).toEqual([
      ['filters[OR][status]', 'active'],
      ['filters[OR][currency]', 'USD'],
      ['filters[OR][id][GREATER_THAN]', '100'],
    ]);
  });

  it('refuses AND mixed with OR before anything is sent', () => {
    const base = q().where('status').eq('active').where('currency').eq('USD');
    expect(() => base.or().where('id').gt(1)).toThrow(InvalidArgumentError);
    expect(() => base.or().where('id').gt(1)).toThrow(/mixes AND and OR/);
    const orBase = q().where('status').eq('active').or().where('currency').eq('USD');
    expect(() => orBase.where('id').gt(1)).toThrow(/mixes AND and OR/);
  });

  it('refuses two values for the same field and operator', () => {
    expect(() => q().where('status').eq('a').where('status').eq('b')).toThrow(/in\(\[\.\.\.\]\)/);
    expect(q().where('id').gt(1).where('id').lt(9).toParams()).toHaveLength(2);
  });

  it('leaves qualified sort names alone', () => {
    expect(q().sort('-Country.name' as never).toParams()).toEqual([['sort[Country.name]', 'desc']]);
  });
});

describe('QueryBuilder is immutable', () => {
  it('never changes a builder that was extended', () => {
    const base = q().where('status').eq('active');
    const a = base.where('id').gt(1);
    const b = base.sort('-id');
    expect(base.toParams()).toEqual([['filters[status]', 'active']]);
    expect(a.toParams()).toHaveLength(2);
    expect(b.toParams()).toEqual([['filters[status]', 'active'], ['sort[Offer.id]', 'desc']]);
    expect(Object.isFrozen(base.toNode())).toBe(true);
  });
});

describe('QueryBuilder validates before sending', () => {
  it.each([
    ['limit 0', () => q().limit(0), /limit\(\).*positive integer/],
    ['limit 1.5', () => q().limit(1.5), /positive integer/],
    ['page -1', () => q().page(-1), /page\(\)/],
    ['unknown field', () => q().where('nope' as Field), /"nope" is not known for Offer/],
    ['unknown relation', () => q().contain('Nope' as never), /contain\(\).*"Nope"/],
    ['in() without a list', () => q().where('id').in('1' as never), /in\(\) takes an array/],
    ['empty in()', () => q().where('id').in([]), /empty list/],
    ['object value', () => q().where('id').eq({} as never), /expected a string, number/],
  ])('%s', (_name, run, message) => {
    expect(run).toThrow(message);
  });
});

describe('QueryBuilder terminals', () => {
  it('iterates every page following pageCount and stops on the last', async () => {
    const { executor, seen } = pagedExecutor(7, 3);
    const builder = createQueryBuilder<Field, never, number>(schema, executor).limit(3);
    const all: number[] = [];
    for await (const item of builder) all.push(item);
    expect(all).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seen.map((node) => node.page ?? 1)).toEqual([1, 2, 3]);
  });

  it('first() asks for one item', async () => {
    const { executor, seen } = pagedExecutor(7, 3);
    expect(await createQueryBuilder<Field, never, number>(schema, executor).first()).toBe(1);
    expect(seen[0]?.limit).toBe(1);
  });

  it('stops iterating when the signal aborts', async () => {
    const { executor } = pagedExecutor(100, 1);
    const controller = new AbortController();
    const out: number[] = [];
    await expect(
      (async () => {
        for await (const item of createQueryBuilder<Field, never, number>(schema, executor).iterate({ signal: controller.signal })) {
          out.push(item);
          if (item === 2) controller.abort();
        }
      })(),
    ).rejects.toThrow();
    expect(out).toEqual([1, 2]);
  });
});
