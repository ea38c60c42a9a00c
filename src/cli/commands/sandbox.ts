/**
 * `tsoffers sandbox`: starts the local sandbox, prints exactly one line `listening <url>` once
 * ready (then the seeded api_keys), and on SIGINT/SIGTERM closes it (saving --state). The sandbox
 * itself is loaded only when this command runs; src/cli/sandbox-runner.ts (runSandboxCli, for
 * programs and tests) runs this same declaration.
 */
import type { SandboxHandle, SandboxOptions } from '../../sandbox/server.js';
import type { FlagValues } from '../command.js';
import { flag, withContext } from '../command.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { nonEmptyValue, rateLimitValue } from '../flags.js';

export interface SandboxContext {
  /** Resolves when the sandbox should stop; SIGINT/SIGTERM by default. */
  readonly stopSignal?: Promise<unknown>;
}

const FLAGS = {
  port: flag.number({ valueName: 'N', description: 'port to listen on; 0 picks a free one', default: 0 }),
  seed: flag.number({ valueName: 'N', description: 'seed of the generated data', default: 1 }),
  state: flag.parsed({ valueName: 'FILE', parse: nonEmptyValue, description: 'load the data from this JSON file and save it there (atomically)' }),
  'network-token': flag.parsed({
    valueName: 'TOKEN',
    parse: nonEmptyValue,
    description: "NetworkToken clients must send (default sandbox-token); the seeded affiliates' and advertisers' api_keys are printed at start",
  }),
  'network-id': flag.parsed({ valueName: 'ID', parse: nonEmptyValue, description: 'NetworkId clients must send (default sandbox)' }),
  'rate-limit': flag.parsed({
    valueName: 'N/MS',
    parse: (text: string, name: string) => rateLimitValue(text, name),
    description: 'answer "API usage exceeded rate limit" over N calls per MS milliseconds (e.g. 50/10000)',
  }),
  latency: flag.number({ valueName: 'MS', description: 'delay every answer by this many milliseconds' }),
  cors: flag.parsed({
    valueName: 'ORIGIN',
    parse: nonEmptyValue,
    description: 'let web pages from this origin (e.g. http://localhost:3000, or *) read answers; off by default, so no other site can use the sandbox',
  }),
};

/** The sandbox's options from its flags (what was not given is left to startSandbox's defaults). */
export function sandboxOptions(flags: FlagValues<typeof FLAGS>): SandboxOptions {
  const options: { -readonly [K in keyof SandboxOptions]: SandboxOptions[K] } = {};
  if (flags.port !== 0) options.port = flags.port;
  if (flags.seed !== 1) options.seed = flags.seed;
  if (flags.state !== undefined) options.statePath = flags.state;
  if (flags['network-token'] !== undefined) options.networkToken = flags['network-token'];
  if (flags['network-id'] !== undefined) options.networkId = flags['network-id'];
  if (flags['rate-limit'] !== undefined) options.rateLimit = flags['rate-limit'];
  if (flags.latency !== undefined) options.latencyMs = flags.latency;
  if (flags.cors !== undefined) options.cors = flags.cors;
  return options;
}

function signals(): { promise: Promise<string>; dispose: () => void } {
  let dispose = () => {};
  const promise = new Promise<string>((resolve) => {
    const onSignal = (signal: string) => resolve(signal);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    dispose = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    };
  });
  return { promise, dispose };
}

export const sandbox = withContext<SandboxContext | undefined>()({
  name: 'sandbox',
  summary: 'starts a local HasOffers-compatible server for tests and examples',
  description: 'It listens on 127.0.0.1 and prints one line "listening <url>" once ready, then the seeded affiliates\' and advertisers\' api_keys; Ctrl-C (SIGINT) or SIGTERM stops it, saving --state.',
  flags: FLAGS,
  examples: ['tsoffers sandbox --port 8080', 'tsoffers sandbox --port 8080 --seed 7 --state sandbox.json', 'tsoffers sandbox --port 8080 --cors http://localhost:3000'],
  async run({ flags, args, io, label, context }) {
    if (args.length) throw new UsageError(`unexpected argument "${args[0]}".`, label);
    const options = sandboxOptions(flags);
    const { startSandbox } = await import('../../sandbox/server.js');
    // The sandbox listens for SIGINT/SIGTERM itself, so that it can save --state before exiting.
    const stop = context?.stopSignal ? { promise: context.stopSignal, dispose: () => {} } : signals();
    let server: SandboxHandle;
    try {
      server = await startSandbox(options);
    } catch (error) {
      stop.dispose();
      io.stderr.write(`tsoffers sandbox: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1; // as it always has: not a usage error, nothing was served
    }
    io.stdout.write(`listening ${server.url}\n`);
    // The Affiliate and Advertiser APIs' keys, after the one line a script waits for.
    for (const account of server.accounts) io.stdout.write(`api_key ${account.kind} ${account.id}: ${account.apiKey}\n`);
    await stop.promise;
    stop.dispose();
    await server.close();
    return EXIT.OK;
  },
});
