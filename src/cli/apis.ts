/**
 * `tsoffers --api network|affiliate|advertiser`: which API the CLI speaks. Each is a profile
 * (src/profile.ts: credentials with their flags and variables, Target prefix) with its table and
 * client class, all from the client layer; the commands ask this module, never a credential by name.
 */
import { AdvertiserAPI, AffiliateAPI, API_TABLES, HasOffersAPI } from '../client.js';
import type { ApiKeyOptions, ClientOptions, HasOffersOptions } from '../client.js';
import { ADVERTISER_PROFILE, AFFILIATE_PROFILE, NETWORK_PROFILE } from '../profile.js';
import type { ApiProfile } from '../profile.js';
import type { ApiTable } from '../index.js';
import { flagValue } from './command.js';
import { UsageError } from './exit-codes.js';
import { GLOBAL_FLAGS } from './flags.js';

export interface CliApi {
  readonly profile: ApiProfile;
  readonly table: ApiTable;
  /**
   * A client of this API. The CLI's commands reach managers by name (`api[manager]`), so every
   * client is handed to them as the network client's type.
   */
  create(options: ClientOptions): HasOffersAPI;
}

function api(profile: ApiProfile, create: CliApi['create']): CliApi {
  return { profile, table: API_TABLES[profile.name]!, create };
}

export const CLI_APIS: Readonly<Record<string, CliApi>> = {
  network: api(NETWORK_PROFILE, (options) => new HasOffersAPI(options as HasOffersOptions)),
  affiliate: api(AFFILIATE_PROFILE, (options) => new AffiliateAPI(options as ApiKeyOptions) as unknown as HasOffersAPI),
  advertiser: api(ADVERTISER_PROFILE, (options) => new AdvertiserAPI(options as ApiKeyOptions) as unknown as HasOffersAPI),
};

export function cliApi(name: string | undefined): CliApi {
  const key = name ?? 'network';
  if (!Object.prototype.hasOwnProperty.call(CLI_APIS, key)) flagValue('api', GLOBAL_FLAGS.api, key);
  return CLI_APIS[key]!;
}

/** Takes `--api NAME` (or `--api=NAME`) out of the arguments, wherever it is: the global flag (flags.ts). */
export function extractApi(argv: readonly string[]): { readonly api: string; readonly argv: readonly string[] } {
  const rest: string[] = [];
  let api: string = GLOBAL_FLAGS.api.default;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--api') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) throw new UsageError(`--api needs a value: ${GLOBAL_FLAGS.api.values.join(', ')}.`);
      api = value;
      i++;
    } else if (arg.startsWith('--api=')) api = arg.slice('--api='.length);
    else rest.push(arg);
  }
  cliApi(api);
  return { api, argv: rest };
}

/** Every secret any API's credentials may carry in this process (flags and variables), for the CLI's redactor. */
export function cliSecrets(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const api of Object.values(CLI_APIS)) {
    for (const credential of api.profile.credentials) {
      if (!credential.secret) continue;
      out.push(env[credential.env]);
      const flag = `--${credential.flag}`;
      argv.forEach((arg, index) => {
        if (arg === flag) out.push(argv[index + 1]);
        else if (arg.startsWith(`${flag}=`)) out.push(arg.slice(flag.length + 1));
      });
    }
  }
  return out;
}
