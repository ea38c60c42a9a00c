import { Project, StructureKind, VariableDeclarationKind } from 'ts-morph';
import type { InterfaceDeclarationStructure, MethodSignatureStructure, OptionalKind, PropertySignatureStructure, SourceFileStructure, StatementStructures } from 'ts-morph';
import { byCodePoint, kebab } from './names.js';
import { RETURNS, RUNTIME_TYPE_NAMES } from './model.js';
import type { ControllerDef, FieldDef, MethodDef, ModelDef, ParamDef, SchemaDef, StructFieldDef } from './model.js';

/** One output file: path relative to the project root, and its full text. */
export interface EmittedFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Where generated files import the runtime from. Inside this repository that is the source tree;
 * for a user's own schema (`tsoffers codegen --schema DIR --out DIR`) it is the package itself.
 */
export interface RuntimeImports {
  /** Module of the shared types (Id, FindAllOptions, Model…), as seen from a file in `models/` or `managers/`. */
  readonly nested: string;
  /** The same module as seen from the output folder itself (index, table). */
  readonly top: string;
}

export const REPO_RUNTIME: RuntimeImports = { nested: '../../src/runtime/types.js', top: '../src/runtime/types.js' };
/** The repository runtime as seen from an output folder `depth` levels below the root (`generated/affiliate` is 2). */
export function repoRuntime(outDir: string): RuntimeImports {
  const depth = outDir.split('/').filter((part) => part && part !== '.').length;
  return { nested: `${'../'.repeat(depth + 1)}src/runtime/types.js`, top: `${'../'.repeat(depth)}src/runtime/types.js` };
}

export const PACKAGE_RUNTIME: RuntimeImports = { nested: 'tsoffers/codegen-runtime', top: 'tsoffers/codegen-runtime' };

function header(sources: readonly string[]): string {
  return `// GENERATED FILE - DO NOT EDIT.\n// Written by \`npm run codegen\` from ${sources.join(', ')}.\n// Change the YAML under schema/ and run the command again.\n\n`;
}

function literalUnion(values: readonly string[]): string {
  return values.length ? values.map((value) => JSON.stringify(value)).join(' | ') : 'never';
}

