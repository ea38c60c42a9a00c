/**
 * `npm run schema:import`: writes `schema/network/` from the HasOffers API reference (the 2015
 * edition first, then the 2013 one and the supplement), merged with the hand-written overlays in
 * `schema/overlays/network/` (pyoffers' signatures and names, display fields, aliases, relation
 * cardinality, corrections). Overlays are read, never written. Output is deterministic: a second
 * run changes nothing. `--check` exits 1 when `schema/network/` differs from what it would write.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { byCodePoint, kebab } from './names.js';
import { GENERATED_APIS, generatedApi } from './apis.js';
import type { GeneratedApi } from './apis.js';
import { loadReference } from './reference.js';
import type { RefMethod, RefModel, RefParam, RefType, Reference } from './reference.js';
import { toYaml } from './yaml-out.js';

type Json = Record<string, unknown>;


/** The client property for a controller the overlays do not name: `OfferPixel` → `offerPixels`. */
export function defaultManager(controller: string): string {
  const camel = controller.charAt(0).toLowerCase() + controller.slice(1);
  if (/(Billing|Manager|Report|Reports|Information|Revenue|Auditor|Authentication|Environment|Application|Preference|Search|Mailer|Alert|Optimizer|RawLog|Whitelist|NotificationCenter|Notification)$/.test(controller)) return camel === 'report' ? 'reports' : camel;
  if (/[^aeiou]y$/.test(camel)) return `${camel.slice(0, -1)}ies`;
  // A name already plural (UserPreferences) stays as it is.
  if (/s$/.test(camel)) return camel;
  if (/(x|ch|sh)$/.test(camel)) return `${camel}es`;
  return `${camel}s`;
}

const QUERY_TYPES: Record<string, string> = { '@filter@': 'filters', '@sort@': 'sort', '@fields@': 'fields', '@field@': 'field', '@contain@': 'contain', '@data@': 'data', '@report_filter@': 'reportFilters' };
const SCALARS: Record<string, string> = { integer: 'integer', int: 'integer', string: 'string', boolean: 'boolean', bool: 'boolean', decimal: 'decimal', float: 'decimal', date: 'date', datetime: 'datetime', mixed: 'mixed' };
const BY_NAME: Record<string, string> = { filters: 'filters', sort: 'sort', fields: 'fields', contain: 'contain', data: 'data' };

function scalarType(name: string | undefined): string {
  return (name && SCALARS[name]) ?? 'string';
}

interface Notes {
  readonly unexpressed: string[];
}

/** One reference parameter → its schema definition. `model` is the method's model, for 2013/supplement names. */
function paramDef(param: RefParam, model: string | undefined, models: ReadonlySet<string>, notes: Notes, where: string): Json {
  const required = param.required === true ? { required: true } : {};
  const withModel = (type: string, name: string | undefined) => (name && models.has(name) ? { type, model: name } : { type: type === 'data' || type === 'reportFilters' ? 'object' : type === 'field' ? 'string' : 'array', ...(type === 'field' ? {} : { of: 'string' }) });
  const types = param.types;
  if (types.length === 0) {
    // The supplement names the parameter only.
    const byName = BY_NAME[param.name];
    if (byName) return { ...withModel(byName, model), ...required };
    if (param.name === 'limit' || param.name === 'page' || param.name === 'id' || param.name.endsWith('_id')) return { type: 'integer', ...required };
    if (param.name.endsWith('_ids')) return { type: 'array', of: 'integer', ...required };
    return { type: 'mixed', ...required };
  }
  if (types.length > 1) {
    const names = types.map((type) => type.name).sort().join('|');
    if (names === 'array|integer') return { type: 'array', of: 'integer', orOne: true, ...required };
    notes.unexpressed.push(`${where}.${param.name}: a union of ${names}, typed as mixed`);
    return { type: 'mixed', ...required };
  }
  const type = types[0] as RefType;
  const query = QUERY_TYPES[type.name];
  if (query) return { ...withModel(query, type.model ?? model), ...required };
  switch (type.name) {
    case 'array': {
      const byName = BY_NAME[param.name];
      if (byName && !type.valueType) return { ...withModel(byName, model), ...required };
      const of = type.valueType ? scalarType(type.valueType) : param.name.endsWith('ids') ? 'integer' : 'mixed';
      return { type: 'array', of, ...(type.values ? { values: type.values } : {}), ...required };
    }
    case '@structured_object@':
    case '@structured_object_array@':
      return {
        type: type.name === '@structured_object@' ? 'struct' : 'structs',
        fields: Object.fromEntries((type.fields ?? []).map((field) => [field.name, { type: scalarType(field.type), ...(field.values ? { values: field.values } : {}), ...(field.required ? { required: true } : {}) }])),
        ...required,
      };
    case '@unstructured_object@':
      return { type: 'object', ...required };
    default: {
      const scalar = SCALARS[type.name];
      if (!scalar) {
        notes.unexpressed.push(`${where}.${param.name}: type ${type.name}, typed as mixed`);
        return { type: 'mixed', ...required };
      }
      return { type: scalar, ...(type.values ? { values: type.values } : {}), ...required };
    }
  }
}

