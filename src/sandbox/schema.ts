/**
 * What the sandbox knows about the API, all from the generated table: controllers and methods,
 * models with their fields and relations, and (for validating writes) the required fields and the
 * checked values (integer, decimal, enum) that codegen copies from the schema YAML.
 */
// The tables come from the SDK's public surface, as a user's program would take them.
import { AdvertiserApi, AffiliateApi, API_TABLE } from '../index.js';
import type { ApiTable, ControllerSpec, MethodSpec, ModelSpec, RelationSpec } from '../table/spec.js';

export type FieldCheck = 'integer' | 'decimal' | readonly string[];

export interface ModelInfo {
  readonly name: string;
  readonly fields: readonly string[];
  readonly fieldSet: ReadonlySet<string>;
  readonly checks: ReadonlyMap<string, FieldCheck>;
  readonly required: readonly string[];
  readonly relations: readonly RelationSpec[];
  readonly aliases: readonly string[];
}

export interface MethodEntry {
  readonly controller: ControllerSpec;
  readonly spec: MethodSpec;
  /** The model the method reads or writes. */
  readonly model: string;
}

export interface SandboxSchema {
  readonly table: ApiTable;
  readonly models: ReadonlyMap<string, ModelInfo>;
  /** `Target.Method` → the first table entry that sends it. */
  readonly methods: ReadonlyMap<string, MethodEntry>;
}

function modelInfo(spec: ModelSpec): ModelInfo {
  return {
    name: spec.name,
    // Fields only the 2013 reference names are left out of rows, as HasOffers' recorded answers do.
    fields: spec.legacy ? spec.fields.filter((field) => !spec.legacy!.includes(field)) : spec.fields,
    fieldSet: new Set(spec.fields),
    checks: new Map(Object.entries(spec.checks ?? {})),
    required: spec.required ?? [],
    relations: spec.relations,
    aliases: spec.aliases,
  };
}

export function buildSchema(table: ApiTable = API_TABLE): SandboxSchema {
  const models = new Map<string, ModelInfo>();
  for (const spec of table.models) models.set(spec.name, modelInfo(spec));
  const methods = new Map<string, MethodEntry>();
  for (const controller of table.controllers) {
    for (const spec of controller.methods) {
      const key = `${spec.target ?? controller.target}.${spec.method}`;
      if (!methods.has(key)) methods.set(key, { controller, spec, model: spec.model ?? controller.model ?? controller.target });
    }
  }
  return { table, models, methods };
}

/** The Affiliate and Advertiser APIs' schemas (their Targets, and their models' field sets). */
export function buildAccountSchemas(tables: { readonly affiliate?: ApiTable; readonly advertiser?: ApiTable } = {}): { readonly affiliate: SandboxSchema; readonly advertiser: SandboxSchema } {
  return { affiliate: buildSchema(tables.affiliate ?? AffiliateApi.API_TABLE), advertiser: buildSchema(tables.advertiser ?? AdvertiserApi.API_TABLE) };
}