/** A property name as TypeScript needs it written (`'Stat.clicks'` is quoted). */
function prop(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function fieldType(field: FieldDef, key: boolean): string {
  const base =
    field.type === 'enum'
      ? literalUnion(field.values ?? [])
      : field.type === 'integer' || field.type === 'decimal'
        ? 'NumericString'
        : field.type === 'datetime' || field.type === 'date'
          ? 'DateTimeString'
          : field.type === 'boolean'
            ? 'BooleanFlag'
            : field.type === 'array'
              ? 'readonly unknown[]'
              : field.type === 'object'
                ? '{ readonly [key: string]: unknown }'
                : 'string';
  return key ? (field.type === 'integer' ? 'string' : base) : `${base} | null`;
}

function fieldDoc(field: FieldDef, key: boolean): string {
  const flags = [field.type, key && 'key', field.required && 'required on create', field.readOnly && 'read only', field.nullable && 'nullable', field.legacy && 'named by the 2013 reference only: may be absent'].filter(Boolean);
  return flags.join(', ');
}

/** Collects `import type` names per module while a file is built. */
class Imports {
  private readonly byModule = new Map<string, Set<string>>();
  add(module: string, name: string): string {
    if (!this.byModule.has(module)) this.byModule.set(module, new Set());
    this.byModule.get(module)!.add(name);
    return name;
  }
  forEach(visit: (module: string, name: string) => void): void {
    for (const [module, names] of this.byModule) for (const name of names) visit(module, name);
  }
  structures(self: string): StatementStructures[] {
    return [...this.byModule.entries()]
      .filter(([module]) => module !== self)
      .sort(([a], [b]) => byCodePoint(a, b))
      .map(([module, names]) => ({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: module, namedImports: [...names].sort() }));
  }
}

class Naming {
  readonly models = new Map<string, ModelDef>();
  readonly controllerByManager = new Map<string, ControllerDef>();
  constructor(
    readonly schema: SchemaDef,
    readonly runtime: RuntimeImports,
  ) {
    for (const controller of schema.controllers) this.controllerByManager.set(controller.manager, controller);
    for (const model of schema.models) this.models.set(model.name, model);
  }
  has(model: string | undefined): model is string {
    return model !== undefined && this.models.has(model);
  }
}

/** Builds type expressions for one output file, recording what they import. */
class Types {
  constructor(
    readonly naming: Naming,
    readonly imports: Imports,
    /** The import path of a model's file, as seen from this file. */
    readonly modelModule: (model: string) => string,
  ) {}
  runtime(name: string): string {
    return this.imports.add(this.naming.runtime.nested, name);
  }
  model(name: string | undefined): string {
    if (!this.naming.has(name)) return this.runtime('GenericModel');
    return this.imports.add(this.modelModule(name), name);
  }
  part(name: string | undefined, kind: 'Field' | 'Contain' | 'Write'): string {
    if (!this.naming.has(name)) return kind === 'Write' ? this.runtime('Params') : 'string';
    return this.imports.add(this.modelModule(name), `${name}${kind}`);
  }
}

function scalarTs(types: Types, type: string, values?: readonly string[], name = ''): string {
  if (values?.length) return literalUnion(values);
  switch (type) {
    case 'integer':
      return name === 'id' || name.endsWith('_id') ? types.runtime('Id') : 'number';
    case 'decimal':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
    case 'datetime':
      return types.runtime('DateInput');
    case 'mixed':
      return types.runtime('ParamValue');
    default:
      return 'string';
  }
}

function structTs(types: Types, fields: readonly StructFieldDef[]): string {
  return `{ ${fields.map((field) => `readonly ${prop(field.name)}${field.required ? '' : '?'}: ${scalarTs(types, field.type, field.values, field.name)}`).join('; ')} }`;
}

/** The TypeScript type of one params-object parameter. */
function namedParamType(types: Types, param: ParamDef): string {
  switch (param.type) {
    case 'filters':
      return `${types.runtime('FilterInput')}<${types.part(param.model, 'Field')}>`;
    case 'sort': {
      const spec = `${types.runtime('SortSpec')}<${types.part(param.model, 'Field')}>`;
      return `${spec} | readonly ${spec}[]`;
    }
    case 'fields':
      return `readonly ${types.part(param.model, 'Field')}[]`;
    case 'field':
      return types.part(param.model, 'Field');
    case 'contain':
      return `readonly ${types.part(param.model, 'Contain')}[]`;
    case 'data':
      return types.part(param.model, 'Write');
    case 'reportFilters':
    case 'object':
      return types.runtime('Params');
    case 'struct':
      return structTs(types, param.fields ?? []);
    case 'structs':
      return `readonly ${structTs(types, param.fields ?? [])}[]`;
    case 'array': {
      const item = scalarTs(types, param.of ?? 'mixed', param.values, param.name.replace(/s$/, ''));
      const element = item.includes('|') ? `(${item})` : item;
      return param.orOne ? `${item} | readonly ${element}[]` : `readonly ${element}[]`;
    }
    case 'file':
      return types.runtime('UploadFile');
    default:
      return scalarTs(types, param.type, param.values, param.name);
  }
}

/** Positional (pyoffers-style) parameter types. */
function positionalParamType(types: Types, controller: ControllerDef, param: ParamDef): string {
  switch (param.type) {
    case 'integer':
      return types.runtime('Id');
    case 'decimal':
      return 'number | string';
    case 'boolean':
      return 'boolean';
    case 'datetime':
    case 'date':
      return 'string | Date';
    case 'array':
      return `readonly ${types.runtime('ParamScalar')}[]`;
    case 'object':
      return types.runtime('Params');
    case 'file':
      return types.runtime('UploadFile');
    case 'trackingLinkOptions':
      return types.runtime('TrackingLinkOptions');
    case 'fields':
      return types.part(controller.model, 'Write');
    default:
      return namedParamType(types, param);
  }
}

interface Signature {
  readonly params: { name: string; type: string; optional: boolean }[];
  readonly returns: string;
}

const QUERY_PARTS = new Set(['filters', 'sort', 'limit', 'page', 'fields', 'contain']);

function resultType(types: Types, controller: ControllerDef, method: MethodDef): string {
  const model = method.model ?? controller.model;
  const raw = () => {
    const ts = RETURNS[method.returns ?? 'json'];
    return ts === 'TrackingLink' ? types.runtime('TrackingLink') : ts;
  };
  let decoded: string;
  switch (method.result) {
    case 'raw':
      decoded = raw();
      break;
    case 'models':
      decoded = `${types.model(model)}[]`;
      break;
    case 'modelOrId':
      decoded = `${types.model(model)} | string`;
      break;
    default:
      decoded = method.kind === 'object' ? `${types.model(model)} | null` : types.model(model);
  }
  return method.result !== 'raw' && method.returns ? `${decoded} | ${RETURNS[method.returns]}` : decoded;
}

function paramsObjectType(types: Types, method: MethodDef, omit: readonly string[] = []): { type: string; optional: boolean } {
  if (method.loose) return { type: types.runtime('Params'), optional: true };
  const params = method.params.filter((param) => !omit.includes(param.name));
  if (!params.length) return { type: 'Record<string, never>', optional: true };
  const members = params.map((param) => `readonly ${prop(param.name)}${param.required ? '' : '?'}: ${namedParamType(types, param)}`);
  return { type: `{ ${members.join('; ')} }`, optional: params.every((param) => !param.required) };
}

function methodSignature(types: Types, controller: ControllerDef, method: MethodDef): Signature {
  const model = method.model ?? controller.model;
  const clash = method.params.some((param) => param.name === 'options');
  const callOptions = { name: clash && method.kind === 'call' ? 'callOptions' : 'options', type: types.runtime('CallOptions'), optional: true };
  const id = () => ({ name: 'id', type: types.runtime('Id'), optional: false });
  const returns = resultType(types, controller, method);
  switch (method.kind) {
    case 'find': {
      // An id list (findAllIds) takes filters only: sort, pages, fields and contain mean nothing there.
      const opts =
        method.result === 'raw'
          ? `${types.runtime('FindAllIdsOptions')}<${types.part(model, 'Field')}>`
          : `${types.runtime('FindAllOptions')}<${types.part(model, 'Field')}, ${types.part(model, 'Contain')}>`;
      return { params: [{ name: 'query', type: opts, optional: true }, callOptions], returns };
    }
    case 'findById': {
      const opts = `${types.runtime('FindByIdOptions')}<${types.part(model, 'Field')}, ${types.part(model, 'Contain')}>`;
      return { params: [id(), { name: 'query', type: opts, optional: true }, callOptions], returns: `${returns} | null` };
    }
    case 'create':
      return { params: [{ name: 'data', type: types.part(method.data ?? controller.model, 'Write'), optional: false }, callOptions], returns };
    case 'update':
      return { params: [id(), { name: 'data', type: types.part(method.data ?? controller.model, 'Write'), optional: false }, callOptions], returns };
    case 'delete':
      return { params: [id(), callOptions], returns };
    case 'object': {
      const params = paramsObjectType(types, method);
      return { params: [{ name: 'params', ...params }, callOptions], returns };
    }
    default: {
      const params = method.params.map((param) => ({ name: param.name, type: positionalParamType(types, controller, param), optional: !param.required }));
      return { params: [...params, callOptions], returns };
    }
  }
}

function toMethodStructure(name: string, signature: Signature, docs?: string, sync = false): OptionalKind<MethodSignatureStructure> {
  // Once one parameter is optional, the following ones must be too.
  let optionalFromHere = false;
  const parameters = signature.params.map((param) => {
    optionalFromHere ||= param.optional;
    return { name: param.name, type: param.type, hasQuestionToken: optionalFromHere };
  });
  return { name, parameters, returnType: sync ? signature.returns : `Promise<${signature.returns}>`, ...(docs ? { docs: [docs] } : {}) };
}

function instanceSignature(method: MethodDef, signature: Signature): Signature {
  if (method.kind === 'find') return signature;
  const bound = method.kind === 'call' && !method.behaviour ? method.params.findIndex((param) => param.name === method.instance) : 0;
  return { ...signature, params: signature.params.filter((_, index) => index !== bound) };
}

function modelFile(model: ModelDef): string {
  return `${kebab(model.name)}.gen`;
}

function emitModel(naming: Naming, model: ModelDef): SourceFileStructure {
  const imports = new Imports();
  const self = `./${modelFile(model)}.js`;
  const types = new Types(naming, imports, (name) => `./${modelFile(naming.models.get(name)!)}.js`);
  const key = new Set(model.key);
  const readable = model.fields.filter((field) => !field.writeOnly);
  const fields: OptionalKind<PropertySignatureStructure>[] = readable.map((field) => ({ name: prop(field.name), type: fieldType(field, key.has(field.name)), isReadonly: true, hasQuestionToken: field.legacy, docs: [fieldDoc(field, key.has(field.name))] }));
  for (const field of fields) for (const name of ['NumericString', 'DateTimeString', 'BooleanFlag']) if (String(field.type).includes(name)) types.runtime(name);
  const writable = model.fields.filter((field) => !key.has(field.name) && !field.readOnly);
  if (writable.some((field) => field.type !== 'enum')) types.runtime('FieldInput');
  const members: OptionalKind<PropertySignatureStructure>[] = [];
  for (const relation of model.relations) {
    let type: string;
    if (relation.scalar) type = 'string | null';
    else {
      const target = types.model(relation.model);
      type = relation.many === true ? `${target}[]` : relation.many === false ? `${target} | null` : `${target} | ${target}[] | null`;
    }
    members.push({ name: relation.name.charAt(0).toLowerCase() + relation.name.slice(1), type, isReadonly: true, hasQuestionToken: true, docs: [`Present when asked for with contain: ['${relation.name}'].`] });
  }
  const methods: OptionalKind<MethodSignatureStructure>[] = [];
  for (const related of model.related) {
    const other = naming.controllerByManager.get(related.manager)!;
    const target = types.model(other.model);
    if (related.first) {
      methods.push({ name: related.property, parameters: [{ name: 'options', type: types.runtime('CallOptions'), hasQuestionToken: true }], returnType: `Promise<${target} | null>`, docs: [`The first ${other.model} whose ${related.via} is this ${model.name}'s id, or null.`] });
    } else {
      members.push({ name: related.property, type: `${types.runtime('RelatedManager')}<${target}, ${types.part(other.model, 'Field')}, ${types.part(other.model, 'Contain')}>`, isReadonly: true, docs: [`${other.model}s whose ${related.via} is this ${model.name}'s id.`] });
    }
  }
  for (const owner of naming.schema.controllers) {
    for (const method of owner.methods) {
      if (!method.instance || (method.instanceOf ?? owner.model) !== model.name) continue;
      // Build the manager's signature with scratch imports, then keep only what the instance form uses.
      const scratch = new Imports();
      const signature = instanceSignature(method, methodSignature(new Types(naming, scratch, types.modelModule), owner, method));
      const used = [signature.returns, ...signature.params.map((param) => param.type)].join(' ');
      scratch.forEach((module, name) => {
        if (new RegExp(`\\b${name}\\b`).test(used)) imports.add(module, name);
      });
      methods.push(toMethodStructure(method.instanceName ?? method.name, signature, `${owner.target}.${method.method} with this ${model.name}'s id as ${method.instance}.`));
    }
  }
  const modelBase = imports.add(naming.runtime.nested, 'Model');
  const modelClass = imports.add(naming.runtime.nested, 'ModelClass');
  const modelClassValue = 'modelClass';
  const relationNames = model.relations.map((relation) => relation.name);
  const modelInterface: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name: model.name,
    isExported: true,
    extends: [modelBase, `${model.name}Fields`],
    properties: members,
    methods,
    docs: [`A ${model.name} as HasOffers returns it, with its contained relations and methods.`],
  };
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../classes.gen.js', namedImports: ['MODEL_CLASSES'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: naming.runtime.nested, namedImports: [modelClassValue] },
    ...imports.structures(self),
    { kind: StructureKind.Interface, name: `${model.name}Fields`, isExported: true, properties: fields, docs: [`${model.name} fields, named and valued as HasOffers sends them.`] },
    { kind: StructureKind.TypeAlias, name: `${model.name}Field`, isExported: true, type: fields.length ? `keyof ${model.name}Fields & string` : 'string' },
    { kind: StructureKind.TypeAlias, name: `${model.name}Contain`, isExported: true, type: literalUnion(relationNames) },
    { kind: StructureKind.TypeAlias, name: `${model.name}Write`, isExported: true, type: writeType(model) },
    modelInterface,
    ...reportTypes(model),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`The ${model.name} class (for instanceof), made by the runtime from the table.`],
      declarations: [{ name: model.name, type: `${modelClass}<${model.name}>`, initializer: `${modelClassValue}<${model.name}>(MODEL_CLASSES, ${JSON.stringify(model.name)})` }],
    },
  ];
  return { kind: StructureKind.SourceFile, statements };
}

