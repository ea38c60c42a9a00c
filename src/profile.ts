/**
 * An API is a profile: its Target prefix, how it authenticates (which options become which wire
 * pairs, and which of them are secrets), the wire names it must never be sent (another API's
 * credentials), and the rules HasOffers documents for it. The client, transport, CLI and sandbox
 * ask the profile; a fourth API is one more profile and a schema folder (codegen/apis.ts).
 */

/** One credential: a client option that goes on the wire first, under its wire name. */
export interface CredentialSpec {
  /** The client option that holds it (`networkToken`, `apiKey`, `networkId`). */
  readonly option: string;
  /** The wire name (`NetworkToken`, `api_key`, `NetworkId`). */
  readonly wire: string;
  readonly required: boolean;
  /** A secret: redacted from logs, messages, errors and inspect/JSON output. */
  readonly secret: boolean;
  /** The environment variable the CLI reads it from. */
  readonly env: string;
  /** The CLI flag that gives it. */
  readonly flag: string;
}

export interface ApiRules {
  /** `fields` must include the model's primary key: added when the caller's list lacks it. */
  readonly fieldsNeedKey: boolean;
  /** Filters on `id` allow only equality: other operators are refused before sending. */
  readonly idFiltersEqualOnly: boolean;
}

export interface ApiProfile {
  /** `network`, `affiliate`, `advertiser`: what `tsoffers --api` takes. */
  readonly name: string;
  /** The client's name in messages (`AffiliateAPI`). */
  readonly label: string;
  /** `Affiliate_`: every Target of this API carries it; managers and controller() lookups may leave it out. */
  readonly targetPrefix: string;
  /** Sent first, in this order, on every call. */
  readonly credentials: readonly CredentialSpec[];
  /** Wire names that must never be sent to this API (another API's secrets). */
  readonly neverSends: readonly string[];
  readonly rules: ApiRules;
}

const NETWORK_ID: CredentialSpec = { option: 'networkId', wire: 'NetworkId', required: true, secret: false, env: 'HASOFFERS_NETWORK_ID', flag: 'network-id' };
const API_KEY: CredentialSpec = { option: 'apiKey', wire: 'api_key', required: true, secret: true, env: 'HASOFFERS_API_KEY', flag: 'api-key' };
const NO_RULES: ApiRules = { fieldsNeedKey: false, idFiltersEqualOnly: false };

export const NETWORK_PROFILE: ApiProfile = {
  name: 'network',
  label: 'HasOffersAPI',
  targetPrefix: '',
  credentials: [{ option: 'networkToken', wire: 'NetworkToken', required: true, secret: true, env: 'HASOFFERS_NETWORK_TOKEN', flag: 'network-token' }, NETWORK_ID],
  // api_key is also a documented parameter of some network methods (Application.validNetworkApiKey):
  // the network client authenticates with its NetworkToken only, and sends an api_key only as one.
  neverSends: [],
  rules: NO_RULES,
};

export const AFFILIATE_PROFILE: ApiProfile = {
  name: 'affiliate',
  label: 'AffiliateAPI',
  targetPrefix: 'Affiliate_',
  // NetworkId only when the user gives one (the shared endpoint needs it; a network's own does not).
  credentials: [API_KEY, { ...NETWORK_ID, required: false }],
  neverSends: ['NetworkToken'],
  // HasOffers' API builder documents both for the Affiliate API.
  rules: { fieldsNeedKey: true, idFiltersEqualOnly: true },
};

export const ADVERTISER_PROFILE: ApiProfile = {
  name: 'advertiser',
  label: 'AdvertiserAPI',
  targetPrefix: 'Advertiser_',
  credentials: [API_KEY, { ...NETWORK_ID, required: false }],
  neverSends: ['NetworkToken'],
  rules: NO_RULES,
};

export const PROFILES: readonly ApiProfile[] = [NETWORK_PROFILE, AFFILIATE_PROFILE, ADVERTISER_PROFILE];

