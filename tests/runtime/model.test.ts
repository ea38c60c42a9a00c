/**
 * Model classes are made by the runtime from the table: identity by the declared key (or none),
 * display names, and data that never shadows behaviour.
 */
import { describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { API_TABLE, MODEL_CLASSES } from '../../generated/index.js';
import { Offer, Region } from '../../src/index.js';
import type { Model } from '../../src/index.js';
import { parseOrderedJson } from '../../src/response/ordered-json.js';
import { modelClasses } from '../../src/runtime/model-classes.js';
import { expandTable } from '../../src/table/spec.js';
import { offlineDecoder } from '../helpers/offline-decoder.js';

const decoder = offlineDecoder;
const one = (json: string, model: string) => decoder.decode(parseOrderedJson(json), 'model', model) as Model;

describe('model classes from the table', () => {
  it('makes one class per table model, memoised per table', () => {
    expect(Object.keys(MODEL_CLASSES)).toHaveLength(API_TABLE.models.length);
    expect(modelClasses(API_TABLE)).toBe(MODEL_CLASSES);
    const other = expandTable({ controllers: [], models: [{ name: 'Widget', fields: ['id'] }] });
    const classes = modelClasses(other);
    expect(Object.keys(classes)).toEqual(['Widget']);
    expect(classes.Widget?.modelName).toBe('Widget');
  });

  it('compares by the declared key: Region by name, a keyless model by its fields', () => {
    const a = one('{"Region":{"name":"Bohemia","code":"PR","id":"1"}}', 'Region');
    const b = one('{"Region":{"name":"Bohemia","code":"XX","id":"2"}}', 'Region');
    expect(a).toBeInstanceOf(Region);
    expect(a.equals(b)).toBe(true);
    expect(a.key).toEqual(['Bohemia']);
    const meta1 = one('{"DneEmail":{"affiliate_id":"3","email":"a@b.c"}}', 'DneEmail');
    const meta2 = one('{"DneEmail":{"affiliate_id":"3","email":"x@y.z"}}', 'DneEmail');
    expect(meta1.key).toEqual([]);
    expect(meta1.equals(meta2)).toBe(false);
    expect(meta1.equals(one('{"DneEmail":{"affiliate_id":"3","email":"a@b.c"}}', 'DneEmail'))).toBe(true);
    expect(String(meta1)).toBe('DneEmail');
  });

  it('does not call two records equal when neither carries its key', () => {
    const a = one('{"Advertiser":{"company":"A"}}', 'Advertiser');
    const b = one('{"Advertiser":{"company":"B"}}', 'Advertiser');
    expect(a.equals(b)).toBe(false);
    expect(a.equals(a)).toBe(false);
  });

  it('keeps behaviour when the data names a member: __proto__, toString, toJSON, constructor, equals', () => {
    const hostile = one('{"Offer":{"id":"62","name":"Kyzoo","__proto__":{"polluted":true},"toString":"x","toJSON":"y","constructor":"z","equals":"w","update":"v","conversions":"u"}}', 'Offer');
    expect(hostile).toBeInstanceOf(Offer);
    expect(String(hostile)).toBe('Offer: Kyzoo');
    expect(inspect(hostile)).toBe('<Offer: Kyzoo>');
    expect(hostile.equals(hostile)).toBe(true);
    expect(typeof (hostile as unknown as { update: unknown }).update).toBe('function');
    expect((hostile as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The data stays reachable.
    expect(hostile.get('toString')).toBe('x');
    expect(hostile.get('__proto__')).toEqual({ polluted: true });
    expect(JSON.parse(JSON.stringify(hostile.toJSON())).toJSON).toBe('y');
  });

  it('skips a relation key that would shadow a member or a field', () => {
    const offer = one('{"Offer":{"id":"62","name":"A"},"ToString":{"id":"1"},"Name":{"id":"2"},"Country":{"724":{"id":"724","code":"ES"}}}', 'Offer') as Offer;
    expect(String(offer)).toBe('Offer: A');
    expect(offer.name).toBe('A');
    expect(offer.country?.map(String)).toEqual(['Country: ES']);
  });

  it('a __proto__ key beside the ids of a list is no row', () => {
    const rows = decoder.decode(parseOrderedJson('{"62":{"Offer":{"id":"62","name":"A"}},"__proto__":{"Offer":{"id":"1","name":"phantom"}},"63":{"Offer":{"id":"63","name":"B"}}}'), 'models', 'Offer') as Model[];
    expect(rows.map(String)).toEqual(['Offer: A', 'Offer: B']);
    const offer = one('{"Offer":{"id":"62","name":"A"},"Country":{"724":{"id":"724","code":"ES"},"__proto__":{"id":"1","code":"XX"}}}', 'Offer') as Offer;
    expect(offer.country?.map(String)).toEqual(['Country: ES']);
  });
});

describe('fields of a table model', () => {
  it('copies every field HasOffers sent as an own property, schema or not, and keeps what it sent', () => {
    const offer = one('{"Offer":{"id":"7","name":"Spring","status":"active","brand_new_field":"x"}}', 'Offer') as Model & Record<string, unknown>;
    expect(offer).toBeInstanceOf(Offer);
    expect([offer.id, offer.name, offer.status, offer.brand_new_field]).toEqual(['7', 'Spring', 'active', 'x']);
    // A schema field the answer left out is not there at all.
    expect('preview_url' in offer).toBe(false);
    expect(Object.keys(offer).sort()).toEqual(['brand_new_field', 'id', 'name', 'status']);
    expect(Object.hasOwn(offer, 'name')).toBe(true);
    // Copies, spreads and clones keep the fields.
    expect({ ...offer }).toEqual({ id: '7', name: 'Spring', status: 'active', brand_new_field: 'x' });
    expect(structuredClone(offer)).toEqual({ id: '7', name: 'Spring', status: 'active', brand_new_field: 'x' });
    // Assigning a field works as on a plain object, and leaves the record as HasOffers sent it.
    offer.name = 'Renamed';
    expect(offer.name).toBe('Renamed');
    expect(offer.get('name')).toBe('Spring');
    expect(offer.toJSON()).toEqual({ id: '7', name: 'Spring', status: 'active', brand_new_field: 'x' });
  });

  it('tells two records apart by their fields (deep equality sees them)', () => {
    const a = one('{"Offer":{"id":"1","name":"A"}}', 'Offer');
    const b = one('{"Offer":{"id":"2","name":"B"}}', 'Offer');
    expect(a).not.toEqual(b);
    expect(a).toEqual(one('{"Offer":{"id":"1","name":"A"}}', 'Offer'));
  });

  it('reads fields through a Proxy of the model', () => {
    const offer = one('{"Offer":{"id":"7","name":"Spring"}}', 'Offer') as Model & Record<string, unknown>;
    const seen: string[] = [];
    const proxy = new Proxy(offer, { get: (target, key, receiver) => (typeof key === 'string' && seen.push(key), Reflect.get(target, key, receiver) as unknown) });
    expect((proxy as Record<string, unknown>).name).toBe('Spring');
    expect(seen).toContain('name');
  });

  it('does not copy a key another library put on Object.prototype, even one named like a schema field', () => {
    const polluted = Object.prototype as Record<string, unknown>;
    polluted.polluted_key = 'x';
    polluted.preview_url = 'http://evil.example';
    try {
      const offer = one('{"Offer":{"id":"7"}}', 'Offer');
      expect(Object.hasOwn(offer, 'polluted_key')).toBe(false);
      expect(Object.hasOwn(offer, 'preview_url')).toBe(false);
      expect(Object.keys(offer)).toEqual(['id']);
    } finally {
      delete polluted.polluted_key;
      delete polluted.preview_url;
    }
  });

  it('gives every row its own values', () => {
    const list = decoder.decode(parseOrderedJson('{"9":{"Offer":{"id":"9","name":"B"}},"3":{"Offer":{"id":"3","name":"A"}}}'), 'models', 'Offer') as (Model & Record<string, unknown>)[];
    expect(list.map((item) => [item.id, item.name])).toEqual([
      ['9', 'B'],
      ['3', 'A'],
    ]);
  });
});
