import { describe, expect, it } from 'vitest';
import { orderedKeys, orderedValues, parseOrderedJson } from '../../src/response/ordered-json.js';

type Json = Record<string, unknown>;

describe('parseOrderedJson', () => {
  it('keeps integer-like keys in document order (JSON.parse would sort them)', () => {
    const text = '{"100":{"id":"100"},"62":{"id":"62"},"7":{"id":"7"}}';
    expect(Object.keys(JSON.parse(text) as Json)).toEqual(['7', '62', '100']);
    const parsed = parseOrderedJson(text) as Json;
    expect(orderedKeys(parsed)).toEqual(['100', '62', '7']);
    expect(orderedValues(parsed)).toEqual([{ id: '100' }, { id: '62' }, { id: '7' }]);
    // Lookups by key still work.
    expect(parsed['62']).toEqual({ id: '62' });
  });

  it('keeps the order at every depth, mixed with ordinary keys', () => {
    const text = '{"response":{"data":{"page":1,"data":{"9":{"Offer":{"id":"9"},"Goal":{"31":{"id":"31"},"4":{"id":"4"}}},"3":{"Offer":{"id":"3"}}}}}}';
    const parsed = parseOrderedJson(text) as { response: { data: { page: number; data: Json } } };
    const items = parsed.response.data.data;
    expect(orderedKeys(items)).toEqual(['9', '3']);
    const goals = (items['9'] as { Goal: Json }).Goal;
    expect(orderedKeys(goals)).toEqual(['31', '4']);
    expect(parsed.response.data.page).toBe(1);
  });

  it('leaves digits inside string values alone, escaped quotes included', () => {
    const text = '{"a":"x\\"12\\":y","b":["1","2"],"c":{"5":"\\"3\\": not a key"},"4":"{\\"9\\":1}"}';
    const parsed = parseOrderedJson(text) as Json;
    expect(parsed.a).toBe('x"12":y');
    expect(parsed.b).toEqual(['1', '2']);
    expect(parsed.c).toEqual({ 5: '"3": not a key' });
    expect(parsed['4']).toBe('{"9":1}');
    expect(orderedKeys(parsed)).toEqual(['a', 'b', 'c', '4']);
  });

  it('accepts whitespace between a key and its colon', () => {
    const parsed = parseOrderedJson('{ "20" : 1 ,\n "10"\t: 2 }') as Json;
    expect(orderedKeys(parsed)).toEqual(['20', '10']);
  });

  it('treats "-1", "1.5" and "" as ordinary keys', () => {
    const parsed = parseOrderedJson('{"-1":1,"1.5":2,"":3,"2":4}') as Json;
    expect(parsed['-1']).toBe(1);
    expect(parsed['1.5']).toBe(2);
    expect(parsed['']).toBe(3);
    expect(orderedKeys(parsed)).toEqual(['-1', '1.5', '', '2']);
  });

  it('parses documents without integer keys exactly like JSON.parse', () => {
    for (const text of ['{"a":1,"b":[true,false,null]}', '[]', '"string"', '12', 'true', 'null', '{"response":{"data":["1","3"]}}']) {
      expect(parseOrderedJson(text)).toEqual(JSON.parse(text));
    }
  });

  it('keeps a string value that contains the NUL character', () => {
    const parsed = parseOrderedJson('{"1":"a\\u0000b","name":"\\u0000"}') as Json;
    expect(parsed['1']).toBe('a\u0000b');
    expect(parsed.name).toBe('\u0000');
  });

  it('rejects what is not JSON', () => {
    expect(() => parseOrderedJson('<html>')).toThrow(SyntaxError);
    expect(() => parseOrderedJson('{"1":')).toThrow(SyntaxError);
  });

  it('orderedValues passes arrays through', () => {
    expect(orderedValues([3, 1, 2])).toEqual([3, 1, 2]);
  });
});
