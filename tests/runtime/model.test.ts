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
import type { ApiContext } from '../../src/runtime/context.js';
import { modelClasses, modelDecoder } from '../../src/runtime/model-classes.js';
import { expandTable } from '../../src/table/spec.js';

const specs = new Map(API_TABLE.models.map((spec) => [spec.name, spec]));
const context: ApiContext = {
  table: API_TABLE,
  send: () => Promise.reject(new Error('nothing is sent here')),
  manager: (name) => {
    throw new Error(`no manager ${name} here`);
  },
  modelClass: (name) => MODEL_CLASSES[name],
  modelSpec: (name) => specs.get(name),
};
const decoder = modelDecoder(context);
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
  it('reads schema fields through the class, copies fields the schema does not name, and keeps what HasOffers sent', () => {
    const offer = one('{"Offer":{"id":"7","name":"Spring","status":"active","brand_new_field":"x"}}', 'Offer') as Model & Record<string, unknown>;
    expect(offer).toBeInstanceOf(Offer);
    expect([offer.id, offer.name, offer.status, offer.brand_new_field]).toEqual(['7', 'Spring', 'active', 'x']);
    // A schema field the answer left out reads as undefined, like a missing property.
    expect(offer.preview_url).toBeUndefined();
    // The unknown field is an own property; schema fields are enumerable through the class.
    expect(Object.keys(offer)).toEqual(['brand_new_field']);
    const seen: string[] = [];
    for (const key in offer) seen.push(key);
    expect(seen).toEqual(expect.arrayContaining(['id', 'name', 'status', 'brand_new_field']));
    // Assigning a field works as on a plain object, and leaves the record as HasOffers sent it.
    offer.name = 'Renamed';
    expect(offer.name).toBe('Renamed');
    expect(offer.get('name')).toBe('Spring');
    expect(offer.toJSON()).toEqual({ id: '7', name: 'Spring', status: 'active', brand_new_field: 'x' });
    expect(JSON.stringify(offer)).toBe('{"id":"7","name":"Spring","status":"active","brand_new_field":"x"}');
  });

  it('gives every row its own values (the accessors are per class, the data per instance)', () => {
    const list = decoder.decode(parseOrderedJson('{"9":{"Offer":{"id":"9","name":"B"}},"3":{"Offer":{"id":"3","name":"A"}}}'), 'models', 'Offer') as (Model & Record<string, unknown>)[];
    expect(list.map((item) => [item.id, item.name])).toEqual([
      ['9', 'B'],
      ['3', 'A'],
    ]);
  });
});
