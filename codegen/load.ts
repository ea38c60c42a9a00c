import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { isSafeMethodName } from '../src/runtime/safety.js';
import { FIELD_TYPES, METHOD_KINDS, PARAM_TYPES, RESULT_KINDS, RETURNS } from './model.js';
import type { ControllerDef, FieldDef, MethodDef, ModelDef, ParamDef, RelatedDef, RelationDef, SchemaDef } from './model.js';

/** A schema file is wrong: says which file, which line, and what to change. */
export class SchemaError extends Error {
  override name = 'SchemaError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

type Path = readonly (string | number)[];

class Reader {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  fail(path: Path, problem: string): never {
    let line = 1;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        line = this.lines.linePos(node.range[0]).line;
        break;
      }
    }
    throw new SchemaError(this.file, line, `${path.length ? `${path.join('.')}: ` : ''}${problem}`);
  }

  map(path: Path, value: unknown, what: string): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(path, `expected ${what} (a mapping)`);
    return value as Record<string, unknown>;
  }

  string(path: Path, value: unknown, what: string): string {
    if (typeof value !== 'string' || !value) this.fail(path, `expected ${what} (a non-empty string), got ${JSON.stringify(value)}`);
    return value;
  }

  identifier(path: Path, value: unknown, what: string, pattern = /^[A-Za-z_][A-Za-z0-9_]*$/): string {
    const text = this.string(path, value, what);
    if (!pattern.test(text)) this.fail(path, `${what} "${text}" must match ${pattern}`);
    return text;
  }

  oneOf<T extends string>(path: Path, value: unknown, allowed: readonly T[], what: string): T {
    if (typeof value !== 'string' || !allowed.includes(value as T)) this.fail(path, `${what} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
    return value as T;
  }

  bool(path: Path, value: unknown, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') this.fail(path, `expected true or false, got ${JSON.stringify(value)}`);
    return value;
  }

  known(path: Path, value: Record<string, unknown>, keys: readonly string[]): void {
    for (const key of Object.keys(value)) if (!keys.includes(key)) this.fail([...path, key], `unknown key "${key}"; allowed: ${keys.join(', ')}`);
  }
}

function readField(r: Reader, path: Path, name: string, raw: unknown): FieldDef {
  if (typeof raw === 'string') return { name, type: r.oneOf(path, raw, FIELD_TYPES, 'field type'), primary: false, required: false, readOnly: false };
  const value = r.map(path, raw, 'a field type or { type, required, primary, readOnly, values }');
  r.known(path, value, ['type', 'required', 'primary', 'readOnly', 'values']);
  const type = r.oneOf([...path, 'type'], value.type, FIELD_TYPES, 'field type');
  let values: string[] | undefined;
  if (type === 'enum') {
    if (!Array.isArray(value.values) || value.values.length === 0) r.fail([...path, 'values'], 'an enum field needs a non-empty values list');
    values = (value.values as unknown[]).map((item, index) => (typeof item === 'string' ? item : r.fail([...path, 'values', index], 'enum values must be strings')));
  } else if (value.values !== undefined) r.fail([...path, 'values'], 'values is only allowed on enum fields');
  return {
    name,
    type,
    primary: r.bool([...path, 'primary'], value.primary, false),
    required: r.bool([...path, 'required'], value.required, false),
    readOnly: r.bool([...path, 'readOnly'], value.readOnly, false),
    ...(values ? { values } : {}),
  };
}

function readModel(r: Reader, path: Path, name: string, raw: unknown): ModelDef {
  const value = r.map(path, raw, 'a model');
  r.known(path, value, ['display', 'aliases', 'fields', 'relations', 'related']);
  const fieldsRaw = r.map([...path, 'fields'], value.fields, 'the model fields');
  const fields = Object.entries(fieldsRaw).map(([field, def]) => readField(r, [...path, 'fields', field], r.identifier([...path, 'fields', field], field, 'field name'), def));
  if (!fields.some((field) => field.name === 'id')) r.fail([...path, 'fields'], 'every model needs an "id" field');
  const display = value.display === undefined ? 'id' : r.string([...path, 'display'], value.display, 'display field');
  if (!fields.some((field) => field.name === display)) r.fail([...path, 'display'], `display field "${display}" is not among the fields`);
  const relations: RelationDef[] = Object.entries(value.relations === undefined ? {} : r.map([...path, 'relations'], value.relations, 'relations')).map(([rel, def]) => {
    const relPath = [...path, 'relations', rel];
    const relValue = r.map(relPath, def, '{ model, many?, scalar? }');
    r.known(relPath, relValue, ['model', 'many', 'scalar']);
    return {
      name: r.identifier(relPath, rel, 'relation name'),
      model: r.identifier([...relPath, 'model'], relValue.model, 'relation model'),
      many: r.bool([...relPath, 'many'], relValue.many, false),
      scalar: r.bool([...relPath, 'scalar'], relValue.scalar, false),
    };
  });
  const related: RelatedDef[] = Object.entries(value.related === undefined ? {} : r.map([...path, 'related'], value.related, 'related')).map(([prop, def]) => {
    const relPath = [...path, 'related', prop];
    const relValue = r.map(relPath, def, '{ manager, via, first? }');
    r.known(relPath, relValue, ['manager', 'via', 'first']);
    return {
      property: r.identifier(relPath, prop, 'related property'),
      manager: r.identifier([...relPath, 'manager'], relValue.manager, 'manager'),
      via: r.identifier([...relPath, 'via'], relValue.via, 'filter field'),
      first: r.bool([...relPath, 'first'], relValue.first, false),
    };
  });
  const aliases = value.aliases === undefined ? [] : Array.isArray(value.aliases) ? value.aliases.map((alias, index) => r.identifier([...path, 'aliases', index], alias, 'alias')) : r.fail([...path, 'aliases'], 'aliases must be a list');
  return { name, display, aliases, fields, relations, related };
}

function readParams(r: Reader, path: Path, raw: unknown): ParamDef[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) r.fail(path, 'params must be a list like [id: integer, reason?: string]');
  return raw.map((item: unknown, index: number) => {
    const entry = r.map([...path, index], item, 'a "name: type" entry');
    const keys = Object.keys(entry);
    if (keys.length !== 1) r.fail([...path, index], 'each param is one "name: type" pair');
    const key = keys[0] as string;
    const optional = key.endsWith('?');
    const name = r.identifier([...path, index], optional ? key.slice(0, -1) : key, 'param name');
    return { name, type: r.oneOf([...path, index], entry[key], PARAM_TYPES, `type of param "${name}"`), required: !optional };
  });
}

function readMethod(r: Reader, path: Path, name: string, raw: unknown): MethodDef {
  const value = r.map(path, raw, 'a method');
  r.known(path, value, ['kind', 'method', 'target', 'params', 'result', 'returns', 'model', 'safe', 'instance', 'instanceOf', 'instanceName', 'custom']);
  const kind = value.kind === undefined ? 'call' : r.oneOf([...path, 'kind'], value.kind, METHOD_KINDS, 'kind');
  const method = value.method === undefined ? (kind === 'delete' ? 'update' : name) : r.identifier([...path, 'method'], value.method, 'HasOffers method');
  const defaultResult = kind === 'find' ? 'models' : kind === 'call' ? 'raw' : 'model';
  const result = value.result === undefined ? defaultResult : r.oneOf([...path, 'result'], value.result, RESULT_KINDS, 'result');
  const returns = value.returns === undefined ? undefined : r.oneOf([...path, 'returns'], value.returns, Object.keys(RETURNS) as (keyof typeof RETURNS)[], 'returns');
  // With result model/models, `returns` names what HasOffers may send instead (setAffiliateApproval: true).
  if (returns && result !== 'raw' && returns !== 'boolean') r.fail([...path, 'returns'], 'with result model or models, returns may only be boolean (an answer of true instead of a model)');
  const params = readParams(r, [...path, 'params'], value.params);
  if (kind !== 'call' && params.length) r.fail([...path, 'params'], `params are implied by kind ${kind}; remove them`);
  const custom = r.bool([...path, 'custom'], value.custom, false);
  const file = params.findIndex((param) => param.type === 'file');
  if (file >= 0 && !custom) r.fail([...path, 'params', file], 'a file param needs custom: true and an implementation in src/runtime/custom-methods.ts (the generic runtime sends no bodies)');
  const instance = value.instance === undefined ? undefined : r.identifier([...path, 'instance'], value.instance, 'instance param');
  if (instance && kind === 'call' && !params.some((param) => param.name === instance)) r.fail([...path, 'instance'], `"${instance}" is not one of the params`);
  const safe = r.bool([...path, 'safe'], value.safe, kind === 'find' || kind === 'findById' ? true : kind === 'call' ? isSafeMethodName(method) : false);
  return {
    name,
    method,
    ...(value.target === undefined ? {} : { target: r.identifier([...path, 'target'], value.target, 'target') }),
    kind,
    params,
    result,
    ...(returns ? { returns } : {}),
    ...(value.model === undefined ? {} : { model: r.identifier([...path, 'model'], value.model, 'model') }),
    safe,
    ...(instance ? { instance } : {}),
    ...(value.instanceOf === undefined ? {} : { instanceOf: r.identifier([...path, 'instanceOf'], value.instanceOf, 'model') }),
    ...(value.instanceName === undefined ? {} : { instanceName: r.identifier([...path, 'instanceName'], value.instanceName, 'instance method name') }),
    custom,
  };
}

/** Parses and validates one YAML file. `file` is the name used in error messages. */
export function loadControllerText(text: string, file: string): ControllerDef {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const first = doc.errors[0]!;
    throw new SchemaError(file, lines.linePos(first.pos[0]).line, first.message.split('\n')[0] ?? 'invalid YAML');
  }
  const r = new Reader(file, doc, lines);
  if (!isMap(doc.contents)) r.fail([], 'the file must be a mapping with controller, manager, model, models, methods');
  const root = doc.toJS() as Record<string, unknown>;
  r.known([], root, ['controller', 'manager', 'model', 'models', 'methods']);
  const target = r.identifier(['controller'], root.controller, 'controller (the HasOffers Target)');
  const manager = r.identifier(['manager'], root.manager, 'manager (the client property)', /^[a-z][A-Za-z0-9]*$/);
  const modelsRaw = r.map(['models'], root.models, 'models');
  const models = Object.entries(modelsRaw).map(([name, def]) => readModel(r, ['models', name], r.identifier(['models', name], name, 'model name', /^[A-Z][A-Za-z0-9]*$/), def));
  const model = root.model === undefined ? target : r.identifier(['model'], root.model, 'model');
  if (!models.some((def) => def.name === model)) r.fail(['model'], `model "${model}" is not defined under models`);
  const methodsRaw = root.methods === undefined || root.methods === null ? {} : r.map(['methods'], root.methods, 'methods');
  if (isSeq(doc.get('methods'))) r.fail(['methods'], 'methods must be a mapping of name → definition');
  const methods = Object.entries(methodsRaw).map(([name, def]) => readMethod(r, ['methods', name], r.identifier(['methods', name], name, 'method name', /^[a-z][A-Za-z0-9]*$/), def));
  return { source: file, target, manager, model, models, methods };
}

/** Loads every `*.yaml` in a folder, sorted by file name, and checks cross-file references. */
export function loadSchema(dir: string, root = process.cwd()): SchemaDef {
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml') || name.endsWith('.yml')).sort();
  const controllers = files.map((name) => loadControllerText(readFileSync(join(dir, name), 'utf8'), relative(root, join(dir, name)) || name));
  const seen = new Map<string, string>();
  for (const controller of controllers) {
    for (const key of [`manager ${controller.manager}`, `controller ${controller.target}`, ...controller.models.map((m) => `model ${m.name}`)]) {
      const other = seen.get(key);
      if (other) throw new SchemaError(controller.source, 1, `${key} is also defined in ${other}`);
      seen.set(key, controller.source);
    }
  }
  const managers = new Set(controllers.map((c) => c.manager));
  for (const controller of controllers) {
    for (const model of controller.models) {
      for (const related of model.related) {
        if (!managers.has(related.manager)) throw new SchemaError(controller.source, 1, `models.${model.name}.related.${related.property}: no schema file defines manager "${related.manager}"`);
      }
    }
  }
  return { controllers };
}
