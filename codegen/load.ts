import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { BEHAVIOUR_NAMES } from '../src/table/behaviour-names.js';
import { CLI_COMMANDS, CLIENT_MEMBERS, MANAGER_MEMBERS, MODEL_MEMBERS, TS_RESERVED } from '../src/runtime/reserved.js';
import { isSafeMethodName } from '../src/runtime/safety.js';
import { EDITIONS, FIELD_TYPES, METHOD_KINDS, MODEL_PARAM_TYPES, PARAM_TYPES, RESULT_KINDS, RETURNS, SCALAR_TYPES, VERBS } from './model.js';
import type { ControllerDef, FieldDef, MethodDef, ModelDef, ParamDef, RelatedDef, RelationDef, SchemaDef, StructFieldDef } from './model.js';

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

  line(path: Path): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return 1;
  }

  fail(path: Path, problem: string): never {
    throw new SchemaError(this.file, this.line(path), `${path.length ? `${path.join('.')}: ` : ''}${problem}`);
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

  strings(path: Path, value: unknown, what: string): string[] {
    if (!Array.isArray(value)) this.fail(path, `${what} must be a list`);
    return value.map((item, index) => (typeof item === 'string' ? item : this.fail([...path, index], `${what} must be strings`)));
  }

  known(path: Path, value: Record<string, unknown>, keys: readonly string[]): void {
    for (const key of Object.keys(value)) if (!keys.includes(key)) this.fail([...path, key], `unknown key "${key}"; allowed: ${keys.join(', ')}`);
  }
}

function readField(r: Reader, path: Path, name: string, raw: unknown, key: string[]): FieldDef {
  if ((MODEL_MEMBERS as readonly string[]).includes(name)) r.fail(path, `field "${name}" would shadow the model member of that name; rename it (HasOffers data stays reachable through toJSON())`);
  if (typeof raw === 'string') return { name, type: r.oneOf(path, raw, FIELD_TYPES, 'field type'), required: false, readOnly: false, writeOnly: false, nullable: false, legacy: false };
  const value = r.map(path, raw, 'a field type or { type, required, primary, readOnly, writeOnly, nullable, legacy, values }');
  r.known(path, value, ['type', 'required', 'primary', 'readOnly', 'writeOnly', 'nullable', 'legacy', 'values']);
  const type = r.oneOf([...path, 'type'], value.type, FIELD_TYPES, 'field type');
  let values: string[] | undefined;
  if (type === 'enum') {
    if (!Array.isArray(value.values) || value.values.length === 0) r.fail([...path, 'values'], 'an enum field needs a non-empty values list');
    values = r.strings([...path, 'values'], value.values, 'enum values');
  } else if (value.values !== undefined) r.fail([...path, 'values'], 'values is only allowed on enum fields');
  if (r.bool([...path, 'primary'], value.primary, false)) key.push(name);
  return {
    name,
    type,
    required: r.bool([...path, 'required'], value.required, false),
    readOnly: r.bool([...path, 'readOnly'], value.readOnly, false),
    writeOnly: r.bool([...path, 'writeOnly'], value.writeOnly, false),
    nullable: r.bool([...path, 'nullable'], value.nullable, false),
    legacy: r.bool([...path, 'legacy'], value.legacy, false),
    ...(values ? { values } : {}),
  };
}