/** The model a method reads or writes: what its typed params name, else the 2013 link model. */
function methodModel(methods: readonly RefMethod[], models: ReadonlySet<string>): string | undefined {
  for (const ref of methods) {
    for (const wanted of ['@fields@', '@filter@', '@contain@', '@data@', '@field@', '@sort@']) {
      for (const param of ref.params) for (const type of param.types) if (type.name === wanted && type.model && models.has(type.model)) return type.model;
    }
  }
  for (const ref of methods) {
    for (const ret of ref.returns) {
      const name = ret.replace(/\[\]$/, '');
      if (models.has(name)) return name;
    }
    if (ref.linkModel && models.has(ref.linkModel)) return ref.linkModel;
  }
  return undefined;
}

interface Result {
  readonly result: 'model' | 'models' | 'raw' | 'modelOrId';
  readonly returns?: string;
  readonly model?: string;
}

function resultOf(name: string, ref: RefMethod, params: Json, model: string | undefined, models: ReadonlySet<string>): Result {
  const set = new Set(ref.returns.map((ret) => (ret === 'int' ? 'integer' : ret === 'bool' ? 'boolean' : ret === 'float' ? 'decimal' : ret === 'NULL' || ret === 'None' ? 'null' : ret)));
  set.delete('null');
  for (const ret of set) {
    const bare = ret.replace(/\[\]$/, '');
    if (models.has(bare)) return { result: ret.endsWith('[]') ? 'models' : 'model', model: bare };
  }
  const only = (...names: string[]) => set.size === names.length && names.every((n) => set.has(n));
  const has = (param: string) => param in params;
  const lists = has('filters') || /^findAll|^find[A-Z].*s$|^get[A-Z].*s$/.test(name);
  if (only('array') || set.size === 0) {
    if (!model || set.size === 0) return { result: 'raw', returns: 'json' };
    if (has('fields') || has('filters') || has('contain')) {
      if (has('filters') || has('limit') || has('ids') || /^findAll/.test(name)) return { result: 'models', model };
      if (/ById$|^find/.test(name)) return { result: 'model', model };
      return lists ? { result: 'models', model } : { result: 'model', model };
    }
    if (has('data') && /^(create|update|add|set)/.test(name)) return { result: 'model', model };
    return { result: 'raw', returns: 'json' };
  }
  if (only('array', 'integer')) return model && has('return_object') ? { result: 'modelOrId', model } : { result: 'raw', returns: 'json' };
  if (only('array', 'boolean') || only('array', 'true')) return model && has('data') ? { result: 'model', returns: 'boolean', model } : { result: 'raw', returns: 'json' };
  if (only('boolean') || only('true')) return { result: 'raw', returns: 'boolean' };
  if (only('integer') || only('decimal')) return { result: 'raw', returns: 'number' };
  if (only('string')) return { result: 'raw', returns: 'string' };
  if (only('void')) return { result: 'raw', returns: 'void' };
  if (only('integer[]')) return { result: 'raw', returns: 'ids' };
  return { result: 'raw', returns: 'json' };
}

