/**
 * The import graph of the project's own TypeScript, for the architecture test: every relative
 * `import`/`export … from`/`import()` of every file, marked type-only or not.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface Edge {
  readonly from: string;
  readonly to: string;
  /** Erased at compile time (`import type`, `export type`, or only `type` bindings). */
  readonly typeOnly: boolean;
}

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tsFiles(path, out);
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The package's own entry points, as a file of this repository imports them by name. */
const SELF: Readonly<Record<string, string>> = { tsoffers: 'src/index.ts', 'tsoffers/sandbox': 'src/sandbox/index.ts', 'tsoffers/codegen-runtime': 'src/runtime/types.ts' };
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function resolveSpecifier(from: string, specifier: string): string | undefined {
  const self = SELF[specifier];
  if (self) return join(ROOT, self);
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/**
 * Only `import type …` and `export type … from` are erased. Under verbatimModuleSyntax (tsconfig)
 * `import { type A } from` stays as `import {} from`, which loads the module: a value edge.
 */
function typeOnlyImport(node: ts.ImportDeclaration): boolean {
  return node.importClause?.isTypeOnly === true;
}

function typeOnlyExport(node: ts.ExportDeclaration): boolean {
  return node.isTypeOnly;
}

/** `createRequire(…)(spec)` or `require(spec)`. */
function isRequireCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'require';
  return ts.isCallExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'createRequire';
}

/** The edges out of one file's text. */
export function importsOf(file: string, text: string): Edge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edges: Edge[] = [];
  // String constants of the file, for `import(specifier)` with a `const specifier = '…'`.
  const constants = new Map<string, string>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isStringLiteralLike(node.initializer) && ts.isVariableDeclarationList(node.parent) && node.parent.flags & ts.NodeFlags.Const) constants.set(node.name.text, node.initializer.text);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const to = resolveSpecifier(file, specifier.text);
    if (to) edges.push({ from: file, to, typeOnly });
  };
  const dynamic = (specifier: ts.Expression | undefined, what: string) => {
    if (specifier && ts.isStringLiteralLike(specifier)) return add(specifier, false);
    const name = specifier && ts.isIdentifier(specifier) ? constants.get(specifier.text) : undefined;
    if (name === undefined) throw new Error(`${file}: ${what} with a specifier the import check cannot read; use a string literal or a const holding one.`);
    const to = resolveSpecifier(file, name);
    if (to) edges.push({ from: file, to, typeOnly: false });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, typeOnlyImport(node));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, typeOnlyExport(node));
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) dynamic(node.arguments[0], 'import()');
    else if (ts.isCallExpression(node) && isRequireCall(node) && node.arguments.length === 1) dynamic(node.arguments[0], 'require()');
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** Every edge among the `.ts` files under the given folders of `root`. */
export function importGraph(root: string, folders: readonly string[]): { files: string[]; edges: Edge[] } {
  const files = folders.flatMap((folder) => tsFiles(join(root, folder)));
  const known = new Set(files);
  const edges = files.flatMap((file) => importsOf(file, readFileSync(file, 'utf8'))).filter((edge) => known.has(edge.to));
  return { files: files.map((file) => relative(root, file)), edges: edges.map((edge) => ({ ...edge, from: relative(root, edge.from), to: relative(root, edge.to) })) };
}

/** The strongly connected components with more than one node, or a node importing itself (Tarjan). */
export function cycles(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next(node)) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || next(node).includes(node)) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return found;
}

/** Adjacency from a list of edges. */
export function adjacency(edges: readonly Pick<Edge, 'from' | 'to'>[]): (node: string) => readonly string[] {
  const out = new Map<string, string[]>();
  for (const edge of edges) {
    const list = out.get(edge.from) ?? [];
    if (!list.includes(edge.to)) list.push(edge.to);
    out.set(edge.from, list);
  }
  return (node) => out.get(node) ?? [];
}
