#!/usr/bin/env node
/** The `tsoffers` executable. Everything testable lives in run.ts; this file only wires the process. */
import { runCli } from './run.js';

const controller = new AbortController();
let interrupts = 0;
process.on('SIGINT', () => {
  // The first Ctrl-C stops the call cleanly (partial --out files are removed); a second one kills.
  interrupts += 1;
  if (interrupts > 1) process.exit(130);
  controller.abort(Object.assign(new Error('interrupted'), { name: 'AbortError' }));
});

// A closed pipe (`tsoffers … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
process.exitCode = code;
