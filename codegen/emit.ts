import { Project, StructureKind, VariableDeclarationKind } from 'ts-morph';
import type { InterfaceDeclarationStructure, MethodSignatureStructure, OptionalKind, PropertySignatureStructure, SourceFileStructure, StatementStructures } from 'ts-morph';
import { RETURNS, RUNTIME_TYPE_NAMES } from './model.js';
import type { ControllerDef, FieldDef, MethodDef, ModelDef, ParamTypeName, SchemaDef } from './model.js';

/** One output file: path relative to the project root, and its full text. */
export interface EmittedFile {
  readonly path: string;
  readonly text: string;
}

const RUNTIME = '../../src/runtime/types.js';

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function fileStem(controller: ControllerDef): string {
  return controller.source.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

function header(sources: readonly string[]): string {
  return `// GENERATED FILE - DO NOT EDIT.\n// Written by \`npm run codegen\` from ${sources.join(', ')}.\n// Change the YAML under schema/ and run the command again.\n\n`;
}

function literalUnion(values: readonly string[]): string {
  return values.length ? values.map((value) => JSON.stringify(value)).join(' | ') : 'never';
}

function fieldType(field: FieldDef): string {
  const base =
    field.type === 'enum'
      ? literalUnion(field.values ?? [])
      : field.type === 'integer' || field.type === 'decimal'
        ? 'NumericString'
        : field.type === 'datetime' || field.type === 'date'
          ? 'DateTimeString'
          : field.type === 'boolean'
            ? 'BooleanFlag'
            : 'string';
  return field.primary ? (field.type === 'integer' ? 'string' : base) : `${base} | null`;
}

function fieldDoc(field: FieldDef): string {
  const flags = [field.type, field.primary && 'primary key', field.required && 'required on create', field.readOnly && 'read only'].filter(Boolean);
  return flags.join(', ');
}

function paramType(type: ParamTypeName): string {
  switch (type) {
    case 'integer':
      return 'Id';
    case 'decimal':
      return 'number | string';
    case 'boolean':
      return 'boolean';
    case 'datetime':
    case 'date':
      return 'string | Date';
    case 'array':
      return 'readonly ParamScalar[]';
    case 'object':
      return 'Params';
    case 'file':
      return 'UploadFile';
    case 'trackingLinkOptions':
      return 'TrackingLinkOptions';
    default:
      return 'string';
  }
}

class Naming {
  readonly modelSource = new Map<string, ControllerDef>();
  readonly controllerByManager = new Map<string, ControllerDef>();
  constructor(readonly schema: SchemaDef) {
    for (const controller of schema.controllers) {
      this.controllerByManager.set(controller.manager, controller);
      for (const model of controller.models) this.modelSource.set(model.name, controller);
    }
  }
  has(model: string): boolean {
    return this.modelSource.has(model);
  }
  modelType(model: string): string {
    return this.has(model) ? model : 'GenericModel';
  }
  fieldType(model: string): string {
    return this.has(model) ? `${model}Field` : 'string';
  }
  containType(model: string): string {
    return this.has(model) ? `${model}Contain` : 'string';
  }
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
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([module, names]) => ({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: module, namedImports: [...names].sort() }));
  }
}

interface Signature {
  readonly params: { name: string; type: string; optional: boolean }[];
  readonly returns: string;
}