function readModel(r: Reader, path: Path, name: string, raw: unknown): ModelDef {
  const value = r.map(path, raw, 'a model');
  r.known(path, value, ['key', 'answersAs', 'display', 'aliases', 'fields', 'relations', 'related']);
  const primary: string[] = [];
  const fieldsRaw = value.fields === undefined ? {} : r.map([...path, 'fields'], value.fields, 'the model fields');
  const fields = Object.entries(fieldsRaw).map(([field, def]) => readField(r, [...path, 'fields', field], r.identifier([...path, 'fields', field], field, 'field name', /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/), def, primary));
  const names = new Set(fields.map((field) => field.name));
  let key: string[];
  if (value.key !== undefined) {
    key = r.strings([...path, 'key'], value.key, 'key');
    for (const field of key) if (!names.has(field)) r.fail([...path, 'key'], `key field "${field}" is not among the fields`);
  } else key = primary.length ? primary : names.has('id') ? ['id'] : [];
  const display = value.display === undefined ? undefined : r.string([...path, 'display'], value.display, 'display field');
  if (display && !names.has(display)) r.fail([...path, 'display'], `display field "${display}" is not among the fields`);
  const relations: RelationDef[] = Object.entries(value.relations === undefined ? {} : r.map([...path, 'relations'], value.relations, 'relations')).map(([rel, def]) => {
    const relPath = [...path, 'relations', rel];
    const relValue = r.map(relPath, def, '{ model, many?, scalar? }');
    r.known(relPath, relValue, ['model', 'many', 'scalar']);
    const property = rel.charAt(0).toLowerCase() + rel.slice(1);
    if ((MODEL_MEMBERS as readonly string[]).includes(property) || names.has(property)) r.fail(relPath, `relation "${rel}" becomes the property "${property}", which a field or model member already has`);
    return {
      name: r.identifier(relPath, rel, 'relation name'),
      model: r.identifier([...relPath, 'model'], relValue.model, 'relation model'),
      ...(relValue.many === undefined ? {} : { many: r.bool([...relPath, 'many'], relValue.many, false) }),
      scalar: r.bool([...relPath, 'scalar'], relValue.scalar, false),
    };
  });
  const related: RelatedDef[] = Object.entries(value.related === undefined ? {} : r.map([...path, 'related'], value.related, 'related')).map(([prop, def]) => {
    const relPath = [...path, 'related', prop];
    const relValue = r.map(relPath, def, '{ manager, via, first? }');
    r.known(relPath, relValue, ['manager', 'via', 'first']);
    if ((MODEL_MEMBERS as readonly string[]).includes(prop) || names.has(prop)) r.fail(relPath, `related "${prop}" would shadow a field or model member of that name`);
    return {
      property: r.identifier(relPath, prop, 'related property'),
      manager: r.identifier([...relPath, 'manager'], relValue.manager, 'manager'),
      via: r.identifier([...relPath, 'via'], relValue.via, 'filter field'),
      first: r.bool([...relPath, 'first'], relValue.first, false),
    };
  });
  const aliases = value.aliases === undefined ? [] : r.strings([...path, 'aliases'], value.aliases, 'aliases');
  const answersAs = value.answersAs === undefined ? undefined : r.identifier([...path, 'answersAs'], value.answersAs, 'answersAs');
  return { source: r.file, name, key, ...(answersAs ? { answersAs } : {}), ...(display ? { display } : {}), aliases, fields, relations, related };
}

/** Positional params: a list like [id: integer, reason?: string]. */
function readPositional(r: Reader, path: Path, raw: unknown[]): ParamDef[] {
  return raw.map((item: unknown, index: number) => {
    const entry = r.map([...path, index], item, 'a "name: type" entry');
    const keys = Object.keys(entry);
    if (keys.length !== 1) r.fail([...path, index], 'each param is one "name: type" pair');
    const key = keys[0] as string;
    const optional = key.endsWith('?');
    const name = r.identifier([...path, index], optional ? key.slice(0, -1) : key, 'param name');
    if (TS_RESERVED.has(name)) r.fail([...path, index], `"${name}" is a reserved word in TypeScript and cannot name a positional parameter; use a params object or rename it`);
    return { name, type: r.oneOf([...path, index], entry[key], PARAM_TYPES, `type of param "${name}"`), required: !optional };
  });
}

function readStructFields(r: Reader, path: Path, raw: unknown): StructFieldDef[] {
  return Object.entries(r.map(path, raw, 'struct fields')).map(([name, def]) => {
    const value = r.map([...path, name], def, '{ type, required?, values? }');
    r.known([...path, name], value, ['type', 'required', 'values']);
    return {
      name,
      type: r.oneOf([...path, name, 'type'], value.type, SCALAR_TYPES, 'struct field type'),
      required: r.bool([...path, name, 'required'], value.required, false),
      ...(value.values === undefined ? {} : { values: r.strings([...path, name, 'values'], value.values, 'values') }),
    };
  });
}