/** A report row model (fields named `Stat.clicks`): each field's value as the report decodes it. */
function reportTypes(model: ModelDef): StatementStructures[] {
  if (!isReportModel(model)) return [];
  return [
    {
      kind: StructureKind.Interface,
      name: `${model.name}Types`,
      isExported: true,
      docs: [`${model.name} fields as a report decodes them: numbers for integer and decimal fields, strings for the rest.`],
      // Ids may be null (a row without a goal); measures are always numbers.
      properties: model.fields.map((field) => ({ name: prop(field.name), type: isNumeric(field) ? (field.name.endsWith('_id') ? 'number | null' : 'number') : 'string | null', isReadonly: true })),
    },
  ];
}

function isReportModel(model: ModelDef): boolean {
  return model.fields.length > 0 && model.fields.every((field) => field.name.includes('.'));
}

function isNumeric(field: FieldDef): boolean {
  return field.type === 'integer' || field.type === 'decimal';
}

/** The fields a create/update may send: enum fields take their values, the rest any FieldInput. */
function writeType(model: ModelDef): string {
  const key = new Set(model.key);
  const writable = model.fields.filter((field) => !key.has(field.name) && !field.readOnly);
  if (!writable.length) return 'Record<string, never>';
  const plain = writable.filter((field) => field.type !== 'enum').map((field) => field.name);
  const enums = writable.filter((field) => field.type === 'enum').map((field) => `readonly ${prop(field.name)}?: ${literalUnion(field.values ?? [])}`);
  const parts = [...(plain.length ? [`{ readonly [K in ${literalUnion(plain)}]?: FieldInput }`] : []), ...(enums.length ? [`{ ${enums.join('; ')} }`] : [])];
  return parts.join(' & ');
}

