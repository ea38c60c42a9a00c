/**
 * Readers for the HasOffers API reference in `../shared/reference/hasoffers-api` (the 2015 and
 * 2013 editions and the supplement): each turns one file into plain facts the importer merges.
 * Only names, types, flags and relations are taken; no prose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Edition = '2015' | '2013' | 'supplement';

/** One parameter type as the reference spells it, normalised. */
export interface RefType {
  readonly name: string;
  readonly model?: string;
  readonly valueType?: string;
  readonly values?: readonly string[];
  readonly relationships?: readonly { readonly model: string; readonly alias: string }[];
  readonly fields?: readonly { readonly name: string; readonly type: string; readonly required: boolean; readonly values?: readonly string[] }[];
}

export interface RefParam {
  readonly name: string;
  readonly required: boolean | null;
  readonly types: readonly RefType[];
}

export interface RefMethod {
  readonly controller: string;
  readonly method: string;
  readonly edition: Edition;
  readonly verb?: 'GET' | 'POST' | 'PUT';
  /** False when the edition names no parameters (the supplement): unknown, not none. */
  readonly paramsKnown: boolean;
  readonly params: readonly RefParam[];
  /** Return type names (`array`, `boolean`, `integer`, a model class like `TargetRule[]`). */
  readonly returns: readonly string[];
  /** The model the 2013 edition links the method to. */
  readonly linkModel?: string;
  readonly contain?: readonly { readonly model: string; readonly alias: string }[];
  readonly nonstandard?: string;
}

export interface RefField {
  readonly name: string;
  readonly type: string;
  readonly nullable?: boolean;
  readonly readable?: boolean;
  readonly writable?: boolean;
  readonly values?: readonly string[];
  readonly primary?: boolean;
  readonly required?: boolean;
  readonly readOnly?: boolean;
  /** Only the 2013 edition names it (its type is guessed from its name). */
  readonly legacy?: boolean;
}

export interface RefModel {
  readonly name: string;
  readonly edition: '2015' | '2013';
  readonly fields: readonly RefField[];
}

export interface Reference {
  readonly methods: readonly RefMethod[];
  readonly models: ReadonlyMap<string, RefModel>;
}

/** `\Api\Library\Model\Offer\TargetRule[]` → `TargetRule[]`. */
export function lastSegment(name: string): string {
  return name.replace(/^.*\\/, '');
}

function read(dir: string, file: string): unknown {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
}

type Json = Record<string, unknown>;
const arr = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.map(String) : undefined);

function type2015(raw: Json): RefType {
  const name = String(raw.name);
  const model = str(raw.modelName) ?? str(raw.baseModelName);
  const values = strings(raw.allowedValues);
  const relationships = Array.isArray(raw.relationships) ? arr(raw.relationships).map((rel) => ({ model: String(rel.modelName), alias: String(rel.modelAlias ?? rel.modelName) })) : undefined;
  const fields = Array.isArray(raw.fields)
    ? arr(raw.fields).map((field) => ({ name: String(field.name), type: String(field.dataType ?? 'string'), required: field.required === true, ...(strings(field.allowedValues) ? { values: strings(field.allowedValues)! } : {}) }))
    : undefined;
  return { name, ...(model ? { model } : {}), ...(str(raw.valueType) ? { valueType: str(raw.valueType)! } : {}), ...(values ? { values } : {}), ...(relationships ? { relationships } : {}), ...(fields ? { fields } : {}) };
}

function read2015(dir: string, file: string, prefix: string): { methods: RefMethod[]; models: RefModel[] } {
  const data = read(dir, file) as Json;
  const methods: RefMethod[] = [];
  for (const target of arr(data.targets)) {
    const controller = String(target.name).replace(prefix, '');
    for (const method of arr(target.methods)) {
      const params = arr(method.params).map((param) => ({ name: String(param.name), required: param.isRequired === true, types: arr(param.types).map(type2015) }));
      const contain = params.flatMap((param) => param.types.flatMap((type) => type.relationships ?? []));
      const verb = str(method.verb) as RefMethod['verb'];
      methods.push({
        controller,
        method: String(method.name),
        edition: '2015',
        ...(verb ? { verb } : {}),
        paramsKnown: true,
        params,
        returns: arr(method.returns).map((ret) => lastSegment(String(ret.name))),
        ...(contain.length ? { contain } : {}),
        ...(str(method.nonstandard) ? { nonstandard: str(method.nonstandard)! } : {}),
      });
    }
  }
  const models = arr(data.models).map((model) => ({
    name: String(model.name),
    edition: '2015' as const,
    fields: arr(model.fields).map((field) => ({
      name: String(field.name),
      type: String(field.dataType ?? 'string'),
      nullable: field.nullable === true,
      readable: field.readable !== false,
      writable: field.writable === true,
      ...(strings(field.allowedValues) ? { values: strings(field.allowedValues)! } : {}),
    })),
  }));
  return { methods, models };
}

