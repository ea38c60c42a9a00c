/**
 * `tsoffers sandbox`: parses the flags, starts the server, prints exactly one line
 * `listening <url>` once ready, and on SIGINT/SIGTERM closes it (saving the state) and resolves.
 */
import { startSandbox } from './server.js';
import type { SandboxHandle, SandboxOptions } from './server.js';

export const SANDBOX_USAGE = `Usage: tsoffers sandbox [options]

Starts a local HasOffers-compatible server on 127.0.0.1 and prints "listening <url>".

Options:
  --port <n>             port to listen on (default 0: a free one)
  --seed <n>             seed of the generated data (default 1)
  --state <file.json>    load the data from this file and save it there (atomically)
  --network-token <t>    NetworkToken clients must send (default sandbox-token); the
                         seeded affiliates' and advertisers' api_keys are printed at start
  --network-id <id>      NetworkId clients must send (default sandbox)
  --rate-limit <n/ms>    answer "API usage exceeded rate limit" over n calls per ms window (e.g. 50/10000)
  --latency <ms>         delay every answer by this many milliseconds
  --cors <origin>        let web pages from this origin (e.g. http://localhost:3000, or *) read
                         answers; off by default, so no other site can use the sandbox
  -h, --help             show this help
`;

export interface SandboxCliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Resolves when the process is asked to stop; defaults to SIGINT/SIGTERM. */
  readonly stopSignal?: Promise<unknown>;
}

class UsageError extends Error {}

function integer(flag: string, value: string | undefined): number {
  if (value === undefined || !/^-?\d+$/.test(value)) throw new UsageError(`${flag} needs an integer, got ${value === undefined ? 'nothing' : `"${value}"`}.`);
  return Number(value);
}

export function parseSandboxArgs(argv: readonly string[]): SandboxOptions | 'help' {
  const options: { -readonly [K in keyof SandboxOptions]: SandboxOptions[K] } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    const next = () => (arg.startsWith('--') && eq !== -1 ? arg.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--port':
        options.port = integer(flag, next());
        break;
      case '--seed':
        options.seed = integer(flag, next());
        break;
      case '--state': {
        const value = next();
        if (!value) throw new UsageError('--state needs a file path, e.g. --state sandbox.json.');
        options.statePath = value;
        break;
      }
      case '--network-token': {
        const value = next();
        if (!value) throw new UsageError('--network-token needs a value.');
        options.networkToken = value;
        break;
      }
      case '--network-id': {
        const value = next();
        if (!value) throw new UsageError('--network-id needs a value.');
        options.networkId = value;
        break;
      }
      case '--rate-limit': {
        const value = next() ?? '';
        const match = /^(\d+)\/(\d+)$/.exec(value);
        if (!match) throw new UsageError(`--rate-limit takes calls/windowMs such as 50/10000, got "${value}".`);
        options.rateLimit = { calls: Number(match[1]), windowMs: Number(match[2]) };
        break;
      }
      case '--latency':
        options.latencyMs = integer(flag, next());
        break;
      case '--cors': {
        const value = next();
        if (!value) throw new UsageError('--cors needs an origin such as http://localhost:3000, or *.');
        options.cors = value;
        break;
      }
      default:
        throw new UsageError(`Unknown option "${arg}". Run tsoffers sandbox --help for the options.`);
    }
  }
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

/**
 * Runs the sandbox command; resolves to the exit code once the server has stopped (0), or at once
 * for --help (0) and bad flags or a failed start (2 and 1).
 */
export async function runSandboxCli(argv: readonly string[], io: Partial<SandboxCliIo> = {}): Promise<number> {
  const stdout = io.stdout ?? ((line: string) => process.stdout.write(`${line}\n`));
  const stderr = io.stderr ?? ((line: string) => process.stderr.write(`${line}\n`));
  let options: SandboxOptions | 'help';
  try {
    options = parseSandboxArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr(`tsoffers sandbox: ${error.message}`);
    return 2;
  }
  if (options === 'help') {
    stdout(SANDBOX_USAGE.trimEnd());
    return 0;
  }
  const stop = io.stopSignal ? { promise: io.stopSignal, dispose: () => {} } : signals();
  let sandbox: SandboxHandle;
  try {
    sandbox = await startSandbox(options);
  } catch (error) {
    stop.dispose();
    stderr(`tsoffers sandbox: could not start: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  stdout(`listening ${sandbox.url}`);
  // The Affiliate and Advertiser APIs' keys, after the one line a script waits for.
  for (const account of sandbox.accounts) stdout(`api_key ${account.kind} ${account.id}: ${account.apiKey}`);
  await stop.promise;
  stop.dispose();
  await sandbox.close();
  return 0;
}
