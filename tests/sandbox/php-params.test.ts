import { describe, expect, it } from 'vitest';
import { isList, parsePairs, parsePhpQuery, splitKey } from '../../src/sandbox/php-params.js';
import { writeJson } from '../../src/sandbox/json.js';

const plain = (value: unknown): unknown => (value instanceof Map ? Object.fromEntries([...value].map(([k, v]) => [k, plain(v)])) : value);

describe('PHP-style parameters', () => {
  it('nests brackets, appends [] and keeps order', () => {
    const params = parsePhpQuery('a[b][c]=1&list[]=x&list[]=y&filters[OR][id][GREATER_THAN]=5&sort[Offer.name]=asc&sort[Offer.id]=desc');
    expect(plain(params)).toEqual({ a: { b: { c: '1' } }, list: { 0: 'x', 1: 'y' }, filters: { OR: { id: { GREATER_THAN: '5' } } }, sort: { 'Offer.name': 'asc', 'Offer.id': 'desc' } });
    expect([...(params.get('sort') as Map<string, string>).keys()]).toEqual(['Offer.name', 'Offer.id']);
    expect(isList(params.get('list') as Map<string, string>)).toBe(true);
  });

  it('decodes + as a space and percent escapes, keeps bad escapes literally, and lets a repeated plain key win last', () => {
    expect(parsePairs('q=a+b%20c&bad=100%&k=1&k=2')).toEqual([['q', 'a b c'], ['bad', '100%'], ['k', '1'], ['k', '2']]);
    expect(plain(parsePhpQuery('k=1&k=2'))).toEqual({ k: '2' });
    expect(plain(parsePhpQuery('data%5Bname%5D=T%C3%A9st'))).toEqual({ data: { name: 'Tést' } });
  });

  it('splits keys like PHP, stopping at an unclosed bracket', () => {
    expect(splitKey('filters[OR][id][]')).toEqual(['filters', 'OR', 'id', '']);
    expect(splitKey('a[b')).toEqual(['a']);
    expect(splitKey('plain')).toEqual(['plain']);
  });

  it('writes Maps with numeric keys in insertion order and escapes slashes like PHP', () => {
    expect(writeJson(new Map([['114', 1], ['108', 2]]))).toBe('{"114":1,"108":2}');
    expect(writeJson({ url: 'http://x/y' })).toBe('{"url":"http:\\/\\/x\\/y"}');
  });
});
