/**
 * The importer, table-driven: small reference facts in, the schema definitions out; overlays
 * merged over them; a second run changes nothing; what it cannot express is listed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImport, defaultManager, importReference } from '../../codegen/import.js';
import type { RefMethod, RefModel, Reference } from '../../codegen/reference.js';

const widget: RefModel = {
  name: 'Widget',
  edition: '2015',
  fields: [
    { name: 'id', type: 'integer', writable: false },
    { name: 'name', type: 'string', writable: true, required: true },
    { name: 'status', type: 'string', writable: true, values: ['on', 'off'], nullable: true },
    { name: 'gear_id', type: 'integer', writable: true },
  ],
};
const gear: RefModel = { name: 'Gear', edition: '2013', fields: [{ name: 'id', type: 'string', primary: true }, { name: 'created', type: 'string', readOnly: true }] };

function method(name: string, params: RefMethod['params'], returns: string[], extra: Partial<RefMethod> = {}): RefMethod {
  return { controller: 'Widget', method: name, edition: '2015', verb: 'GET', paramsKnown: true, params, returns, ...extra };
}
const t = (name: string, extra: Record<string, unknown> = {}) => ({ name, ...extra });

const reference: Reference = {
  models: new Map([['Widget', widget], ['Gear', gear]]),
  methods: [
    method('findAll', [
      { name: 'filters', required: false, types: [t('@filter@', { model: 'Widget' })] },
      { name: 'sort', required: false, types: [t('@sort@', { model: 'Widget' })] },
      { name: 'fields', required: false, types: [t('@fields@', { model: 'Widget' })] },
      { name: 'contain', required: false, types: [t('@contain@', { model: 'Widget', relationships: [{ model: 'Gear', alias: 'Gear' }] })] },
    ], ['array'], { contain: [{ model: 'Gear', alias: 'Gear' }] }),
    method('findById', [{ name: 'id', required: true, types: [t('integer')] }, { name: 'fields', required: false, types: [t('@fields@', { model: 'Widget' })] }], ['array']),
    method('create', [{ name: 'data', required: true, types: [t('@data@', { model: 'Widget' })] }, { name: 'return_object', required: false, types: [t('boolean')] }], ['array', 'integer'], { verb: 'POST' }),
    method('findAllByIds', [{ name: 'ids', required: true, types: [t('array', { valueType: 'integer' })] }, { name: 'fields', required: false, types: [t('@fields@', { model: 'Widget' })] }], ['array']),
    method('spin', [{ name: 'id', required: true, types: [t('integer')] }, { name: 'speed', required: false, types: [t('string', { values: ['slow', 'fast'] })] }], ['boolean'], { verb: 'PUT' }),
    method('getCount', [], ['integer']),
    method('odd', [{ name: 'value', required: true, types: [t('string'), t('boolean')] }], ['void']),
    { controller: 'Widget', method: 'fromElsewhere', edition: 'supplement', paramsKnown: false, params: [], returns: [] },
  ],
};

describe('importReference', () => {
  const { controllers, models, notes } = importReference(reference);
  const methods = controllers.get('Widget')!.methods as Record<string, Record<string, unknown>>;

  it.each([
    ['findAll', { verb: 'GET', edition: '2015', kind: 'find', model: 'Widget' }],
    ['findById', { verb: 'GET', edition: '2015', kind: 'findById', model: 'Widget' }],
    ['create', { verb: 'POST', edition: '2015', kind: 'create', data: 'Widget', result: 'modelOrId', model: 'Widget' }],
    ['findAllByIds', { verb: 'GET', edition: '2015', params: { ids: { type: 'array', of: 'integer', required: true }, fields: { type: 'fields', model: 'Widget' } }, result: 'models', model: 'Widget' }],
    ['spin', { verb: 'PUT', edition: '2015', params: { id: { type: 'integer', required: true }, speed: { type: 'string', values: ['slow', 'fast'] } }, result: 'raw', returns: 'boolean' }],
    ['getCount', { verb: 'GET', edition: '2015', result: 'raw', returns: 'number' }],
    ['odd', { verb: 'GET', edition: '2015', params: { value: { type: 'mixed', required: true } }, result: 'raw', returns: 'void' }],
    ['fromElsewhere', { edition: 'supplement', loose: true, result: 'raw' }],
  ])('%s', (name, expected) => {
    expect(methods[name]).toEqual(expected);
  });

  it('types models from the reference: key, enums, read-only, relations from contain, belongs-to by <relation>_id', () => {
    expect(models.get('Widget')).toEqual({
      key: ['id'],
      fields: {
        id: { type: 'integer', readOnly: true },
        name: { type: 'string', required: true },
        status: { type: 'enum', values: ['on', 'off'], nullable: true },
        gear_id: { type: 'integer' },
      },
      relations: { Gear: { model: 'Gear', many: false } },
    });
    // 2013-only models get their types from their names and their key from "Primary key".
    expect(models.get('Gear')).toEqual({ key: ['id'], fields: { id: { type: 'integer' }, created: { type: 'datetime', readOnly: true } } });
  });

  it('says what it could not express', () => {
    expect(notes.unexpressed).toEqual(['Widget.odd.value: a union of boolean|string, typed as mixed']);
  });

  it('names managers like pyoffers', () => {
    expect(['OfferPixel', 'Country', 'AffiliateBilling', 'Report', 'Alert', 'Employee'].map(defaultManager)).toEqual(['offerPixels', 'countries', 'affiliateBilling', 'reports', 'alert', 'employees']);
  });
});

describe('buildImport with overlays', () => {
  it('merges overlays (signatures, names, corrections) and is deterministic', () => {
    const overlays = mkdtempSync(join(tmpdir(), 'tsoffers-overlays-'));
    writeFileSync(join(overlays, 'widget.yaml'), `controller: Widget
manager: gadgets
methods:
  spinFast:
    method: spin
    params: [id: integer]
    result: raw
    returns: boolean
  getCount: { safe: false }
models:
  Widget:
    display: name
    fields:
      colour: string
`);
    const first = buildImport(reference, overlays, 'schema/network', '/');
    const again = buildImport(reference, overlays, 'schema/network', '/');
    expect(again).toEqual(first);
    const controller = first.files.find((file) => file.path === 'schema/network/widget.yaml')!.text;
    expect(controller).toMatch(/^# IMPORTED FILE - edit the overlay, not this file\./);
    expect(controller).toContain('manager: gadgets');
    // The overlay's method replaces the imported one it sends, keeping the documented verb.
    expect(controller).toContain('  spinFast:\n    verb: PUT\n    edition: "2015"\n    method: spin\n    params: [id: integer]');
    expect(controller).not.toMatch(/^ {2}spin:/m);
    // A partial overlay method merges into the imported one.
    expect(controller).toContain('  getCount:\n    verb: GET\n    edition: "2015"\n    result: raw\n    returns: number\n    safe: false');
    const model = first.files.find((file) => file.path === 'schema/network/models/widget.yaml')!.text;
    expect(model).toContain('display: name');
    expect(model).toContain('colour: string');
  });
});
