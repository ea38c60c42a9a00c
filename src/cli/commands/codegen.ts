/**
 * `tsoffers codegen [--check]`: codegen/cli.ts's `main`. ts-morph is loaded only here, so the SDK
 * and every other command work without it.
 */
import type { CliIo } from '../context.js';
import { EXIT } from '../exit-codes.js';

interface CodegenModule {
  main(argv: readonly string[]): number;
}

function missingModule(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const match = /Cannot find (?:package|module) '([^']+)'/.exec((error as Error).message);
  return match?.[1] ?? 'a module';
}

export async function codegenCommand(args: readonly string[], io: CliIo): Promise<number> {
  let codegen: CodegenModule;
  try {
    // A variable specifier keeps bundlers and tsc from resolving it eagerly; the path is the same
    // from src/cli/commands and dist/src/cli/commands.
    const specifier = '../../../codegen/cli.js';
    codegen = (await import(specifier)) as CodegenModule;
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
  try {
    return codegen.main(args);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`tsoffers codegen: ${(error as Error).message}\nRun tsoffers codegen --help.\n`);
      return EXIT.USAGE;
    }
    throw error;
  }
}
