/** `tsoffers sandbox …`: delegates to the sandbox's own command-line helper (src/sandbox). */
import type { CliIo } from '../context.js';
import { EXIT } from '../exit-codes.js';

export async function sandboxCommand(_args: readonly string[], io: CliIo): Promise<number> {
  io.stderr.write('tsoffers sandbox: the sandbox is not part of this build yet.\n');
  return EXIT.INTERNAL;
}