/** `OfferManager`; a prefixed Target's without the underscore (`Affiliate_Offer` → `AffiliateOfferManager`). */
function managerName(controller: ControllerDef): string {
  return `${controller.target.replace(/_/g, '')}Manager`;
}

function controllerFile(controller: ControllerDef): string {
  return `${kebab(controller.target.replace(/_/g, ''))}.gen`;
}

function methodDoc(controller: ControllerDef, method: MethodDef): string {
  const safety = method.safe ? 'read: retried on failure' : 'write: never repeated after an unknown outcome';
  const typed = method.loose ? '; parameters not documented, sent as given' : method.edition === '2015' ? '' : method.edition === 'overlay' ? '' : `; typed from the ${method.edition} reference`;
  return `HasOffers ${method.target ?? controller.target}.${method.method} (${safety}${typed}).`;
}

/** A report method returns its typed builder: `api.reports.getStats().fields(…)`. */
function reportSignature(types: Types, controller: ControllerDef, method: MethodDef): OptionalKind<MethodSignatureStructure> {
  const fields = method.params.find((param) => param.type === 'fields');
  const groups = method.params.find((param) => param.name === 'groups');
  const model = fields?.model;
  const typesName = model && types.naming.has(model) ? types.imports.add(types.modelModule(model), `${model}Types`) : 'Record<string, string | number | null>';
  const groupType = groups?.values?.length ? literalUnion(groups.values) : 'never';
  return {
    name: method.name,
    parameters: [],
    returnType: `${types.runtime('ReportBuilder')}<${typesName}, ${groupType}>`,
    docs: [`A typed, immutable report builder over HasOffers ${method.target ?? controller.target}.${method.method} (read: retried on failure).`],
  };
}