/**
 * pyoffers' signatures for the standard methods, on every controller whose method has the standard
 * shape: `api.offerPixels.findById(5)` reads like `api.offers.findById(5)`. HasOffers' own delete
 * (where it has one) takes the id positionally too.
 */
function standardShape(name: string, params: Json, result: Result): Json | undefined {
  const keys = Object.keys(params);
  const within = (allowed: readonly string[]) => keys.every((key) => allowed.includes(key));
  const data = params.data as Json | undefined;
  const model = result.model ? { model: result.model } : {};
  const resultKeys = { ...(result.result === 'model' ? {} : { result: result.result }), ...(result.returns && result.result !== 'raw' ? { returns: result.returns } : {}) };
  switch (name) {
    case 'findAll':
      return result.result === 'models' && keys.includes('filters') && within(['filters', 'sort', 'limit', 'page', 'fields', 'contain']) ? { kind: 'find', ...model } : undefined;
    case 'findById':
      return result.result === 'model' && keys[0] === 'id' && within(['id', 'fields', 'contain']) ? { kind: 'findById', ...model } : undefined;
    case 'create':
      return data?.type === 'data' && (result.result === 'model' || result.result === 'modelOrId') && within(['data', 'return_object']) ? { kind: 'create', ...(data.model ? { data: data.model } : {}), ...resultKeys, ...model } : undefined;
    case 'update':
      return data?.type === 'data' && result.result !== 'raw' && keys.includes('id') && within(['id', 'data', 'return_object']) ? { kind: 'update', ...(data.model ? { data: data.model } : {}), ...resultKeys, ...model } : undefined;
    case 'delete': {
      const only = keys.length === 1 ? keys[0]! : undefined;
      const type = only ? (params[only] as Json).type : undefined;
      return only && (type === 'integer' || type === 'string') ? { params: [{ [only]: type }], result: result.result, ...(result.returns ? { returns: result.returns } : {}), ...model } : undefined;
    }
    default:
      return undefined;
  }
}

interface Imported {
  readonly controllers: Map<string, Json>;
  readonly models: Map<string, Json>;
  readonly notes: Notes;
}

const MODEL_FIELD_TYPES = new Set(['integer', 'string', 'decimal', 'boolean', 'datetime', 'date', 'array', 'object']);

function guessType(name: string): string {
  if (name === 'id' || name.endsWith('_id')) return 'integer';
  if (/^(is|has|allow|use|enable|show|require)_/.test(name)) return 'boolean';
  if (/(^|_)(date|created|modified|updated)($|_)|_date$|^datetime/.test(name)) return 'datetime';
  return 'string';
}

function importModel(model: RefModel): Json {
  const fields: Json = {};
  const key: string[] = [];
  for (const field of model.fields) {
    const type = model.edition === '2015' && !field.legacy ? (MODEL_FIELD_TYPES.has(field.type) ? field.type : 'string') : guessType(field.name);
    if (field.primary) key.push(field.name);
    fields[field.name] = {
      type: field.values?.length ? 'enum' : type,
      ...(field.values?.length ? { values: field.values } : {}),
      ...(field.required && !field.legacy ? { required: true } : {}),
      ...(field.nullable ? { nullable: true } : {}),
      ...(field.legacy ? { legacy: true } : {}),
      ...((model.edition === '2015' && !field.legacy ? field.writable === false : field.readOnly) ? { readOnly: true } : {}),
      ...(field.readable === false ? { writeOnly: true } : {}),
    };
  }
  if (!key.length && 'id' in fields) key.push('id');
  return { key, fields };
}