/** Params object: a mapping of TS name → { type, wire?, required?, of?, values?, model?, fields? }. */
function readNamed(r: Reader, path: Path, raw: Record<string, unknown>): ParamDef[] {
  const wires = new Set<string>();
  return Object.entries(raw).map(([name, def]) => {
    const p = [...path, name];
    const value = typeof def === 'string' ? { type: def } : r.map(p, def, '{ type, required?, … }');
    r.known(p, value, ['type', 'wire', 'required', 'of', 'orOne', 'values', 'model', 'fields']);
    const type = r.oneOf([...p, 'type'], value.type, PARAM_TYPES, `type of param "${name}"`);
    const wire = value.wire === undefined ? undefined : r.string([...p, 'wire'], value.wire, 'wire name');
    const onWire = wire ?? name;
    if (wires.has(onWire)) r.fail(p, `two params go out as "${onWire}"`);
    wires.add(onWire);
    if (MODEL_PARAM_TYPES.includes(type) && value.model === undefined) r.fail(p, `a ${type} param needs the model it is typed by`);
    if ((type === 'struct' || type === 'structs') && value.fields === undefined) r.fail(p, `a ${type} param needs its fields`);
    return {
      name: r.identifier(p, name, 'param name'),
      ...(wire && wire !== name ? { wire } : {}),
      type,
      required: r.bool([...p, 'required'], value.required, false),
      ...(value.of === undefined ? {} : { of: r.oneOf([...p, 'of'], value.of, SCALAR_TYPES, 'array element type') }),
      ...(r.bool([...p, 'orOne'], value.orOne, false) ? { orOne: true } : {}),
      ...(value.values === undefined ? {} : { values: r.strings([...p, 'values'], value.values, 'values') }),
      ...(value.model === undefined ? {} : { model: r.identifier([...p, 'model'], value.model, 'model') }),
      ...(value.fields === undefined ? {} : { fields: readStructFields(r, [...p, 'fields'], value.fields) }),
    };
  });
}

const METHOD_KEYS = ['kind', 'method', 'target', 'verb', 'edition', 'params', 'loose', 'result', 'returns', 'model', 'data', 'safe', 'instance', 'instanceOf', 'instanceName', 'behaviour', 'nonstandard'];