function emitManager(naming: Naming, controller: ControllerDef): SourceFileStructure {
  const imports = new Imports();
  const types = new Types(naming, imports, (name) => `../models/${modelFile(naming.models.get(name)!)}.js`);
  const methods = controller.methods.map((method) =>
    method.behaviour === 'report' ? reportSignature(types, controller, method) : toMethodStructure(method.name, methodSignature(types, controller, method), methodDoc(controller, method)),
  );
  const properties: OptionalKind<PropertySignatureStructure>[] = [
    { name: 'call', type: types.runtime('LowLevelCall'), isReadonly: true, docs: [`A low-level call to any ${controller.target} method (pyoffers' _call).`] },
  ];
  const builder = (model: string | undefined) => `${types.runtime('QueryBuilder')}<${types.part(model, 'Field')}, ${types.part(model, 'Contain')}, ${types.model(model)}>`;
  for (const method of controller.methods) {
    const filters = method.params.find((param) => param.type === 'filters');
    if (method.kind !== 'object' || !filters || method.result !== 'models') continue;
    const rest = paramsObjectType(types, method, [...QUERY_PARTS]);
    methods.push({
      name: 'query',
      parameters: [
        { name: 'method', type: JSON.stringify(method.name) },
        { name: 'params', type: rest.type, hasQuestionToken: rest.optional },
      ],
      returnType: builder(method.model ?? controller.model),
      docs: [`A typed, immutable query builder over ${method.name} (its other params given here).`],
    });
  }
  // Last, so that ReturnType<typeof manager.query> is the plain findAll builder.
  const findAll = controller.methods.find((method) => method.kind === 'find' && method.method === 'findAll');
  if (findAll) methods.push({ name: 'query', returnType: builder(findAll.model ?? controller.model), docs: ['A typed, immutable query builder over findAll.'] });
  return {
    kind: StructureKind.SourceFile,
    statements: [
      ...imports.structures(''),
      { kind: StructureKind.Interface, name: managerName(controller), isExported: true, properties, methods, docs: [`The ${controller.target} controller (\`api.${controller.manager}\`, \`api.controller('${controller.target}')\`).`] },
    ],
  };
}