function methodSignature(naming: Naming, imports: Imports, controller: ControllerDef, method: MethodDef, fromModule: (model: string) => string): Signature {
  const resultModel = method.model ?? controller.model;
  const ref = (model: string) => {
    if (naming.has(model)) imports.add(fromModule(model), model);
    else imports.add(RUNTIME, 'GenericModel');
    return naming.modelType(model);
  };
  const typeRef = (model: string, kind: 'Field' | 'Contain' | 'Write') => {
    if (!naming.has(model)) return kind === 'Write' ? imports.add(RUNTIME, 'Params') : 'string';
    return imports.add(fromModule(model), `${model}${kind}`);
  };
  const clash = method.params.some((param) => param.name === 'options');
  const callOptions = { name: clash ? 'callOptions' : 'options', type: imports.add(RUNTIME, 'CallOptions'), optional: true };
  const id = () => ({ name: 'id', type: imports.add(RUNTIME, 'Id'), optional: false });
  const raw = () => RETURNS[method.returns ?? 'json'];
  const decoded = method.result === 'raw' ? raw() : method.result === 'models' ? `${ref(resultModel)}[]` : ref(resultModel);
  const resultType = method.result !== 'raw' && method.returns ? `${decoded} | ${RETURNS[method.returns]}` : decoded;
  if (resultType.includes('TrackingLink')) imports.add(RUNTIME, 'TrackingLink');
  switch (method.kind) {
    case 'find': {
      // An id list (findAllIds) takes filters only: sort, pages, fields and contain mean nothing there.
      const opts =
        method.result === 'raw'
          ? `${imports.add(RUNTIME, 'FindAllIdsOptions')}<${typeRef(resultModel, 'Field')}>`
          : `${imports.add(RUNTIME, 'FindAllOptions')}<${typeRef(resultModel, 'Field')}, ${typeRef(resultModel, 'Contain')}>`;
      return { params: [{ name: 'query', type: opts, optional: true }, callOptions], returns: resultType };
    }
    case 'findById': {
      const opts = `${imports.add(RUNTIME, 'FindByIdOptions')}<${typeRef(resultModel, 'Field')}, ${typeRef(resultModel, 'Contain')}>`;
      return { params: [id(), { name: 'query', type: opts, optional: true }, callOptions], returns: `${resultType} | null` };
    }
    case 'create':
      return { params: [{ name: 'data', type: typeRef(controller.model, 'Write'), optional: false }, callOptions], returns: resultType };
    case 'update':
      return { params: [id(), { name: 'data', type: typeRef(controller.model, 'Write'), optional: false }, callOptions], returns: resultType };
    case 'delete':
      return { params: [id(), callOptions], returns: resultType };
    default: {
      const params = method.params.map((param) => {
        const type = param.type === 'fields' ? typeRef(controller.model, 'Write') : paramType(param.type);
        for (const name of RUNTIME_TYPE_NAMES) if (new RegExp(`\\b${name}\\b`).test(type)) imports.add(RUNTIME, name);
        return { name: param.name, type, optional: !param.required };
      });
      return { params: [...params, callOptions], returns: resultType };
    }
  }
}

function toMethodStructure(name: string, signature: Signature, docs?: string): OptionalKind<MethodSignatureStructure> {
  // Once one parameter is optional, the following ones must be too.
  let optionalFromHere = false;
  const parameters = signature.params.map((param) => {
    optionalFromHere ||= param.optional;
    return { name: param.name, type: param.type, hasQuestionToken: optionalFromHere };
  });
  return { name, parameters, returnType: `Promise<${signature.returns}>`, ...(docs ? { docs: [docs] } : {}) };
}

function instanceSignature(method: MethodDef, signature: Signature): Signature {
  if (method.kind === 'find') return signature;
  const bound = method.kind === 'call' && !method.custom ? method.params.findIndex((param) => param.name === method.instance) : 0;
  return { ...signature, params: signature.params.filter((_, index) => index !== bound) };
}

function emitModels(naming: Naming, controller: ControllerDef): SourceFileStructure {
  const stem = fileStem(controller);
  const self = `./${stem}.gen.js`;
  const imports = new Imports();
  const fromModule = (model: string) => `./${fileStem(naming.modelSource.get(model)!)}.gen.js`;
  const statements: StatementStructures[] = [];
  for (const model of controller.models) {
    statements.push(...emitModel(naming, imports, controller, model, fromModule));
  }
  statements.unshift(
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../../src/runtime/model.js', namedImports: ['Model'] },
    ...imports.structures(self),
  );
  return { kind: StructureKind.SourceFile, statements };
}