/** Everything the reference says, before overlays. */
export function importReference(reference: Reference, sharedModels: ReadonlySet<string> = new Set()): Imported {
  const notes: Notes = { unexpressed: [] };
  const models = new Map<string, Json>();
  for (const [name, model] of [...reference.models].sort(([a], [b]) => byCodePoint(a, b))) models.set(name, importModel(model));
  // Models of the API this one shares with (the network's) type methods that this API's reference does not define.
  const modelNames = new Set([...models.keys(), ...sharedModels]);
  const grouped = new Map<string, Map<string, RefMethod[]>>();
  for (const ref of reference.methods) {
    if (!grouped.has(ref.controller)) grouped.set(ref.controller, new Map());
    const byMethod = grouped.get(ref.controller)!;
    if (!byMethod.has(ref.method)) byMethod.set(ref.method, []);
    byMethod.get(ref.method)!.push(ref);
  }
  const controllers = new Map<string, Json>();
  for (const [controller, byMethod] of [...grouped].sort(([a], [b]) => byCodePoint(a, b))) {
    const methods: Json = {};
    const controllerModels = new Map<string, number>();
    for (const [method, refs] of [...byMethod].sort(([a], [b]) => byCodePoint(a, b))) {
      const first = refs[0]!;
      const where = `${controller}.${method}`;
      const model = methodModel(refs, modelNames);
      if (model) controllerModels.set(model, (controllerModels.get(model) ?? 0) + 1);
      const params: Json = {};
      for (const param of first.params) params[param.name] = paramDef(param, model, modelNames, notes, where);
      for (const ref of refs) {
        for (const rel of ref.contain ?? []) {
          const owner = model && models.get(model);
          if (!owner || !modelNames.has(rel.model)) continue;
          const relations = (owner.relations ??= {}) as Json;
          relations[rel.alias] ??= { model: rel.model };
        }
      }
      const result = resultOf(method, first, params, model, modelNames);
      const verb = refs.find((ref) => ref.verb)?.verb;
      const standard = standardShape(method, params, result);
      if (standard) {
        methods[method] = { ...(verb ? { verb } : {}), edition: first.edition, ...standard };
        continue;
      }
      methods[method] = {
        ...(verb ? { verb } : {}),
        edition: first.edition,
        ...(first.paramsKnown ? {} : { loose: true }),
        ...(first.nonstandard ? { nonstandard: first.nonstandard } : {}),
        ...(Object.keys(params).length ? { params } : {}),
        result: result.result,
        ...(result.returns && result.returns !== 'json' ? { returns: result.returns } : {}),
        ...(result.model ? { model: result.model } : {}),
      };
    }
    // The controller's model: one named like it, else the one its methods use most.
    const named = modelNames.has(controller) ? controller : undefined;
    const most = [...controllerModels].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))[0]?.[0];
    controllers.set(controller, { controller, manager: defaultManager(controller), ...((named ?? most) ? { model: named ?? most } : {}), methods });
  }
  // Relations whose model has a `<relation>_id` field are belongs-to.
  for (const [, model] of models) {
    const relations = model.relations as Record<string, Json> | undefined;
    if (!relations) continue;
    const fields = model.fields as Json;
    for (const [alias, rel] of Object.entries(relations)) {
      const snake = alias.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
      if (`${snake}_id` in fields) rel.many = false;
    }
  }
  return { controllers, models, notes };
}

// ---- overlays ---------------------------------------------------------------------------------

