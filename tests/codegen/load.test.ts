import { describe, expect, it } from 'vitest';
import { loadFileText, SchemaError } from '../../codegen/load.js';

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
    loadFileText(text, 'schema/widget.yaml');
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('expected a SchemaError');
}

describe('loadFileText', () => {
  it('reads a minimal controller into plain data with defaults filled in', () => {
    const { controller, models } = loadFileText(minimal, 'schema/widget.yaml');
    expect(controller?.target).toBe('Widget');
    expect(models[0]?.fields.map((field) => `${field.name}:${field.type}`)).toEqual(['id:integer', 'name:string']);
    expect(models[0]?.key).toEqual(['id']);
    expect(controller?.methods).toEqual([
      { name: 'findAll', method: 'findAll', kind: 'find', edition: 'overlay', params: [], loose: false, result: 'models', safe: true },
      {
        name: 'spin',
        method: 'spin',
        kind: 'call',
        edition: 'overlay',
        params: [
          { name: 'id', type: 'integer', required: true },
          { name: 'speed', type: 'decimal', required: false },
        ],
        loose: false,
        result: 'raw',
        returns: 'boolean',
        safe: false,
        instance: 'id',
      },
    ]);
  });

  it('reads a params-object method: TS names, wire names, query parts typed by a model, safety from the verb', () => {
    const { controller } = loadFileText(`${minimal}  findAllByIds:
    verb: GET
    params:
      ids: { type: array, of: integer, required: true }
      fields: { type: fields, model: Widget }
      method_name: { type: string, wire: method }
    result: models
    model: Widget
  touch: { verb: PUT, params: { id: { type: integer, required: true } }, result: raw, returns: void }
`, 'schema/widget.yaml');
    const byIds = controller?.methods.find((method) => method.name === 'findAllByIds');
    expect(byIds).toMatchObject({ kind: 'object', safe: true, result: 'models', model: 'Widget' });
    expect(byIds?.params).toEqual([
      { name: 'ids', type: 'array', of: 'integer', required: true },
      { name: 'fields', type: 'fields', model: 'Widget', required: false },
      { name: 'method_name', wire: 'method', type: 'string', required: false },
    ]);
    // A PUT is a write even though nothing in its name says so.
    expect(controller?.methods.find((method) => method.name === 'touch')).toMatchObject({ kind: 'object', safe: false, returns: 'void' });
  });

  it('allows a model without a key, and a key that is not id', () => {
    const { models } = loadFileText('models:\n  Meta:\n    fields:\n      name: string\n  Region:\n    key: [name]\n    fields:\n      name: string\n      id: integer\n', 'schema/m.yaml');
    expect(models.map((model) => model.key)).toEqual([[], ['name']]);
  });

  it.each([
    ['a YAML syntax error', minimal.replace('manager: widgets', 'manager: [widgets'), 3, /./],
    ['an unknown field type', minimal.replace('name: string', 'name: strnig'), 9, /models\.Widget\.fields\.name: field type must be one of/],
    ['a display field that is not a field', minimal.replace('display: name', 'display: title'), 6, /display field "title" is not among the fields/],
    ['an unknown method kind', minimal.replace('{ kind: find }', '{ kind: search }'), 11, /methods\.findAll\.kind: kind must be one of call, object, find/],
    ['an instance param that is not a param', minimal.replace('instance: id', 'instance: widget_id'), 16, /"widget_id" is not one of the params/],
    ['an unknown key', minimal.replace('    display: name', '    dispaly: name'), 6, /unknown key "dispaly"/],
    ['a key field that is not a field', minimal.replace('    display: name', '    display: name\n    key: [code]'), 7, /key field "code" is not among the fields/],
    ['a field that would shadow a model member', minimal.replace('      name: string', '      toJSON: string'), 9, /field "toJSON" would shadow the model member/],
    ['a manager named like a client member', minimal.replace('manager: widgets', 'manager: rawLogs'), 2, /"rawLogs" is a member of the client/],
    ['a manager named like a CLI command', minimal.replace('manager: widgets', 'manager: sandbox'), 2, /"sandbox" is a CLI command/],
    ['a method named like a manager member', minimal.replace('  spin:', '  query:'), 13, /method name "query" is a member of every manager/],
    ['a reserved word as a positional param', minimal.replace('[id: integer, speed?: decimal]', '[id: integer, delete?: decimal]'), 13, /"delete" is a reserved word/],
    ['a behaviour without an implementation', minimal.replace('    instance: id', '    instance: id\n    behaviour: teleport'), 17, /behaviour \(implemented in src\/runtime\/behaviours\.ts\) must be one of/],
    ['a query part without its model', minimal.replace('  findAll: { kind: find }', '  findAll: { kind: find }\n  findSome: { params: { filters: { type: filters } } }'), 12, /a filters param needs the model/],
    ['positional params on a params-object method', minimal.replace('    params: [id: integer, speed?: decimal]', '    kind: object\n    params: [id: integer, speed?: decimal]'), 14, /positional params \(a list\) make a kind call method/],
  ])('reports %s with file and line', (_name, text, line, message) => {
    const error = failure(text);
    expect(error.file).toBe('schema/widget.yaml');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(/^schema\/widget\.yaml:\d+: /);
    expect(error.problem).toMatch(message);
  });
});
