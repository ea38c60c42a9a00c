import { describe, expect, it } from 'vitest';
import { compactJson, emit } from '../../codegen/emit.js';
import { loadFileText } from '../../codegen/load.js';
import type { SchemaDef } from '../../codegen/model.js';

const widget = `controller: Widget
manager: widgets
model: Widget
models:
  Widget:
    display: name
    fields:
      id: { type: integer, primary: true }
      name: { type: string, required: true }
      state: { type: enum, values: [on, off] }
      created: { type: datetime, readOnly: true }
    relations:
      Gear: { model: Gear, many: true }
  Gear:
    fields:
      id: { type: integer, primary: true }
methods:
  create: { kind: create }
  findById: { kind: findById }
  findAll: { kind: find }
  spin:
    params: [id: integer, speed?: decimal]
    result: raw
    returns: boolean
    instance: id
  findGears:
    verb: GET
    params:
      ids: { type: array, of: integer, required: true }
      filters: { type: filters, model: Gear }
      mode: { type: string, values: [fast, slow] }
    result: models
    model: Gear
`;

const schema = (): SchemaDef => {
  const { controller, models } = loadFileText(widget, 'schema/widget.yaml');
  return { controllers: [controller!], models };
};
const file = (path: string) => emit(schema()).find((entry) => entry.path === path)?.text ?? '';

describe('emit', () => {
  it('writes models, managers, the table and the index, each marked as generated from its YAML', () => {
    const files = emit(schema());
    expect(files.map((entry) => entry.path)).toEqual(['generated/MANAGERS.md', 'generated/classes.gen.ts', 'generated/index.ts', 'generated/managers/widget.gen.ts', 'generated/models/gear.gen.ts', 'generated/models/widget.gen.ts', 'generated/table.gen.ts']);
    expect(file('generated/models/widget.gen.ts')).toMatch(/^\/\/ GENERATED FILE - DO NOT EDIT\.\n\/\/ Written by `npm run codegen` from schema\/widget\.yaml\./);
  });

  it('types fields as HasOffers sends them', () => {
    const text = file('generated/models/widget.gen.ts');
    expect(text).toContain('readonly id: string;');
    expect(text).toContain('readonly name: string | null;');
    expect(text).toContain('readonly state: "on" | "off" | null;');
    expect(text).toContain('readonly created: DateTimeString | null;');
    expect(text).toContain('export type WidgetContain = "Gear";');
    expect(text).toContain('readonly gear?: Gear[];');
    // read-only and primary fields are not writable; an enum field takes its values
    expect(text).toContain('export type WidgetWrite = { readonly [K in "name"]?: FieldInput } & { readonly state?: "on" | "off" };');
    // the instance method drops the bound id
    expect(text).toContain('spin(speed?: number | string, options?: CallOptions): Promise<boolean>;');
  });

  it('declares only the methods the controller has', () => {
    const text = file('generated/managers/widget.gen.ts');
    expect(text).toContain('create(data: WidgetWrite, options?: CallOptions): Promise<Widget>;');
    expect(text).toContain('findById(id: Id, query?: FindByIdOptions<WidgetField, WidgetContain>, options?: CallOptions): Promise<Widget | null>;');
    expect(text).toContain('spin(id: Id, speed?: number | string, options?: CallOptions): Promise<boolean>;');
    expect(text).toContain('query(): QueryBuilder<WidgetField, WidgetContain, Widget>;');
    expect(text).not.toMatch(/\bupdate\(|\bdelete\(|findAllIds/);
  });

  it('gives a params-object method one object named by the documented params, typed by its model', () => {
    const text = file('generated/managers/widget.gen.ts');
    expect(text).toContain('findGears(params: { readonly ids: readonly Id[]; readonly filters?: FilterInput<GearField>; readonly mode?: "fast" | "slow" }, options?: CallOptions): Promise<Gear[]>;');
    // A find-shaped method runs through the builder too, its other params given to query().
    expect(text).toContain('query(method: "findGears", params: { readonly ids: readonly Id[]; readonly mode?: "fast" | "slow" }): QueryBuilder<GearField, GearContain, Gear>;');
  });

  it('makes model classes at run time from the table: no class bodies in generated files', () => {
    expect(file('generated/models/widget.gen.ts')).toContain('export const Widget: ModelClass<Widget> = modelClass<Widget>(MODEL_CLASSES, "Widget");');
    expect(file('generated/models/widget.gen.ts')).not.toMatch(/\bclass \w+/);
    expect(file('generated/classes.gen.ts')).toContain('export const MODEL_CLASSES = modelClasses(API_TABLE);');
  });

  it('keeps the table as data', () => {
    const text = file('generated/table.gen.ts');
    expect(text).toMatch(/"name": ?"spin"/);
    // rows leave defaults out: a write has no "safe", a read says safe: true
    expect(text).not.toContain('"safe":false');
    expect(text).toContain('{"name":"findAll","kind":"find","safe":true,"edition":"overlay"}');
    expect(text).toMatch(/"instance": ?"id"/);
  });

  it('is deterministic', () => {
    expect(emit(schema())).toEqual(emit(schema()));
  });
});

describe('compactJson', () => {
  it.each([
    [{ a: 1, b: [1, 2] }, 40, '{"a":1,"b":[1,2]}'],
    [{ list: [{ name: 'x' }, { name: 'y' }] }, 20, '{\n  "list": [\n    {"name":"x"},\n    {"name":"y"}\n  ]\n}'],
    [[], 1, '[]'],
  ])('lays out %j at width %i', (value, width, expected) => {
    expect(compactJson(value, '', width)).toBe(expected);
  });

  it('always parses back to the same value', () => {
    const value = { controllers: [{ target: 'Offer', methods: [{ name: 'findAll', params: [], safe: true }] }], n: null };
    expect(JSON.parse(compactJson(value, '', 10))).toEqual(value);
  });
});
