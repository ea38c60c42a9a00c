import { describe, expect, it } from 'vitest';
import { parseArgv } from '../../src/cli/argv.js';
import { parseCallParams } from '../../src/cli/call-params.js';
import { UsageError } from '../../src/cli/exit-codes.js';
import { parseWhere, sortSpecs } from '../../src/cli/where.js';
import { toQueryString } from '../../src/index.js';
import { flattenParams } from '../../src/wire/encode.js';

describe('--where syntax', () => {
  it.each([
    ['id>100', { field: 'id', op: 'gt', value: '100' }],
    ['id >= 100', { field: 'id', op: 'gte', value: '100' }],
    ['id<5', { field: 'id', op: 'lt', value: '5' }],
    ['id<=5', { field: 'id', op: 'lte', value: '5' }],
    ['status=active', { field: 'status', op: 'eq', value: 'active' }],
    ['status!=deleted', { field: 'status', op: 'ne', value: 'deleted' }],
    ['status=active,paused', { field: 'status', op: 'in', value: ['active', 'paused'] }],
    ['status in active, paused', { field: 'status', op: 'in', value: ['active', 'paused'] }],
    ['status!=deleted,expired', { field: 'status', op: 'ne', value: ['deleted', 'expired'] }],
    ['name~%shop%', { field: 'name', op: 'like', value: '%shop%' }],
    ['name!~%test%', { field: 'name', op: 'notLike', value: '%test%' }],
    ['name~%a,b%', { field: 'name', op: 'like', value: '%a,b%' }],
    ['company=A\\, B', { field: 'company', op: 'eq', value: 'A, B' }],
    ['note="<b>, x "', { field: 'note', op: 'eq', value: '<b>, x ' }],
    ['ref_id is null', { field: 'ref_id', op: 'isNull' }],
    ['ref_id is not null', { field: 'ref_id', op: 'notNull' }],
    ['ref_id NOT NULL', { field: 'ref_id', op: 'notNull' }],
    ['featured is true', { field: 'featured', op: 'isTrue' }],
    ['featured is  false', { field: 'featured', op: 'isFalse' }],
    ['Offer.id>1', { field: 'Offer.id', op: 'gt', value: '1' }],
  ])('%s', (expression, expected) => {
    expect(parseWhere(expression)).toEqual(expected);
  });

  it.each([
    ['>100', 'must start with a field name'],
    ['id', 'no operator'],
    ['id>', 'no value after ">"'],
    ['status=', 'is null'],
    ['id>>1', 'starts with an operator character'],
    ['status==active', 'status=active'],
    ['status is maybe', 'null, not null, true or false'],
    ['id ? 3', 'unknown operator'],
    ['status=a,,b', 'list item is empty'],
  ])('refuses %s', (expression, hint) => {
    expect(() => parseWhere(expression)).toThrow(UsageError);
    expect(() => parseWhere(expression)).toThrow(hint);
  });

  it('reads comma-separated and repeated sorts', () => {
    expect(sortSpecs(['-id,name', ' status '])).toEqual(['-id', 'name', 'status']);
  });
});

describe('argv parsing', () => {
  const specs = { sort: { type: 'string', multiple: true }, limit: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
  it('takes a dash-leading value for a string option (--sort -id)', () => {
    expect(parseArgv(['find-all', '--sort', '-id', '--sort=name', '--limit', '5', '--json', '-h', '--', '--x'], specs, 'x')).toEqual({
      positionals: ['find-all', '--x'],
      values: { sort: ['-id', 'name'], limit: '5', json: true, help: true },
    });
  });
  it('names unknown options and suggests a close one', () => {
    expect(() => parseArgv(['--limt', '5'], specs, 'x')).toThrow('unknown option --limt');
    expect(() => parseArgv(['--limitt', '5'], specs, 'x')).toThrow('did you mean --limit?');
    expect(() => parseArgv(['--limit'], specs, 'x')).toThrow('--limit needs a value');
    expect(() => parseArgv(['--json=1'], specs, 'x')).toThrow('takes no value');
  });
});

describe('call key=value parameters', () => {
  it('builds the tree HasOffers reads from PHP-style keys', () => {
    const params = parseCallParams(['id=62', 'data[name]=Shop', 'data[url]=http://x/?a=b', 'fields[]=id', 'fields[]=name', 'filters[id][GREATER_THAN]=100', 'empty=']);
    expect(params).toEqual({ id: '62', data: { name: 'Shop', url: 'http://x/?a=b' }, fields: ['id', 'name'], filters: { id: { GREATER_THAN: '100' } }, empty: '' });
    // Round trip: the wire carries exactly the keys that were typed.
    expect(toQueryString(flattenParams(params))).toBe(
      'id=62&data%5Bname%5D=Shop&data%5Burl%5D=http%3A%2F%2Fx%2F%3Fa%3Db&fields%5B%5D=id&fields%5B%5D=name&filters%5Bid%5D%5BGREATER_THAN%5D=100&empty=',
    );
  });
  it.each([
    ['novalue', 'not key=value'],
    ['=x', 'not key=value'],
    ['a b=1', 'not a parameter name'],
    ['a[][b]=1', '[] may only come last'],
    ['NetworkToken=x', 'set by tsoffers'],
  ])('refuses %s', (arg, hint) => {
    expect(() => parseCallParams([arg])).toThrow(hint);
  });
  it('refuses a key given twice or used both as value and group', () => {
    expect(() => parseCallParams(['a=1', 'a=2'])).toThrow('a[]=a a[]=b');
    expect(() => parseCallParams(['a=1', 'a[b]=2'])).toThrow('conflicts');
    expect(() => parseCallParams(['a[]=1', 'a[b]=2'])).toThrow('conflicts');
  });
});