function isMap(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A full method definition (it has a kind or positional params) replaces; a partial one merges. */
function mergeMethod(base: Json | undefined, overlay: Json): Json {
  if (!base || 'kind' in overlay || Array.isArray(overlay.params)) {
    const keep = base ? { ...(base.verb ? { verb: base.verb } : {}), ...(base.edition ? { edition: base.edition } : {}) } : {};
    return { ...keep, ...overlay };
  }
  return { ...base, ...overlay, ...(isMap(base.params) && isMap(overlay.params) ? { params: { ...base.params, ...overlay.params } } : {}) };
}

function mergeModel(base: Json | undefined, overlay: Json): Json {
  if (!base) return { ...overlay };
  const out: Json = { ...base, ...overlay };
  if (isMap(base.fields) || isMap(overlay.fields)) {
    const fields: Json = { ...(isMap(base.fields) ? base.fields : {}) };
    for (const [name, def] of Object.entries(isMap(overlay.fields) ? overlay.fields : {})) {
      const known = fields[name];
      // The reference's type wins; an overlay adds fields it lacks and facts it lacks (required).
      if (isMap(known)) {
        // Recorded traffic has the field: it is not one HasOffers may leave out.
        const { legacy: _legacy, ...rest } = known;
        void _legacy;
        fields[name] = { ...rest, ...(isMap(def) ? Object.fromEntries(Object.entries(def).filter(([k]) => k !== 'type' && k !== 'values' || !('type' in known))) : {}) };
      }
      else fields[name] = def;
    }
    out.fields = fields;
  }
  // An overlay states cardinality deliberately: a relation it lists without `many` is belongs-to.
  const stated = Object.fromEntries(Object.entries(isMap(overlay.relations) ? overlay.relations : {}).map(([name, def]) => [name, isMap(def) ? { ...def, many: def.many === true } : def]));
  if (isMap(base.relations) || isMap(overlay.relations)) out.relations = { ...(isMap(base.relations) ? base.relations : {}), ...stated };
  return out;
}

export interface ImportResult {
  readonly files: { readonly path: string; readonly text: string }[];
  readonly notes: readonly string[];
  /** Methods no reference documents the params of (sent as given). */
  readonly loose: readonly string[];
  /** Methods whose result the reference calls only "array" (typed unknown). */
  readonly untyped: readonly string[];
  readonly counts: { readonly controllers: number; readonly methods: number; readonly models: number; readonly shared: number };
}

const IMPORTED_MARK = '# IMPORTED FILE - edit the overlay, not this file.';
const HEADER = (sources: string) => `${IMPORTED_MARK}\n# Written by \`npm run schema:import\` from ${sources}.\n`;

function readOverlays(dir: string): { file: string; doc: Json }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ file: name, doc: (parse(readFileSync(join(dir, name), 'utf8')) ?? {}) as Json }));
}

/** For an API other than the network: its Target prefix, and the shared API's models (name → field names). */
export interface ImportApi {
  readonly prefix: string;
  readonly shared?: ReadonlyMap<string, readonly string[]>;
}

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((name) => set.has(name));
}