function emitModel(naming: Naming, imports: Imports, controller: ControllerDef, model: ModelDef, fromModule: (model: string) => string): StatementStructures[] {
  const fields: OptionalKind<PropertySignatureStructure>[] = model.fields.map((field) => ({
    name: field.name,
    type: fieldType(field),
    isReadonly: true,
    docs: [fieldDoc(field)],
  }));
  for (const field of fields) {
    for (const name of ['NumericString', 'DateTimeString', 'BooleanFlag']) if (String(field.type).includes(name)) imports.add(RUNTIME, name);
  }
  if (model.fields.some((field) => !field.primary && !field.readOnly && field.type !== 'enum')) imports.add(RUNTIME, 'FieldInput');
  const members: OptionalKind<PropertySignatureStructure>[] = [];
  for (const relation of model.relations) {
    let type: string;
    if (relation.scalar) type = 'string | null';
    else {
      const target = naming.has(relation.model) ? imports.add(fromModule(relation.model), relation.model) : imports.add(RUNTIME, 'GenericModel');
      type = relation.many ? `${target}[]` : `${target} | null`;
    }
    members.push({ name: relation.name.charAt(0).toLowerCase() + relation.name.slice(1), type, isReadonly: true, hasQuestionToken: true, docs: [`Present when asked for with contain: ['${relation.name}'].`] });
  }
  const methods: OptionalKind<MethodSignatureStructure>[] = [];
  for (const related of model.related) {
    const other = naming.controllerByManager.get(related.manager)!;
    const target = imports.add(fromModule(other.model), other.model);
    if (related.first) {
      methods.push({ name: related.property, parameters: [{ name: 'options', type: imports.add(RUNTIME, 'CallOptions'), hasQuestionToken: true }], returnType: `Promise<${target} | null>`, docs: [`The first ${other.model} whose ${related.via} is this ${model.name}'s id, or null.`] });
    } else {
      const manager = `${imports.add(RUNTIME, 'RelatedManager')}<${target}, ${imports.add(fromModule(other.model), `${other.model}Field`)}, ${imports.add(fromModule(other.model), `${other.model}Contain`)}>`;
      members.push({ name: related.property, type: manager, isReadonly: true, docs: [`${other.model}s whose ${related.via} is this ${model.name}'s id.`] });
    }
  }
  for (const owner of naming.schema.controllers) {
    for (const method of owner.methods) {
      if (!method.instance || (method.instanceOf ?? owner.model) !== model.name) continue;
      // Build the manager's signature with scratch imports, then keep only what the instance form uses.
      const scratch = new Imports();
      const signature = instanceSignature(method, methodSignature(naming, scratch, owner, method, fromModule));
      const used = [signature.returns, ...signature.params.map((param) => param.type)].join(' ');
      scratch.forEach((module, name) => {
        if (new RegExp(`\\b${name}\\b`).test(used)) imports.add(module, name);
      });
      methods.push(toMethodStructure(method.instanceName ?? method.name, signature, `${owner.target}.${method.method} with this ${model.name}'s id as ${method.instance}.`));
    }
  }
  const relationNames = model.relations.map((relation) => relation.name);
  const modelInterface: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name: model.name,
    isExported: true,
    extends: [`${model.name}Fields`],
    properties: members,
    methods,
    docs: [`A ${model.name} as HasOffers returns it, with its contained relations and methods.`],
  };
  return [
    { kind: StructureKind.Interface, name: `${model.name}Fields`, isExported: true, properties: fields, docs: [`${model.name} fields, named and valued as HasOffers sends them.`] },
    { kind: StructureKind.TypeAlias, name: `${model.name}Field`, isExported: true, type: `keyof ${model.name}Fields & string` },
    { kind: StructureKind.TypeAlias, name: `${model.name}Contain`, isExported: true, type: literalUnion(relationNames) },
    { kind: StructureKind.TypeAlias, name: `${model.name}Write`, isExported: true, type: writeType(model) },
    modelInterface,
    {
      kind: StructureKind.Class,
      name: model.name,
      isExported: true,
      extends: 'Model',
      properties: [{ name: 'modelName', isStatic: true, isReadonly: true, hasOverrideKeyword: true, initializer: JSON.stringify(model.name) }],
    },
  ];
}