function emitIndex(naming: Naming, prefix: string): SourceFileStructure {
  // An API with a Target prefix answers controller('Affiliate_Offer') and controller('Offer') alike.
  const targets = naming.schema.controllers.flatMap((controller) => (prefix && controller.target.startsWith(prefix) ? [[controller.target, controller], [controller.target.slice(prefix.length), controller]] as const : [[controller.target, controller]] as const));
  const statements: StatementStructures[] = [];
  for (const model of naming.schema.models) statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: `./models/${modelFile(model)}.js` });
  for (const controller of naming.schema.controllers) {
    statements.push({ kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: `./managers/${controllerFile(controller)}.js` });
    statements.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: `./managers/${controllerFile(controller)}.js`, namedImports: [managerName(controller)] });
  }
  statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: './table.gen.js', namedExports: ['API_TABLE'] });
  statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: './classes.gen.js', namedExports: ['MODEL_CLASSES'] });
  statements.push({
    kind: StructureKind.Interface,
    name: 'GeneratedManagers',
    isExported: true,
    docs: ['The managers on the client, one per controller.'],
    properties: naming.schema.controllers.map((controller) => ({ name: controller.manager, type: managerName(controller), isReadonly: true })),
  });
  statements.push({
    kind: StructureKind.Interface,
    name: 'ControllerManagers',
    isExported: true,
    docs: ["The same managers by HasOffers Target, for api.controller('Offer')."],
    properties: targets.map(([target, controller]) => ({ name: target, type: managerName(controller), isReadonly: true })),
  });
  return { kind: StructureKind.SourceFile, statements };
}