export function buildImport(reference: Reference, overlayDir: string, outDir: string, root: string, api: ImportApi = { prefix: '' }): ImportResult {
  const shared = api.shared ?? new Map<string, readonly string[]>();
  const own = new Map([...reference.models].map(([name, model]) => [name, model.fields.map((field) => field.name)]));
  const imported = importReference(reference, new Set(shared.keys()));
  const notes = [...imported.notes.unexpressed];
  const sources = new Map<string, string[]>();
  const overlayRel = relative(root, overlayDir);
  for (const { file, doc } of readOverlays(overlayDir)) {
    for (const [name, model] of Object.entries(isMap(doc.models) ? doc.models : {})) {
      imported.models.set(name, mergeModel(imported.models.get(name), model as Json));
      sources.set(`model ${name}`, [...(sources.get(`model ${name}`) ?? []), `${overlayRel}/${file}`]);
    }
    if (typeof doc.controller !== 'string') continue;
    // Overlays name the Target as sent (`Affiliate_Report`); the reference's names are bare.
    const bare = api.prefix && doc.controller.startsWith(api.prefix) ? doc.controller.slice(api.prefix.length) : doc.controller;
    const base = imported.controllers.get(bare) ?? { controller: doc.controller, methods: {} };
    const methods = { ...(base.methods as Json) };
    const fromOverlay = new Set<string>();
    for (const [name, def] of Object.entries(isMap(doc.methods) ? doc.methods : {})) {
      const overlay = def as Json;
      const wire = typeof overlay.method === 'string' ? overlay.method : name;
      // An overlay method under another name replaces the imported one it sends (never another overlay's).
      const replaced = name !== wire && overlay.kind !== 'delete' && !fromOverlay.has(wire) ? (methods[wire] as Json | undefined) : undefined;
      fromOverlay.add(name);
      if (replaced) delete methods[wire];
      if (overlay.kind === 'delete' && methods[name] && (methods[name] as Json).kind === undefined) {
        // pyoffers' delete (an update to status deleted) meets HasOffers' own delete: the real one is deleteRecord.
        methods.deleteRecord = { ...(methods[name] as Json), method: 'delete' };
      }
      methods[name] = mergeMethod(replaced ?? (methods[name] as Json | undefined), overlay);
    }
    const merged: Json = { ...base, ...Object.fromEntries(Object.entries(doc).filter(([key]) => key !== 'methods' && key !== 'models')), methods };
    imported.controllers.set(bare, merged);
    sources.set(`controller ${bare}`, [`${overlayRel}/${file}`]);
  }
  // What the schema could not say exactly, after the overlays: methods whose params no reference
  // documents, and results the reference calls only "array" (typed unknown).
  const loose: string[] = [];
  const untyped: string[] = [];
  for (const [name, controller] of imported.controllers) {
    for (const [method, def] of Object.entries(controller.methods as Record<string, Json>)) {
      if (def.loose) loose.push(`${name}.${method}`);
      else if (def.result === 'raw' && def.returns === undefined && def.behaviour === undefined) untyped.push(`${name}.${method}`);
    }
  }
  const files: { path: string; text: string }[] = [];
  let methodCount = 0;
  for (const [name, imported_] of imported.controllers) {
    const overlay = sources.get(`controller ${name}`);
    const controller = api.prefix ? { ...imported_, controller: `${api.prefix}${name}` } : imported_;
    const text = `${HEADER(`the HasOffers API reference${overlay ? ` and ${overlay.join(', ')}` : ''}`)}${toYaml(controller, 2)}\n`;
    methodCount += Object.keys(controller.methods as Json).length;
    files.push({ path: `${outDir}/${kebab(name)}.yaml`, text });
  }
  const sharedNames: string[] = [];
  for (const [name, model] of imported.models) {
    const overlay = sources.get(`model ${name}`);
    // The same field set as the shared API's model: HasOffers returns the same model, so the
    // generator takes the shared definition (schema/network/models/) instead of a copy.
    const sharedFields = shared.get(name);
    if (!overlay && sharedFields && sameFields(own.get(name) ?? [], sharedFields)) {
      sharedNames.push(name);
      continue;
    }
    const text = `${HEADER(`the HasOffers API reference${overlay ? ` and ${overlay.join(', ')}` : ''}`)}${toYaml({ models: { [name]: model } }, 3)}\n`;
    files.push({ path: `${outDir}/models/${kebab(name)}.yaml`, text });
  }
  if (sharedNames.length) {
    files.push({ path: `${outDir}/models/shared.yaml`, text: `${HEADER('the HasOffers API reference')}# Models HasOffers returns here exactly as the shared API does (the same field names): codegen takes their\n# definitions from that API's schema (codegen/apis.ts names it) rather than from copies.\n${toYaml({ shares: sharedNames }, 1)}\n` });
  }
  const sharedCount = sharedNames.length;
  files.sort((a, b) => byCodePoint(a.path, b.path));
  return { files, notes: notes.sort(), loose, untyped, counts: { controllers: imported.controllers.size, methods: methodCount, models: imported.models.size - sharedCount, shared: sharedCount } };
}

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listYaml(full));
    else if (entry.name.endsWith('.yaml')) out.push(full);
  }
  return out;
}