function type2013(name: string, raw: string): RefType[] {
  return raw
    .split('|')
    .filter((part) => part !== 'null')
    .map((part) => ({ name: part === 'int' ? 'integer' : part === 'bool' ? 'boolean' : part === 'float' ? 'decimal' : part, ...(name ? {} : {}) }));
}

function read2013(dir: string, file: string, prefix: string): RefMethod[] {
  return arr(read(dir, file)).map((entry) => {
    const link = str(entry.linkModel);
    const contain = arr(entry.containList).map((item) => ({ alias: String(item.containName), model: lastSegment(String(item.containModel)) }));
    return {
      controller: String(entry.controllerName).replace(prefix, ''),
      method: String(entry.methodName),
      edition: '2013' as const,
      paramsKnown: true,
      params: arr(entry.params).map((param) => ({ name: String(param.name), required: param.isRequired === true, types: type2013(String(param.name), String(param.type ?? 'mixed')) })),
      returns: String(entry.returnType ?? 'mixed').split('|').map((part) => lastSegment(part)),
      ...(link ? { linkModel: lastSegment(link) } : {}),
      ...(contain.length ? { contain } : {}),
    };
  });
}

function readModels2013(dir: string): RefModel[] {
  return arr(read(dir, 'models.json')).map((model) => ({
    name: String(model.modelName),
    edition: '2013' as const,
    fields: arr(model.fields).map((field) => {
      const text = String(field.description ?? '');
      return {
        name: String(field.name),
        type: 'string',
        primary: /primary key/i.test(text),
        required: /^required/i.test(text),
        readOnly: /read only/i.test(text),
      };
    }),
  }));
}

/** Where one API's facts are in the reference folder (see codegen/apis.ts). */
export interface ReferenceFiles {
  /** The `api` value of its supplement entries. */
  readonly api: string;
  /** The Target prefix the reference spells (`Affiliate_`), removed from controller names here. */
  readonly prefix: string;
  readonly edition2015?: string;
  readonly edition2013?: string;
}

const NETWORK_FILES: ReferenceFiles = { api: 'network', prefix: '', edition2015: 'network-api-2015.json', edition2013: 'network-api.json' };

/** Loads every edition of one API (the network API by default) from the reference folder. */
export function loadReference(dir: string, files: ReferenceFiles = NETWORK_FILES): Reference {
  const api = files.api;
  const prefix = files.prefix;
  const v2015 = files.edition2015 ? read2015(dir, files.edition2015, prefix) : { methods: [], models: [] };
  const v2013 = files.edition2013 ? read2013(dir, files.edition2013, prefix) : [];
  const supplement: RefMethod[] = arr(read(dir, 'supplement.json'))
    .filter((entry) => entry.api === api)
    .map((entry) => {
      const params = arr(entry.params);
      return {
        controller: String(entry.controllerName).replace(prefix, ''),
        method: String(entry.methodName),
        edition: 'supplement' as const,
        paramsKnown: params.length > 0,
        params: params.map((param) => ({ name: String(param.name), required: typeof param.isRequired === 'boolean' ? param.isRequired : null, types: param.type ? [{ name: String(param.type) }] : [] })),
        returns: [],
      };
    });
  const models = new Map<string, RefModel>();
  for (const model of v2015.models) models.set(model.name, model);
  // The 2013 edition adds models the 2015 one lacks, and the primary-key and required facts.
  for (const model of readModels2013(dir)) {
    const later = models.get(model.name);
    // models.json is the network API's: another API takes only facts about models it has.
    if (!later && api !== 'network') continue;
    if (!later) models.set(model.name, model);
    else {
      const older = new Map(model.fields.map((field) => [field.name, field]));
      // Names only the 2013 edition has are still real: they are added after the 2015 fields.
      const names = new Set(later.fields.map((field) => field.name));
      const extra = api === 'network' ? model.fields.filter((field) => !names.has(field.name)) : [];
      models.set(model.name, { ...later, fields: [...later.fields.map((field) => ({ ...field, ...(older.get(field.name)?.required ? { required: true } : {}), ...(older.get(field.name)?.primary ? { primary: true } : {}) })), ...extra.map((field) => ({ ...field, type: '', legacy: true }))] });
    }
  }
  return { methods: [...v2015.methods, ...v2013, ...supplement], models };
}
