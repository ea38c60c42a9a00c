import { describe, expect, it } from 'vitest';
import { loadControllerText, SchemaError } from '../../codegen/load.js';

const minimal = `controller: Widget
manager: widgets
model: Widget
models:
  Widget:
    display: name
    fields:
      id: { type: integer, primary: true }
      name: string
methods:
  findAll: { kind: find }
  spin:
    params: [id: integer, speed?: decimal]
    result: raw
    returns: boolean
    instance: id
`;

function failure(text: string): SchemaError {
  try {
    loadControllerText(text, 'schema/widget.yaml');
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('expected a SchemaError');
}

describe('loadControllerText', () => {
  it('reads a minimal controller into plain data with defaults filled in', () => {
    const controller = loadControllerText(minimal, 'schema/widget.yaml');
    expect(controller.target).toBe('Widget');
    expect(controller.models[0]?.fields.map((field) => `${field.name}:${field.type}`)).toEqual(['id:integer', 'name:string']);
    expect(controller.methods).toEqual([
      { name: 'findAll', method: 'findAll', kind: 'find', params: [], result: 'models', safe: true, custom: false },
      {
        name: 'spin',
        method: 'spin',
        kind: 'call',
        params: [
          { name: 'id', type: 'integer', required: true },
          { name: 'speed', type: 'decimal', required: false },
        ],
        result: 'raw',
        returns: 'boolean',
        safe: false,
        instance: 'id',
        custom: false,
      },
    ]);
  });

  it.each([
    ['a YAML syntax error', minimal.replace('manager: widgets', 'manager: [widgets'), 3, /./],
    ['an unknown field type', minimal.replace('name: string', 'name: strnig'), 9, /models\.Widget\.fields\.name: field type must be one of/],
    ['a display field that is not a field', minimal.replace('display: name', 'display: title'), 6, /display field "title" is not among the fields/],
    ['an unknown method kind', minimal.replace('{ kind: find }', '{ kind: search }'), 11, /methods\.findAll\.kind: kind must be one of call, find/],
    ['an instance param that is not a param', minimal.replace('instance: id', 'instance: widget_id'), 16, /"widget_id" is not one of the params/],
    ['an unknown key', minimal.replace('    display: name', '    dispaly: name'), 6, /unknown key "dispaly"/],
    ['a missing id field', minimal.replace('      id: { type: integer, primary: true }\n', ''), 8, /every model needs an "id" field/],
  ])('reports %s with file and line', (_name, text, line, message) => {
    const error = failure(text);
    expect(error.file).toBe('schema/widget.yaml');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(/^schema\/widget\.yaml:\d+: /);
    expect(error.problem).toMatch(message);
  });
});