/** Required fields and checked values of a model, for servers that validate writes (the sandbox). */
function writeChecks(model: ModelDef): { required?: string[]; checks?: Record<string, string | readonly string[]> } {
  const key = new Set(model.key);
  const required = model.fields.filter((field) => field.required && !key.has(field.name)).map((field) => field.name);
  const checks: Record<string, string | readonly string[]> = {};
  for (const field of model.fields) {
    if (key.has(field.name)) continue;
    if (field.type === 'enum' && field.values) checks[field.name] = field.values;
    else if (field.type === 'integer' || field.type === 'decimal') checks[field.name] = field.type;
  }
  return { ...(required.length ? { required } : {}), ...(Object.keys(checks).length ? { checks } : {}) };
}

function paramRow(param: ParamDef): Record<string, unknown> {
  return {
    name: param.name,
    ...(param.wire ? { wire: param.wire } : {}),
    type: param.type,
    ...(param.required ? { required: true } : {}),
    ...(param.of ? { of: param.of } : {}),
    ...(param.orOne ? { orOne: true } : {}),
    ...(param.values ? { values: param.values } : {}),
    ...(param.model ? { model: param.model } : {}),
    ...(param.fields ? { fields: param.fields.map((field) => ({ name: field.name, type: field.type, ...(field.required ? { required: true } : {}), ...(field.values ? { values: field.values } : {}) })) } : {}),
  };
}

const DEFAULT_RESULT: Record<MethodDef['kind'], MethodDef['result']> = { call: 'raw', object: 'raw', find: 'models', findById: 'model', create: 'model', update: 'model', delete: 'model' };

/** One method as a table row: defaults (see expandTable in src/table/spec.ts) left out. */
function methodRow(method: MethodDef): Record<string, unknown> {
  const defaultMethod = method.kind === 'delete' ? 'update' : method.name;
  return {
    name: method.name,
    ...(method.method !== defaultMethod ? { method: method.method } : {}),
    ...(method.target ? { target: method.target } : {}),
    ...(method.kind !== 'object' ? { kind: method.kind } : {}),
    ...(method.params.length ? { params: method.params.map(paramRow) } : {}),
    ...(method.loose ? { loose: true } : {}),
    ...(method.result !== DEFAULT_RESULT[method.kind] ? { result: method.result } : {}),
    ...(method.returns ? { returns: method.returns } : {}),
    ...(method.model ? { model: method.model } : {}),
    ...(method.data ? { data: method.data } : {}),
    ...(method.safe ? { safe: true } : {}),
    ...(method.instance ? { instance: method.instance } : {}),
    ...(method.instanceOf ? { instanceOf: method.instanceOf } : {}),
    ...(method.instanceName ? { instanceName: method.instanceName } : {}),
    ...(method.behaviour ? { behaviour: method.behaviour } : {}),
    edition: method.edition,
  };
}

function tableData(schema: SchemaDef): unknown {
  const owner = new Map<string, string>();
  for (const controller of schema.controllers) if (controller.model && !owner.has(controller.model)) owner.set(controller.model, controller.manager);
  return {
    controllers: schema.controllers.map((controller) => ({
      target: controller.target,
      manager: controller.manager,
      ...(controller.model ? { model: controller.model } : {}),
      source: controller.source,
      methods: controller.methods.map(methodRow),
    })),
    models: schema.models.map((model) => ({
      name: model.name,
      ...(model.display ? { display: model.display } : {}),
      ...(model.key.length === 1 && model.key[0] === 'id' ? {} : { key: model.key }),
      ...(model.answersAs ? { answersAs: model.answersAs } : {}),
      fields: model.fields.map((field) => field.name),
      ...(model.fields.some((field) => field.legacy) ? { legacy: model.fields.filter((field) => field.legacy).map((field) => field.name) } : {}),
      ...(isReportModel(model) ? { numeric: model.fields.filter(isNumeric).map((field) => field.name), dates: model.fields.filter((field) => field.type === 'date').map((field) => field.name) } : {}),
      ...(model.relations.length
        ? {
            relations: model.relations.map((relation) => ({
              name: relation.name,
              property: relation.name.charAt(0).toLowerCase() + relation.name.slice(1),
              model: relation.model,
              ...(relation.many === undefined ? {} : { many: relation.many }),
              ...(relation.scalar ? { scalar: true } : {}),
            })),
          }
        : {}),
      ...(model.related.length ? { related: model.related.map((related) => ({ property: related.property, manager: related.manager, via: related.via, ...(related.first ? { first: true } : {}) })) } : {}),
      ...(model.aliases.length ? { aliases: model.aliases } : {}),
      ...(owner.has(model.name) ? { manager: owner.get(model.name) } : {}),
      ...writeChecks(model),
      ...(model.fields.some((field) => field.readOnly || model.key.includes(field.name)) ? { readOnly: model.fields.filter((field) => field.readOnly || model.key.includes(field.name)).map((field) => field.name) } : {}),
    })),
  };
}