function readMethod(r: Reader, path: Path, name: string, raw: unknown): MethodDef {
  const value = r.map(path, raw, 'a method');
  r.known(path, value, METHOD_KEYS);
  if ((MANAGER_MEMBERS as readonly string[]).includes(name)) r.fail(path, `method name "${name}" is a member of every manager; give it another name and set method: ${name}`);
  const positional = Array.isArray(value.params);
  const kind = value.kind === undefined ? (positional ? 'call' : 'object') : r.oneOf([...path, 'kind'], value.kind, METHOD_KINDS, 'kind');
  const method = value.method === undefined ? (kind === 'delete' ? 'update' : name) : r.identifier([...path, 'method'], value.method, 'HasOffers method');
  const defaultResult = kind === 'find' ? 'models' : kind === 'call' || kind === 'object' ? 'raw' : 'model';
  const result = value.result === undefined ? defaultResult : r.oneOf([...path, 'result'], value.result, RESULT_KINDS, 'result');
  const returns = value.returns === undefined ? undefined : r.oneOf([...path, 'returns'], value.returns, Object.keys(RETURNS) as (keyof typeof RETURNS)[], 'returns');
  // With result model/models, `returns` names what HasOffers may send instead (setAffiliateApproval: true).
  if (returns && result !== 'raw' && returns !== 'boolean') r.fail([...path, 'returns'], 'with result model, models or modelOrId, returns may only be boolean (an answer of true instead of a model)');
  if (kind === 'call' && value.params !== undefined && !positional) r.fail([...path, 'params'], 'kind call takes positional params as a list like [id: integer, reason?: string]');
  if (kind === 'object' && positional) r.fail([...path, 'params'], 'positional params (a list) make a kind call method; a params-object method takes a mapping of name → { type, … }');
  const presets = ['find', 'findById', 'create', 'update', 'delete'];
  if (presets.includes(kind) && value.params !== undefined) r.fail([...path, 'params'], `params are implied by kind ${kind}; remove them`);
  const params = value.params === undefined ? [] : positional ? readPositional(r, [...path, 'params'], value.params as unknown[]) : readNamed(r, [...path, 'params'], r.map([...path, 'params'], value.params, 'params'));
  const behaviour = value.behaviour === undefined ? undefined : r.oneOf([...path, 'behaviour'], value.behaviour, BEHAVIOUR_NAMES, 'behaviour (implemented in src/runtime/behaviours.ts)');
  const file = params.findIndex((param) => param.type === 'file');
  if (file >= 0 && !behaviour) r.fail([...path, 'params', file], 'a file param needs a behaviour (upload) implemented in src/runtime/behaviours.ts: the generic runtime sends no bodies');
  const instance = value.instance === undefined ? undefined : r.identifier([...path, 'instance'], value.instance, 'instance param');
  if (instance && (kind === 'call' || kind === 'object') && !params.some((param) => param.name === instance)) r.fail([...path, 'instance'], `"${instance}" is not one of the params`);
  if (value.instanceName !== undefined && (MODEL_MEMBERS as readonly string[]).includes(String(value.instanceName))) r.fail([...path, 'instanceName'], `"${String(value.instanceName)}" is a member of every model`);
  if (instance && value.instanceName === undefined && (MODEL_MEMBERS as readonly string[]).includes(name)) r.fail([...path, 'instance'], `on models this method would be "${name}", a member of every model; set instanceName`);
  const verb = value.verb === undefined ? undefined : r.oneOf([...path, 'verb'], value.verb, VERBS, 'verb');
  // Retry safety: the documented verb (GET reads), else the kind, else the name rule; `safe` overrides.
  const fallback = verb ? verb === 'GET' : kind === 'find' || kind === 'findById' ? true : kind === 'create' || kind === 'update' || kind === 'delete' ? false : isSafeMethodName(method);
  const safe = r.bool([...path, 'safe'], value.safe, fallback);
  const loose = r.bool([...path, 'loose'], value.loose, false);
  if (loose && params.length) r.fail([...path, 'loose'], 'a loose method takes any params; remove its params or loose');
  return {
    name,
    method,
    ...(value.target === undefined ? {} : { target: r.identifier([...path, 'target'], value.target, 'target') }),
    kind,
    ...(verb ? { verb } : {}),
    edition: value.edition === undefined ? 'overlay' : r.oneOf([...path, 'edition'], String(value.edition), EDITIONS, 'edition'),
    params,
    loose,
    result,
    ...(returns ? { returns } : {}),
    ...(value.model === undefined ? {} : { model: r.identifier([...path, 'model'], value.model, 'model') }),
    ...(value.data === undefined ? {} : { data: r.identifier([...path, 'data'], value.data, 'data model') }),
    safe,
    ...(instance ? { instance } : {}),
    ...(value.instanceOf === undefined ? {} : { instanceOf: r.identifier([...path, 'instanceOf'], value.instanceOf, 'model') }),
    ...(value.instanceName === undefined ? {} : { instanceName: r.identifier([...path, 'instanceName'], value.instanceName, 'instance method name') }),
    ...(behaviour ? { behaviour } : {}),
    ...(value.nonstandard === undefined ? {} : { nonstandard: r.string([...path, 'nonstandard'], value.nonstandard, 'nonstandard') }),
  };
}

interface FileDefs {
  readonly controller?: ControllerDef;
  /** Models this API takes from the schema it shares with (`shares: [Region, …]`). */
  readonly shares: readonly string[];
  readonly models: ModelDef[];
  readonly lines: Map<string, number>;
}

