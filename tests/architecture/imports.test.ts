/**
 * Dependencies run one way. Each folder of src/ (and generated/, codegen/) is a unit in a layer;
 * a unit imports only units of lower layers, and no file takes part in an import cycle.
 *
 *   cli → sandbox | codegen → index → client → generated → runtime → upload | rawlog
 *       → query | transport → response → wire → profile | table → errors → util
 *
 * A layer lists units that do not import each other. Where a lower layer needs something from
 * above it is handed a narrow interface (a ModelHost for models, a DecodeHost for the decoder).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adjacency, cycles, importGraph, importsOf } from './graph.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['sandbox', 'codegen'],
  ['index'],
  ['client'],
  ['generated'],
  ['runtime'],
  ['upload', 'rawlog'],
  ['query', 'transport'],
  ['response'],
  ['wire'],
  ['profile', 'table'],
  ['errors'],
  ['util'],
];

/** `src/runtime/model.ts` → runtime; `src/client.ts` → client; `generated/…` → generated. */
function unitOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] !== 'src') return parts[0] as string;
  return parts.length > 2 ? (parts[1] as string) : (parts[1] as string).replace(/\.ts$/, '');
}

const layerOf = new Map(LAYERS.flatMap((units, layer) => units.map((unit) => [unit, layer] as const)));
const graph = importGraph(root, ['src', 'generated', 'codegen']);

describe('the import graph', () => {
  it('sees the imports it is meant to see (the checker itself)', () => {
    const edges = importsOf(`${root}src/runtime/manager.ts`, "import type { A } from './context.js';\nimport { b, type C } from '../wire/encode.js';\nexport type { D } from './model.js';\nconst e = await import('./spec-not-there.js');");
    expect(edges.map((edge) => [edge.to.slice(root.length), edge.typeOnly])).toEqual([
      ['src/runtime/context.ts', true],
      ['src/wire/encode.ts', false],
      ['src/runtime/model.ts', true],
    ]);
    expect(cycles(['a', 'b', 'c', 'd'], adjacency([{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c', to: 'a' }, { from: 'c', to: 'd' }]))).toEqual([['a', 'b', 'c']]);
    expect(cycles(['a'], adjacency([{ from: 'a', to: 'a' }]))).toEqual([['a']]);
    expect(graph.edges.length).toBeGreaterThan(300);
  });

  it('has no import cycle among the files of src/, type imports included', () => {
    const src = graph.files.filter((file) => file.startsWith('src/'));
    const edges = graph.edges.filter((edge) => edge.from.startsWith('src/') && edge.to.startsWith('src/'));
    expect(cycles(src, adjacency(edges))).toEqual([]);
  });

  it('has no cycle of value imports anywhere (generated model types may name each other: types only)', () => {
    expect(cycles(graph.files, adjacency(graph.edges.filter((edge) => !edge.typeOnly)))).toEqual([]);
  });

  it('knows every unit, and every import between units goes to a lower layer', () => {
    const units = new Set(graph.files.map(unitOf));
    expect([...units].filter((unit) => !layerOf.has(unit))).toEqual([]);
    const upward = graph.edges
      .filter((edge) => unitOf(edge.from) !== unitOf(edge.to))
      .filter((edge) => (layerOf.get(unitOf(edge.from)) as number) >= (layerOf.get(unitOf(edge.to)) as number))
      .map((edge) => `${unitOf(edge.from)} → ${unitOf(edge.to)}: ${edge.from} imports ${edge.to}${edge.typeOnly ? ' (type)' : ''}`);
    expect(upward).toEqual([]);
  });

  it('lets only the SDK surface (client, index) import generated/: the sandbox and the CLI take the tables from it', () => {
    const direct = graph.edges.filter((edge) => unitOf(edge.to) === 'generated' && !['generated', 'client', 'index'].includes(unitOf(edge.from))).map((edge) => `${edge.from} imports ${edge.to}`);
    expect(direct).toEqual([]);
  });
});

describe("the README's layout section", () => {
  it('lists every unit, in the layers\' order, and nothing that does not exist', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('<!-- layout:start -->'), readme.indexOf('<!-- layout:end -->'));
    const listed = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => unitOf((match[1] as string).replace(/\/$/, '/x.ts')));
    expect(listed).toEqual(LAYERS.flat());
  });
});

const probe = `${root}src/util/describe.ts`;
const targets = (text: string) => importsOf(probe, text).map((edge) => [edge.to.slice(root.length), edge.typeOnly]);

describe('the import checker sees every kind of import', () => {
  it('sees (or refuses) an import() whose specifier is a variable, as src/cli/commands/codegen.ts writes it', () => {
    expect(targets("const specifier = '../runtime/model.js';\nexport const load = () => import(specifier);")).toEqual([['src/runtime/model.ts', false]]);
    expect(() => targets('export const load = (name: string) => import(name);')).toThrow(/cannot read/);
  });

  it('sees an import of the package by its own name (tsoffers → src/index.ts)', () => {
    expect(targets("import { HasOffersAPI } from 'tsoffers';\nexport const x = HasOffersAPI;")).toEqual([['src/index.ts', false]]);
  });

  it('sees createRequire(import.meta.url)(…)', () => {
    expect(targets("import { createRequire } from 'node:module';\nexport const c = createRequire(import.meta.url)('../client.js');")).toEqual([['src/client.ts', false]]);
  });

  it('counts `import { type A } from` as a value edge: under verbatimModuleSyntax (tsconfig.json) it compiles to `import {} from`, which loads the module', () => {
    expect(targets("import { type Model } from '../runtime/model.js';\nexport type M = Model;")).toEqual([['src/runtime/model.ts', false]]);
  });
});
