/**
 * `npm run examples`: runs every example in turn and prints each one's output under a heading.
 * Without HASOFFERS_ENDPOINT / HASOFFERS_NETWORK_TOKEN / HASOFFERS_NETWORK_ID it starts a local
 * sandbox first and points the examples at it; with them set, the examples run against that
 * network (several of them write: see each file's header).
 *
 *   npm run examples                        # all, against a fresh sandbox
 *   npx tsx examples/run-all.ts tags pagination   # some of them
 *
 * Exits 1 if any example failed, 2 for an unknown example name.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKIPPED_PREFIX } from './env.js';
import { EXAMPLES } from './list.js';

const here = dirname(fileURLToPath(import.meta.url));
const TIMEOUT_MS = 120_000;

interface Outcome {
  readonly name: string;
  readonly status: 'ok' | 'skipped' | 'failed';
  readonly ms: number;
}

function runOne(name: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, `${name}.ts`)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    // stdout and stderr interleaved as they come, so an error shows where it happened.
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: signal ? null : code, output: signal ? `${output}\n(killed after ${TIMEOUT_MS / 1000}s: ${signal})` : output });
    });
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((name) => !(EXAMPLES as readonly string[]).includes(name));
  if (unknown.length) {
    console.error(`Unknown example(s): ${unknown.join(', ')}. Examples: ${EXAMPLES.join(', ')}.`);
    return 2;
  }
  const selected = argv.length ? argv : EXAMPLES;
  const configured = ['HASOFFERS_ENDPOINT', 'HASOFFERS_NETWORK_TOKEN', 'HASOFFERS_NETWORK_ID'].filter((name) => process.env[name]);
  if (configured.length && configured.length < 3) {
    console.error(`Only ${configured.join(', ')} is set: set all three HASOFFERS_* variables to use your network, or none to use a local sandbox.`);
    return 2;
  }
  let env: NodeJS.ProcessEnv = process.env;
  let stop: (() => Promise<void>) | undefined;
  if (!configured.length) {
    const started = performance.now();
    const { startSandbox } = await import('../src/sandbox/index.js');
    const sandbox = await startSandbox({ port: 0, seed: 1 });
    stop = () => sandbox.close();
    // The affiliate and advertiser examples use the first seeded account of each kind.
    const key = (kind: string) => sandbox.accounts.find((account) => account.kind === kind)?.apiKey ?? '';
    env = { ...process.env, HASOFFERS_ENDPOINT: sandbox.url, HASOFFERS_NETWORK_TOKEN: 'sandbox-token', HASOFFERS_NETWORK_ID: 'sandbox', HASOFFERS_AFFILIATE_API_KEY: key('affiliate'), HASOFFERS_ADVERTISER_API_KEY: key('advertiser') };
    console.log(`Sandbox listening on ${sandbox.url} (ready in ${Math.round(performance.now() - started)} ms); examples run against it.`);
  } else {
    console.log(`Running against ${new URL(process.env.HASOFFERS_ENDPOINT!).origin} (network ${process.env.HASOFFERS_NETWORK_ID}).`);
  }

  const outcomes: Outcome[] = [];
  try {
    for (const name of selected) {
      console.log(`\n${'='.repeat(72)}\n${name}  (examples/${name}.ts)\n${'='.repeat(72)}`);
      const started = performance.now();
      const { code, output } = await runOne(name, env);
      process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
      const skipped = code === 0 && output.split('\n').some((line) => line.startsWith(SKIPPED_PREFIX));
      outcomes.push({ name, status: code !== 0 ? 'failed' : skipped ? 'skipped' : 'ok', ms: Math.round(performance.now() - started) });
      if (code !== 0) console.log(`-> ${name} FAILED (exit code ${code ?? 'killed'})`);
    }
  } finally {
    await stop?.();
  }

  console.log(`\n${'='.repeat(72)}\nSummary`);
  for (const outcome of outcomes) console.log(`  ${outcome.status.toUpperCase().padEnd(7)}  ${outcome.name.padEnd(22)} ${outcome.ms} ms`);
  const failed = outcomes.filter((outcome) => outcome.status === 'failed');
  console.log(failed.length ? `${failed.length} of ${outcomes.length} examples failed.` : `All ${outcomes.length} examples passed${outcomes.some((o) => o.status === 'skipped') ? ' (some skipped)' : ''}.`);
  return failed.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
