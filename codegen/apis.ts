/**
 * The HasOffers APIs this repository generates, as the generator sees them: where each one's facts
 * are in the reference, its overlays, its schema folder and its generated folder. A fourth API is
 * one entry here, a schema folder and a runtime profile (src/profile.ts).
 */
import type { ReferenceFiles } from './reference.js';

export interface GeneratedApi {
  readonly name: string;
  /** The Target prefix (`Affiliate_`): schema controllers carry it, managers do not. */
  readonly prefix: string;
  readonly reference: ReferenceFiles;
  readonly overlays: string;
  readonly schema: string;
  readonly out: string;
  /** The API whose models this one shares where HasOffers returns the same model. */
  readonly shares?: string;
}

export const GENERATED_APIS: readonly GeneratedApi[] = [
  {
    name: 'network',
    prefix: '',
    reference: { api: 'network', prefix: '', edition2015: 'network-api-2015.json', edition2013: 'network-api.json' },
    overlays: 'schema/overlays/network',
    schema: 'schema/network',
    out: 'generated',
  },
  {
    name: 'affiliate',
    prefix: 'Affiliate_',
    reference: { api: 'affiliate', prefix: 'Affiliate_', edition2015: 'affiliate-api-2015.json', edition2013: 'affiliate-api.json' },
    overlays: 'schema/overlays/affiliate',
    schema: 'schema/affiliate',
    out: 'generated/affiliate',
    shares: 'network',
  },
  {
    name: 'advertiser',
    prefix: 'Advertiser_',
    reference: { api: 'advertiser', prefix: 'Advertiser_' },
    overlays: 'schema/overlays/advertiser',
    schema: 'schema/advertiser',
    out: 'generated/advertiser',
    shares: 'network',
  },
];

export function generatedApi(name: string): GeneratedApi {
  const api = GENERATED_APIS.find((entry) => entry.name === name);
  if (!api) throw new Error(`no API "${name}"; known: ${GENERATED_APIS.map((entry) => entry.name).join(', ')}`);
  return api;
}
