/**
 * `tsoffers codegen [--check]`: codegen/cli.ts's `main`. ts-morph is loaded only here, so the SDK
 * and every other command work without it.
 */
import { defineCommand, flag } from '../command.js';
import { EXIT, UsageError } from '../exit-codes.js';

interface CodegenModule {
  main(argv: readonly string[]): number;
}

function missingModule(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const match = /Cannot find (?:package|module) '([^']+)'/.exec((error as Error).message);
  return match?.[1] ?? 'a module';
}

export const codegen = defineCommand({
  name: 'codegen',
  summary: 'regenerates the typed managers and models from schema YAML (needs ts-morph)',
  description: 'Reads the schema YAML (controllers and models) and writes typed models, managers and the method table.',
  flags: {
    check: flag.boolean({ description: 'exit 1 when the output on disk differs from what the schema produces (CI)' }),
    schema: flag.string({ valueName: 'DIR', default: 'schema', description: 'the schema folder' }),
    out: flag.string({ valueName: 'DIR', default: 'generated', description: 'where the generated files go' }),
    root: flag.string({ valueName: 'DIR', description: 'the folder --schema and --out are relative to (default: the working directory)' }),
    runtime: flag.enum({
      values: ['auto', 'repo', 'package'],
      default: 'auto',
      description: "where generated files import the runtime from: this repository's src/ (repo), the installed tsoffers package (package), or repo when ROOT has src/ (auto)",
    }),
  },
  examples: ['tsoffers codegen --check', 'tsoffers codegen --schema schema --out generated'],
  async run({ flags, args, io, label }) {
    if (args.length) throw new UsageError(`unexpected argument "${args[0]}".`, label);
    let generator: CodegenModule;
    try {
      // A variable specifier keeps bundlers and tsc from resolving it eagerly; the path is the same
      // from src/cli/commands and dist/src/cli/commands.
      const specifier = '../../../codegen/cli.js';
      generator = (await import(specifier)) as CodegenModule;
    } catch (error) {
      const missing = missingModule(error);
      if (missing === undefined) throw error;
      const name = /ts-morph/.test(missing) ? 'ts-morph' : missing;
      io.stderr.write(
        `tsoffers codegen needs ${name}, which is not installed${name === 'ts-morph' ? ' (it is only needed to regenerate code, so it is not a runtime dependency)' : ''}.\n` +
          `Install it next to tsoffers: npm install --save-dev ${name === 'ts-morph' ? 'ts-morph' : name}\n`,
      );
      return EXIT.USAGE;
    }
    // The flags are parsed and checked here; the generator gets them as its own argv.
    const argv = [...(flags.check ? ['--check'] : []), '--schema', flags.schema, '--out', flags.out, ...(flags.root === undefined ? [] : ['--root', flags.root]), '--runtime', flags.runtime];
    return generator.main(argv);
  },
});
