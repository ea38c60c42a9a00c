import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATED_APIS, generatedApi } from './apis.js';
import { emit, PACKAGE_RUNTIME, REPO_RUNTIME, repoRuntime } from './emit.js';
import type { RuntimeImports } from './emit.js';
import { loadSchema, SchemaError } from './load.js';
import type { SchemaBase } from './load.js';
import { staleFiles, writeFiles } from './write.js';

export interface CodegenOptions {
  readonly root: string;
  readonly schemaDir: string;
  readonly outDir: string;
  readonly check: boolean;
  /** Where generated files import the runtime from (default: this repository's src/). */
  readonly runtime?: RuntimeImports;
  /** Sub-folders of schemaDir that are not this API's (other APIs' schema folders). */
  readonly skip?: readonly string[];
  /** The schema folder whose models this API shares (network models the affiliate API returns as they are). */
  readonly baseSchemaDir?: string;
  /** The API's Target prefix (`Affiliate_`). */
  readonly prefix?: string;
}

const OTHER_API_FOLDERS = GENERATED_APIS.filter((api) => api.name !== 'network').map((api) => api.schema.replace(/^schema\//, ''));

/** Runs the generator; returns the process exit code. */
export function runCodegen(options: CodegenOptions, log: (line: string) => void = console.log, error: (line: string) => void = console.error): number {
  const started = performance.now();
  try {
    const base: SchemaBase | undefined = options.baseSchemaDir ? loadSchema(resolve(options.root, options.baseSchemaDir), options.root) : undefined;
    // By default a schema folder's sub-folders named like another API's (affiliate/, advertiser/) are that API's.
    const skip = options.skip ?? OTHER_API_FOLDERS;
    const schema = loadSchema(resolve(options.root, options.schemaDir), options.root, { skip, ...(base ? { base } : {}) });
    const files = emit(schema, options.outDir, options.runtime ?? REPO_RUNTIME, options.prefix ?? '');
    if (options.check) {
      const stale = staleFiles(options.root, options.outDir, files);
      if (stale.length) {
        error(`codegen --check: ${options.outDir}/ is stale; run \`npm run codegen\` and commit the result. Differs: ${stale.join(', ')}`);
        return 1;
      }
      log(`codegen --check: ${files.length} files up to date (${schema.controllers.length} controllers, ${schema.models.length} models, ${Math.round(performance.now() - started)} ms)`);
      return 0;
    }
    const changed = writeFiles(options.root, options.outDir, files);
    log(`codegen: ${schema.controllers.length} controllers, ${schema.models.length} models → ${files.length} files in ${options.outDir}/ (${changed.length} changed, ${Math.round(performance.now() - started)} ms)`);
    return 0;
  } catch (caught) {
    if (caught instanceof SchemaError) {
      error(`codegen: ${caught.message}`);
      return 2;
    }
    throw caught;
  }
}

export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      check: { type: 'boolean', default: false },
      schema: { type: 'string', default: 'schema' },
      out: { type: 'string', default: 'generated' },
      root: { type: 'string', default: process.cwd() },
      runtime: { type: 'string', default: 'auto' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: codegen [--check] [--schema schema] [--out generated] [--root .] [--runtime repo|package]\n  Reads the schema YAML (controllers and models) and writes typed models, managers and the method table.\n  --check    exit 1 when the output on disk differs from what the schema produces (CI).\n  --runtime  auto (default): this repository\'s src/ when ROOT has it, else the installed tsoffers package; repo; package.');
    return 0;
  }
  if (values.runtime !== 'repo' && values.runtime !== 'package' && values.runtime !== 'auto') {
    console.error(`codegen: --runtime must be auto, repo or package, got "${values.runtime}"`);
    return 2;
  }
  // auto: this repository's source tree when the root has it, else the installed package.
  const repo = values.runtime === 'repo' || (values.runtime === 'auto' && existsSync(join(values.root, 'src', 'runtime', 'types.ts')));
  if (repo && values.schema === 'schema' && values.out === 'generated' && existsSync(join(values.root, 'schema', 'network'))) {
    // This repository: every API, the network's from schema/ (without the other APIs' folders).
    let status = 0;
    for (const api of GENERATED_APIS) {
      const options: CodegenOptions =
        api.name === 'network'
          ? { root: values.root, schemaDir: 'schema', outDir: 'generated', check: values.check, skip: OTHER_API_FOLDERS }
          : { root: values.root, schemaDir: api.schema, outDir: api.out, check: values.check, skip: [], runtime: repoRuntime(api.out), prefix: api.prefix, ...(api.shares ? { baseSchemaDir: generatedApi(api.shares).schema } : {}) };
      status = Math.max(status, runCodegen(options));
    }
    return status;
  }
  return runCodegen({ root: values.root, schemaDir: values.schema, outDir: values.out, check: values.check, runtime: repo ? REPO_RUNTIME : PACKAGE_RUNTIME });
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('codegen/cli.ts')) {
  process.exitCode = main(process.argv.slice(2));
}
