/**
 * Shared by every example: credentials from the environment, a client, and small printing
 * helpers. `npm run examples` sets the variables to a local sandbox it starts itself; set them to
 * your network to run an example against real HasOffers.
 */
import { HasOffersAPI } from '../src/index.js';
import type { ApiKeyOptions, HasOffersOptions } from '../src/index.js';

export const SANDBOX_HINT =
  'Run every example against a local sandbox with `npm run examples`, or start one with `npm run sandbox` (in a clone; `npx tsoffers sandbox` where tsoffers is installed) and set ' +
  'HASOFFERS_ENDPOINT=<the url it prints> HASOFFERS_NETWORK_TOKEN=sandbox-token HASOFFERS_NETWORK_ID=sandbox.';

export interface Credentials {
  readonly endpoint: string;
  readonly networkToken: string;
  readonly networkId: string;
}

/** HASOFFERS_ENDPOINT, HASOFFERS_NETWORK_TOKEN and HASOFFERS_NETWORK_ID, or an error saying which is missing. */
export function credentials(env: NodeJS.ProcessEnv = process.env): Credentials {
  const endpoint = env.HASOFFERS_ENDPOINT;
  const networkToken = env.HASOFFERS_NETWORK_TOKEN;
  const networkId = env.HASOFFERS_NETWORK_ID;
  const missing = Object.entries({ HASOFFERS_ENDPOINT: endpoint, HASOFFERS_NETWORK_TOKEN: networkToken, HASOFFERS_NETWORK_ID: networkId })
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length) throw new Error(`Set ${missing.join(', ')}. ${SANDBOX_HINT}`);
  return { endpoint: endpoint!, networkToken: networkToken!, networkId: networkId! };
}

/** True when the endpoint is a local sandbox (examples that write say so before writing elsewhere). */
export function isLocal(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

export function connect(options: Partial<HasOffersOptions> = {}): HasOffersAPI {
  return new HasOffersAPI({ ...credentials(), ...options });
}

/** A heading between the parts of an example's output. */
export function section(title: string): void {
  console.log(`\n== ${title}`);
}

/** An indented line of output. */
export function show(...parts: unknown[]): void {
  console.log(`   ${parts.map(String).join(' ')}`);
}

/** Thrown to end an example early because what it shows is unavailable (run-all reports it as skipped). */
export class SkipExample extends Error {
  override name = 'SkipExample';
}

export const SKIPPED_PREFIX = 'SKIPPED:';

/**
 * Runs an example's body with a client, closes it, and turns failures into one readable line and
 * exit code 1 (SkipExample into a "SKIPPED: …" line and exit code 0).
 */
export async function runExample(body: (api: HasOffersAPI) => Promise<void>): Promise<void> {
  let api: HasOffersAPI | undefined;
  try {
    api = connect();
    await body(api);
  } catch (error) {
    if (error instanceof SkipExample) {
      console.log(`${SKIPPED_PREFIX} ${error.message}`);
      return;
    }
    console.error(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    process.exitCode = 1;
  } finally {
    await api?.close();
  }
}

/**
 * An affiliate's (or advertiser's) key: HASOFFERS_AFFILIATE_API_KEY / HASOFFERS_ADVERTISER_API_KEY
 * (what `npm run examples` sets from the sandbox's seeded accounts), else HASOFFERS_API_KEY.
 * Without one the example is skipped: a network token cannot stand in for it.
 */
export function apiKeyOptions(kind: 'affiliate' | 'advertiser', env: NodeJS.ProcessEnv = process.env): ApiKeyOptions {
  const endpoint = env.HASOFFERS_ENDPOINT;
  if (!endpoint) throw new Error(`Set HASOFFERS_ENDPOINT. ${SANDBOX_HINT}`);
  const variable = `HASOFFERS_${kind.toUpperCase()}_API_KEY`;
  const apiKey = env[variable] ?? env.HASOFFERS_API_KEY;
  if (!apiKey) throw new SkipExample(`set ${variable} (or HASOFFERS_API_KEY) to an ${kind}'s API key; \`npm run examples\` sets it from the sandbox's seeded ${kind}s.`);
  return { endpoint, apiKey, ...(env.HASOFFERS_NETWORK_ID ? { networkId: env.HASOFFERS_NETWORK_ID } : {}) };
}

/** runExample for the Affiliate or Advertiser API: the client from apiKeyOptions, the same reporting. */
export async function runApiKeyExample<C extends { close(): Promise<void> }>(kind: 'affiliate' | 'advertiser', connectTo: (options: ApiKeyOptions) => C, body: (client: C) => Promise<void>): Promise<void> {
  let client: C | undefined;
  try {
    client = connectTo(apiKeyOptions(kind));
    await body(client);
  } catch (error) {
    if (error instanceof SkipExample) {
      console.log(`${SKIPPED_PREFIX} ${error.message}`);
      return;
    }
    console.error(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    process.exitCode = 1;
  } finally {
    await client?.close();
  }
}