/**
 * JSON laid out for reading and diffing: a value that fits on one line of `width` characters stays
 * on one line (a method, a param, a field list); larger ones put each entry on its own line.
 */
export function compactJson(value: unknown, indent = '', width = 160): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (flat.length + indent.length <= width || value === null || typeof value !== 'object' || Object.keys(value).length === 0) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item: unknown) => `${inner}${compactJson(item, inner, width)}`).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, inner, width)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function emitTable(naming: Naming, schema: SchemaDef): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: naming.runtime.top, namedImports: ['expandTable'] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['Controllers, methods and models: the data the runtime in src/runtime interprets (rows omit defaults).'],
        declarations: [{ name: 'API_TABLE', initializer: `expandTable(${compactJson(tableData(schema))})` }],
      },
    ],
  };
}

function emitClasses(naming: Naming): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: naming.runtime.top, namedImports: ['modelClasses'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './table.gen.js', namedImports: ['API_TABLE'] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['One model class per table model, made by the runtime (no class bodies here).'],
        declarations: [{ name: 'MODEL_CLASSES', initializer: 'modelClasses(API_TABLE)' }],
      },
    ],
  };
}

/** Turns the validated schema into the files of `generated/`, in a stable order. Pure. */
export function emit(schema: SchemaDef, outDir = 'generated', runtime: RuntimeImports = REPO_RUNTIME, prefix = ''): EmittedFile[] {
  const naming = new Naming(schema, runtime);
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const files: { path: string; structure: SourceFileStructure; sources: string[] }[] = [];
  for (const model of schema.models) files.push({ path: `${outDir}/models/${modelFile(model)}.ts`, structure: emitModel(naming, model), sources: [model.source] });
  for (const controller of schema.controllers) files.push({ path: `${outDir}/managers/${controllerFile(controller)}.ts`, structure: emitManager(naming, controller), sources: [controller.source] });
  files.push({ path: `${outDir}/table.gen.ts`, structure: emitTable(naming, schema), sources: ['every schema file'] });
  files.push({ path: `${outDir}/classes.gen.ts`, structure: emitClasses(naming), sources: ['every schema file'] });
  files.push({ path: `${outDir}/index.ts`, structure: emitIndex(naming, prefix), sources: ['every schema file'] });
  return [
    ...files.map(({ path, structure, sources }) => ({ path, text: header(sources) + project.createSourceFile(`/${path}`, structure, { overwrite: true }).getFullText() })),
    { path: `${outDir}/MANAGERS.md`, text: managersDoc(schema) },
  ].sort((a, b) => byCodePoint(a.path, b.path));
}

/** The list of managers for the README: Target, client property, methods and how they are typed. */
function managersDoc(schema: SchemaDef): string {
  const lines = [
    '<!-- GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` from the schema. -->',
    '',
    '# Managers',
    '',
    "Every controller is a manager on the client (`api.<manager>`) and `api.controller('<Target>')`. Methods typed from the 2015 reference take their documented parameters; `2013` and `supplement` count the methods typed from the older edition those whose parameters no reference documents (sent as given), and those only the overlays add (pyoffers' createWithUser, `deleteRecord`).",
    '',
    '| Target | manager | methods | 2015 | 2013 | supplement | overlay only |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const controller of schema.controllers) {
    const count = (edition: string) => controller.methods.filter((method) => method.edition === edition).length;
    lines.push(`| ${controller.target} | \`${controller.manager}\` | ${controller.methods.length} | ${count('2015')} | ${count('2013')} | ${count('supplement')} | ${count('overlay')} |`);
  }
  return `${lines.join('\n')}\n`;
}

export { kebab };
export { RUNTIME_TYPE_NAMES };