/** Parses and validates one YAML file: a controller, models, or both. `file` names it in errors. */
export function loadFileText(text: string, file: string): FileDefs {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const first = doc.errors[0]!;
    throw new SchemaError(file, lines.linePos(first.pos[0]).line, first.message.split('\n')[0] ?? 'invalid YAML');
  }
  const r = new Reader(file, doc, lines);
  if (!isMap(doc.contents)) r.fail([], 'the file must be a mapping with controller, manager, model, methods and/or models');
  const root = doc.toJS() as Record<string, unknown>;
  r.known([], root, ['controller', 'manager', 'model', 'models', 'methods', 'shares']);
  const shares = root.shares === undefined ? [] : r.strings(['shares'], root.shares, 'shares (model names)');
  const where = new Map<string, number>();
  const models = Object.entries(root.models === undefined ? {} : r.map(['models'], root.models, 'models')).map(([name, def]) => {
    where.set(`model ${name}`, r.line(['models', name]));
    return readModel(r, ['models', name], r.identifier(['models', name], name, 'model name', /^[A-Z][A-Za-z0-9]*$/), def);
  });
  if (root.controller === undefined) {
    for (const key of ['manager', 'model', 'methods']) if (root[key] !== undefined) r.fail([key], `${key} needs a controller`);
    return { models, shares, lines: where };
  }
  const target = r.identifier(['controller'], root.controller, 'controller (the HasOffers Target)');
  const manager = r.identifier(['manager'], root.manager, 'manager (the client property)', /^[a-z][A-Za-z0-9]*$/);
  if ((CLIENT_MEMBERS as readonly string[]).includes(manager)) r.fail(['manager'], `"${manager}" is a member of the client (api.${manager}); choose another manager name`);
  const cli = manager.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
  if ((CLI_COMMANDS as readonly string[]).includes(cli)) r.fail(['manager'], `"${cli}" is a CLI command; choose another manager name`);
  const model = root.model === undefined ? undefined : r.identifier(['model'], root.model, 'model');
  if (isSeq(doc.get('methods'))) r.fail(['methods'], 'methods must be a mapping of name → definition');
  const methodsRaw = root.methods === undefined || root.methods === null ? {} : r.map(['methods'], root.methods, 'methods');
  const methods = Object.entries(methodsRaw).map(([name, def]) => readMethod(r, ['methods', name], r.identifier(['methods', name], name, 'method name', /^[a-z][A-Za-z0-9]*$/), def));
  for (const method of methods) where.set(`method ${method.name}`, r.line(['methods', method.name]));
  return { controller: { source: file, target, manager, ...(model ? { model } : {}), methods }, models, shares, lines: where };
}

function listYaml(dir: string, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      // Overlays are the importer's input, not the generator's; other APIs' folders are theirs.
      if (name !== 'overlays' && !skip.includes(name)) out.push(...listYaml(full));
    } else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(full);
  }
  return out;
}

/** What a schema folder may take from another API's schema: its models, where this folder lacks them. */
export interface SchemaBase {
  readonly models: readonly ModelDef[];
}

/**
 * The models of `base` that a schema names without defining them, as this API sees them: without
 * `related` (those walk the other API's managers) and without relations to models it lacks.
 */
function sharedModels(controllers: readonly ControllerDef[], own: readonly ModelDef[], base: SchemaBase, shares: readonly string[]): ModelDef[] {
  const have = new Set(own.map((model) => model.name));
  const wanted = new Set<string>(shares.filter((name) => !have.has(name)));
  const want = (name: string | undefined) => {
    if (name && !have.has(name)) wanted.add(name);
  };
  for (const controller of controllers) {
    want(controller.model);
    for (const method of controller.methods) for (const name of [method.model, method.data, method.instanceOf, ...method.params.map((param) => param.model)]) want(name);
  }
  for (const model of own) for (const relation of model.relations) want(relation.model);
  const taken = base.models.filter((model) => wanted.has(model.name));
  const names = new Set([...have, ...taken.map((model) => model.name)]);
  return taken.map((model) => ({ ...model, related: [], relations: model.relations.filter((relation) => names.has(relation.model)) }));
}