/** The fields a create/update may send: enum fields take their values, the rest any FieldInput. */
function writeType(model: ModelDef): string {
  const writable = model.fields.filter((field) => !field.primary && !field.readOnly);
  if (!writable.length) return 'Record<string, never>';
  const plain = writable.filter((field) => field.type !== 'enum').map((field) => field.name);
  const enums = writable.filter((field) => field.type === 'enum').map((field) => `readonly ${field.name}?: ${literalUnion(field.values ?? [])}`);
  const parts = [...(plain.length ? [`{ readonly [K in ${literalUnion(plain)}]?: FieldInput }`] : []), ...(enums.length ? [`{ ${enums.join('; ')} }`] : [])];
  return parts.join(' & ');
}

function managerName(controller: ControllerDef): string {
  return `${controller.target}Manager`;
}

function emitManager(naming: Naming, controller: ControllerDef): SourceFileStructure {
  const imports = new Imports();
  const fromModule = (model: string) => `../models/${fileStem(naming.modelSource.get(model)!)}.gen.js`;
  const methods = controller.methods.map((method) => toMethodStructure(method.name, methodSignature(naming, imports, controller, method, fromModule), `HasOffers ${method.target ?? controller.target}.${method.method}${method.safe ? ' (read: retried on failure)' : ' (write: never repeated after an unknown outcome)'}.`));
  const properties: OptionalKind<PropertySignatureStructure>[] = [
    { name: 'call', type: imports.add(RUNTIME, 'LowLevelCall'), isReadonly: true, docs: [`A low-level call to any ${controller.target} method (pyoffers' _call).`] },
  ];
  if (controller.methods.some((method) => method.kind === 'find' && method.method === 'findAll')) {
    const model = controller.model;
    methods.push({
      name: 'query',
      returnType: `${imports.add(RUNTIME, 'QueryBuilder')}<${imports.add(fromModule(model), `${model}Field`)}, ${imports.add(fromModule(model), `${model}Contain`)}, ${imports.add(fromModule(model), model)}>`,
      docs: ['A typed, immutable query builder over findAll.'],
    });
  }
  return {
    kind: StructureKind.SourceFile,
    statements: [
      ...imports.structures(''),
      { kind: StructureKind.Interface, name: managerName(controller), isExported: true, properties, methods, docs: [`The ${controller.target} controller (\`api.${controller.manager}\`).`] },
    ],
  };
}

function emitIndex(naming: Naming): SourceFileStructure {
  const statements: StatementStructures[] = [];
  const models: string[] = [];
  for (const controller of naming.schema.controllers) {
    const stem = fileStem(controller);
    statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: `./models/${stem}.gen.js` });
    statements.push({ kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: `./managers/${stem}.gen.js` });
    statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: `./models/${stem}.gen.js`, namedImports: controller.models.map((model) => model.name) });
    statements.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: `./managers/${stem}.gen.js`, namedImports: [managerName(controller)] });
    models.push(...controller.models.map((model) => model.name));
  }
  statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: './table.gen.js', namedExports: ['API_TABLE'] });
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Every generated model class by HasOffers model name.'],
    declarations: [{ name: 'MODEL_CLASSES', initializer: `{ ${models.sort().join(', ')} } as const` }],
  });
  statements.push({
    kind: StructureKind.Interface,
    name: 'GeneratedManagers',
    isExported: true,
    docs: ['The managers on the client, one per schema file.'],
    properties: naming.schema.controllers.map((controller) => ({ name: controller.manager, type: managerName(controller), isReadonly: true })),
  });
  return { kind: StructureKind.SourceFile, statements };
}

