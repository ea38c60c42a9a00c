import { describe, expect, it } from 'vitest';
import { findOptionsToNode } from '../../src/query/find-options.js';
import type { FindAllOptions } from '../../src/query/find-options.js';
import { compileQuery } from '../../src/query/compile-query.js';

const schema = { model: 'Offer', fields: new Set(['id', 'status', 'currency', 'description', 'name']), relations: new Set(['Country']) };
const compile = (options: FindAllOptions) => compileQuery(findOptionsToNode(options, schema));

describe("pyoffers' findAll options", () => {
  it('encodes plain, list and operator filters like pyoffers', () => {
    expect(compile({ filters: { status: 'active', currency: ['USD', 'EUR'], id__gt: 100, description__null: true } })).toEqual([
      ['filters[status]', 'active'],
      ['filters[currency][]', 'USD'],
      ['filters[currency][]', 'EUR'],
      ['filters[id][GREATER_THAN]', '100'],
      ['filters[description][NULL]', '1'],
    ]);
  });

  it.each([
    ['ne', 'NOT_EQUAL_TO'],
    ['lt', 'LESS_THAN'],
    ['lte', 'LESS_THAN_OR_EQUAL_TO'],
    ['gt', 'GREATER_THAN'],
    ['gte', 'GREATER_THAN_OR_EQUAL_TO'],
    ['like', 'LIKE'],
    ['not_like', 'NOT_LIKE'],
    ['rlike', 'RLIKE'],
  ])('__%s → %s', (suffix, name) => {
    expect(compile({ filters: { [`name__${suffix}`]: 'x' } as never })).toEqual([[`filters[name][${name}]`, 'x']]);
  });

  it.each([['null', 'NULL'], ['not_null', 'NOT_NULL'], ['true', 'TRUE'], ['false', 'FALSE']])('value-less __%s → [%s]=1', (suffix, name) => {
    expect(compile({ filters: { [`description__${suffix}`]: true } as never })).toEqual([[`filters[description][${name}]`, '1']]);
  });

  it('uses filters[OR] for connector OR', () => {
    expect(compile({ filters: { status: 'active', id__gt: 5 }, connector: 'OR' })).toEqual([
      ['filters[OR][status]', 'active'],
      ['filters[OR][id][GREATER_THAN]', '5'],
    ]);
  });

  it('qualifies sort fields with the model and keeps dotted names', () => {
    expect(compile({ sort: '-id' })).toEqual([['sort[Offer.id]', 'desc']]);
    expect(compile({ sort: ['-id', 'currency', 'Country.name'] })).toEqual([
      ['sort[Offer.id]', 'desc'],
      ['sort[Offer.currency]', 'asc'],
      ['sort[Country.name]', 'asc'],
    ]);
  });

  it.each([
    [{ limit: '5' }, /limit: expected a positive integer/],
    [{ page: 0 }, /page: expected a positive integer/],
    [{ fields: 'id' }, /fields: expected an array/],
    [{ contain: ['Nope'] }, /"Nope" is not known/],
    [{ filters: { id__between: 1 } }, /unknown operator "__between"/],
    [{ filters: { description__null: false } }, /takes no value/],
    [{ filters: { bogus: 1 } }, /"bogus" is not known for Offer/],
    [{ connector: 'XOR' }, /connector: expected 'AND' or 'OR'/],
    [{ filters: { id__gt: [1, 2] } }, /single value/],
  ])('refuses %j', (options, message) => {
    expect(() => compile(options as never)).toThrow(message);
  });
});

describe('unknown names suggest the closest ones', () => {
  it('names the closest field instead of listing every field', () => {
    const fields = new Set(['id', 'name', 'status', 'currency', 'default_payout', 'offer_url', 'preview_url', 'expiration_date', 'advertiser_id', 'description', 'protocol', 'payout_type', 'revenue_type', 'is_private']);
    const run = () => findOptionsToNode({ filters: { stauts: 'active' } }, { model: 'Offer', fields });
    expect(run).toThrow(/"stauts" is not known for Offer. Did you mean "status"\?/);
    expect(() => findOptionsToNode({ filters: { zzzzzz: 1 } }, { model: 'Offer', fields })).toThrow(/There are 14 known names/);
  });
});