/**
 * Loads every `*.yaml` under a folder (recursively, sorted, leaving out the folders in `skip`), and
 * checks cross-file references. Models the folder names but does not define come from `base`.
 */
export function loadSchema(dir: string, root = process.cwd(), options: { readonly skip?: readonly string[]; readonly base?: SchemaBase } = {}): SchemaDef {
  if (!existsSync(dir)) throw new SchemaError(relative(root, dir) || dir, 1, 'the schema folder does not exist');
  const loaded = listYaml(dir, options.skip).map((full) => {
    const file = relative(root, full) || full;
    return { file, ...loadFileText(readFileSync(full, 'utf8'), file) };
  });
  const seen = new Map<string, string>();
  const claim = (key: string, file: string, line: number) => {
    const other = seen.get(key);
    if (other) throw new SchemaError(file, line, `${key} is also defined in ${other}`);
    seen.set(key, file);
  };
  const controllers: ControllerDef[] = [];
  const models: ModelDef[] = [];
  for (const entry of loaded) {
    for (const model of entry.models) {
      claim(`model ${model.name}`, entry.file, entry.lines.get(`model ${model.name}`) ?? 1);
      models.push(model);
    }
    if (entry.controller) {
      claim(`manager ${entry.controller.manager}`, entry.file, 1);
      claim(`controller ${entry.controller.target}`, entry.file, 1);
      controllers.push(entry.controller);
    }
  }
  const shares = loaded.flatMap((entry) => entry.shares);
  if (shares.length && !options.base) throw new SchemaError(loaded.find((entry) => entry.shares.length)!.file, 1, 'shares: this schema folder shares with no other API (codegen/apis.ts names what an API shares)');
  if (options.base) {
    const taken = sharedModels(controllers, models, options.base, shares);
    const missing = shares.filter((name) => !models.some((model) => model.name === name) && !taken.some((model) => model.name === name));
    if (missing.length) throw new SchemaError(loaded.find((entry) => entry.shares.length)!.file, 1, `shares: ${missing.join(', ')} not defined by the shared schema`);
    models.push(...taken);
  }
  const modelNames = new Set(models.map((model) => model.name));
  const managers = new Set(controllers.map((c) => c.manager));
  const lineOf = (file: string, key: string) => loaded.find((entry) => entry.file === file)?.lines.get(key) ?? 1;
  for (const model of models) {
    for (const related of model.related) {
      if (!managers.has(related.manager)) throw new SchemaError(model.source, lineOf(model.source, `model ${model.name}`), `models.${model.name}.related.${related.property}: no schema file defines manager "${related.manager}"`);
    }
  }
  const instanceNames = new Map<string, string>();
  for (const controller of controllers) {
    if (controller.model && !modelNames.has(controller.model)) throw new SchemaError(controller.source, 1, `model "${controller.model}" is not defined in any schema file`);
    for (const method of controller.methods) {
      const line = lineOf(controller.source, `method ${method.name}`);
      for (const name of [method.model, method.data, ...method.params.map((param) => param.model)]) {
        if (name && !modelNames.has(name)) throw new SchemaError(controller.source, line, `methods.${method.name}: model "${name}" is not defined in any schema file`);
      }
      if (method.instance) {
        const owner = method.instanceOf ?? controller.model;
        if (!owner) throw new SchemaError(controller.source, line, `methods.${method.name}: an instance method needs instanceOf (the controller has no model)`);
        const key = `${owner}.${method.instanceName ?? method.name}`;
        const other = instanceNames.get(key);
        if (other) throw new SchemaError(controller.source, line, `methods.${method.name}: ${key} is also the instance method of ${other}; set instanceName`);
        instanceNames.set(key, `${controller.target}.${method.name}`);
        const ownerDef = models.find((model) => model.name === owner);
        if (ownerDef?.fields.some((field) => field.name === (method.instanceName ?? method.name))) throw new SchemaError(controller.source, line, `methods.${method.name}: ${owner} has a field of that name; set instanceName`);
      }
    }
  }
  return { controllers, models };
}