export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      check: { type: 'boolean', default: false },
      'if-reference': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      reference: { type: 'string', default: '../shared/reference/hasoffers-api' },
      overlays: { type: 'string', default: 'schema/overlays/network' },
      out: { type: 'string', default: 'schema/network' },
      api: { type: 'string', default: 'all' },
      root: { type: 'string', default: process.cwd() },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: schema:import [--check] [--if-reference] [--reference DIR] [--overlays DIR] [--out DIR]\n  Writes one YAML per controller and per model from the HasOffers API reference, merged with the overlays.');
    return 0;
  }
  const root = resolve(values.root);
  const referenceDir = resolve(root, values.reference);
  if (!existsSync(referenceDir)) {
    if (values['if-reference']) {
      console.log(`schema:import: skipped, the reference folder ${referenceDir} is absent (it is ../shared/reference/hasoffers-api beside the project, present in CI)`);
      return 0;
    }
    console.error(`schema:import: the reference folder ${referenceDir} is missing (it is ../shared/reference/hasoffers-api beside the project; pass --reference DIR).`);
    return 2;
  }
  const wanted = values.api === 'all' ? GENERATED_APIS : [generatedApi(values.api)];
  let status = 0;
  for (const api of wanted) {
    // --overlays/--out name another folder for the network API only (the tests' fixtures).
    const overlays = api.name === 'network' ? values.overlays : api.overlays;
    const out = api.name === 'network' ? values.out : api.schema;
    const code = importOne(api, referenceDir, resolve(root, overlays), out, root, values.check, values.verbose);
    status = Math.max(status, code);
  }
  return status;
}

/** The shared API's reference models, by name, with their field names (what "the same model" compares). */
function sharedModels(api: GeneratedApi, referenceDir: string): ReadonlyMap<string, readonly string[]> | undefined {
  if (!api.shares) return undefined;
  const models = loadReference(referenceDir, generatedApi(api.shares).reference).models;
  return new Map([...models].map(([name, model]) => [name, model.fields.map((field) => field.name)]));
}

function importOne(api: GeneratedApi, referenceDir: string, overlayDir: string, out: string, root: string, check: boolean, verbose: boolean): number {
  const values = { out, check, verbose };
  const started = performance.now();
  const shared = sharedModels(api, referenceDir);
  const result = buildImport(loadReference(referenceDir, api.reference), overlayDir, values.out, root, { prefix: api.prefix, ...(shared ? { shared } : {}) });
  const expected = new Map(result.files.map((file) => [file.path, file.text]));
  // Only files the importer wrote (they start with its header) are its to replace or remove: a
  // controller written by hand beside them (one the reference lacks) is left alone.
  const existing = listYaml(resolve(root, values.out))
    .filter((full) => readFileSync(full, 'utf8').startsWith(IMPORTED_MARK))
    .map((full) => relative(root, full));
  const stale = [...result.files.filter((file) => !existsSync(join(root, file.path)) || readFileSync(join(root, file.path), 'utf8') !== file.text).map((file) => file.path), ...existing.filter((path) => !expected.has(path))];
  if (values.check) {
    if (stale.length) {
      console.error(`schema:import --check: ${values.out}/ is stale; run \`npm run schema:import\`. Differs: ${stale.slice(0, 10).join(', ')}${stale.length > 10 ? ` and ${stale.length - 10} more` : ''}`);
      return 1;
    }
    console.log(`schema:import --check: ${values.out}/: ${result.files.length} files up to date`);
    return 0;
  }
  for (const path of existing) if (!expected.has(path)) rmSync(join(root, path));
  for (const file of result.files) {
    if (!stale.includes(file.path)) continue;
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  console.log(`schema:import: ${result.counts.controllers} controllers, ${result.counts.methods} methods, ${result.counts.models} models${result.counts.shared ? ` (+${result.counts.shared} shared with the ${api.shares} API)` : ''} → ${values.out}/ (${stale.length} files changed, ${Math.round(performance.now() - started)} ms)`);
  const list = (items: readonly string[]) => (values.verbose || items.length <= 8 ? items.join(', ') : `${items.slice(0, 8).join(', ')} and ${items.length - 8} more (--verbose lists them)`);
  console.log(`Not expressed exactly:`);
  console.log(`  ${result.loose.length} methods whose parameters no reference documents (they take any params object): ${list(result.loose)}`);
  console.log(`  ${result.untyped.length} methods whose result the reference calls only "array" (typed unknown; an overlay can name the model): ${list(result.untyped)}`);
  if (result.notes.length) {
    for (const note of result.notes) console.log(`  ${note}`);
  }
  return 0;
}

if (process.argv[1]?.endsWith('codegen/import.ts') || import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main(process.argv.slice(2));
}