/** Required fields and checked values of a model, for servers that validate writes (the sandbox). */
function writeChecks(model: SchemaDef['controllers'][number]['models'][number]): { required?: string[]; checks?: Record<string, string | readonly string[]> } {
  const required = model.fields.filter((field) => field.required && !field.primary).map((field) => field.name);
  const checks: Record<string, string | readonly string[]> = {};
  for (const field of model.fields) {
    if (field.primary) continue;
    if (field.type === 'enum' && field.values) checks[field.name] = field.values;
    else if (field.type === 'integer' || field.type === 'decimal') checks[field.name] = field.type;
  }
  return { ...(required.length ? { required } : {}), ...(Object.keys(checks).length ? { checks } : {}) };
}

function tableData(schema: SchemaDef): unknown {
  return {
    controllers: schema.controllers.map((controller) => ({
      target: controller.target,
      manager: controller.manager,
      model: controller.model,
      source: controller.source,
      methods: controller.methods.map((method) => ({
        name: method.name,
        method: method.method,
        ...(method.target ? { target: method.target } : {}),
        kind: method.kind,
        params: method.params.map((param) => ({ name: param.name, type: param.type, required: param.required })),
        result: method.result,
        ...(method.model ? { model: method.model } : {}),
        safe: method.safe,
        ...(method.instance ? { instance: method.instance } : {}),
        ...(method.instanceOf ? { instanceOf: method.instanceOf } : {}),
        ...(method.instanceName ? { instanceName: method.instanceName } : {}),
        ...(method.custom ? { custom: true } : {}),
      })),
    })),
    models: schema.controllers.flatMap((controller) =>
      controller.models.map((model) => ({
        name: model.name,
        display: model.display,
        fields: model.fields.map((field) => field.name),
        relations: model.relations.map((relation) => ({
          name: relation.name,
          property: relation.name.charAt(0).toLowerCase() + relation.name.slice(1),
          model: relation.model,
          many: relation.many,
          ...(relation.scalar ? { scalar: true } : {}),
        })),
        related: model.related.map((related) => ({ property: related.property, manager: related.manager, via: related.via, ...(related.first ? { first: true } : {}) })),
        aliases: model.aliases,
        manager: controller.manager,
        ...writeChecks(model),
      })),
    ),
  };
}

/**
 * JSON laid out for reading and diffing: a value that fits on one line of `width` characters stays
 * on one line (a method, a param, a field list); larger ones put each entry on its own line.
 */
export function compactJson(value: unknown, indent = '', width = 120): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (flat.length + indent.length <= width || value === null || typeof value !== 'object' || Object.keys(value).length === 0) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item: unknown) => `${inner}${compactJson(item, inner, width)}`).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, inner, width)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function emitTable(schema: SchemaDef): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../src/runtime/spec.js', namedImports: ['ApiTable'] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['Controllers, methods and models: the data the runtime in src/runtime interprets.'],
        declarations: [{ name: 'API_TABLE', type: 'ApiTable', initializer: compactJson(tableData(schema)) }],
      },
    ],
  };
}

/** Turns the validated schema into the files of `generated/`, in a stable order. Pure. */
export function emit(schema: SchemaDef, outDir = 'generated'): EmittedFile[] {
  const naming = new Naming(schema);
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const files: { path: string; structure: SourceFileStructure; sources: string[] }[] = [];
  for (const controller of schema.controllers) {
    const stem = fileStem(controller);
    files.push({ path: `${outDir}/models/${stem}.gen.ts`, structure: emitModels(naming, controller), sources: [controller.source] });
    files.push({ path: `${outDir}/managers/${stem}.gen.ts`, structure: emitManager(naming, controller), sources: [controller.source] });
  }
  const all = schema.controllers.map((controller) => controller.source);
  files.push({ path: `${outDir}/table.gen.ts`, structure: emitTable(schema), sources: ['every schema/*.yaml'] });
  files.push({ path: `${outDir}/index.ts`, structure: emitIndex(naming), sources: ['every schema/*.yaml'] });
  void all;
  return files
    .map(({ path, structure, sources }) => ({ path, text: header(sources) + project.createSourceFile(`/${path}`, structure, { overwrite: true }).getFullText() }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export { kebab };
