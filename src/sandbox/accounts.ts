/**
 * The Affiliate and Advertiser APIs in the sandbox: seeded affiliates and advertisers with their
 * own api_keys, each call answered for the account whose key it carries. An affiliate sees only
 * the offers it may run and gets tracking links for those; reports are its own (or, for an
 * advertiser, its offers'). Nothing here answers a network Target: the server refuses an api_key
 * there, and a NetworkToken on these Targets.
 */
import { ApiFailure, notImplemented } from './errors.js';
import type { JsonValue, Row } from './json.js';
import { scalar, stringList } from './php-params.js';
import type { PhpArray, PhpValue } from './php-params.js';
import { runFind } from './query.js';
import { runReport } from './reports.js';
import type { CallContext } from './handlers.js';
import type { SandboxSchema } from './schema.js';
import type { Store } from './store.js';

export type AccountKind = 'affiliate' | 'advertiser';

export interface SandboxAccount {
  readonly kind: AccountKind;
  /** The Affiliate's (or Advertiser's) id in the store. */
  readonly id: string;
  readonly apiKey: string;
}

/** Target prefix → the kind of account that may call it. */
export const ACCOUNT_PREFIXES: Readonly<Record<string, AccountKind>> = { Affiliate_: 'affiliate', Advertiser_: 'advertiser' };

export function accountKindOf(target: string): AccountKind | undefined {
  for (const [prefix, kind] of Object.entries(ACCOUNT_PREFIXES)) if (target.startsWith(prefix)) return kind;
  return undefined;
}

/** How many seeded accounts get a key (the first ones by id). */
const KEYED = 3;

/** One api_key per seeded account, derived from the kind and id: the same on every start. */
export function seedAccounts(store: Store): SandboxAccount[] {
  const of = (kind: AccountKind, model: string) =>
    store
      .all(model)
      .slice(0, KEYED)
      .map((row) => ({ kind, id: String(row.id), apiKey: `sandbox-${kind}-key-${String(row.id)}` }));
  return [...of('affiliate', 'Affiliate'), ...of('advertiser', 'Advertiser')];
}

/** The api_key's account for a Target of that account's kind, or undefined. */
export function accountFor(accounts: readonly SandboxAccount[], kind: AccountKind, apiKey: string | undefined): SandboxAccount | undefined {
  return apiKey ? accounts.find((account) => account.kind === kind && account.apiKey === apiKey) : undefined;
}

function approvalOf(store: Store, offerId: string, affiliateId: string): string | undefined {
  const row = store.all('AffiliateOffer').find((item) => String(item.offer_id) === offerId && String(item.affiliate_id) === affiliateId);
  return row ? String(row.approval_status ?? '') : undefined;
}

/** Offers an affiliate may run: active, and approved for it, or open to every affiliate (public, no approval needed). */
function mayRun(store: Store, affiliateId: string, approvedOnly: boolean): (row: Row) => boolean {
  return (row) => {
    if (row.status !== 'active') return false;
    const approval = approvalOf(store, String(row.id), affiliateId);
    if (approval === 'approved') return true;
    if (approvedOnly || approval === 'rejected') return false;
    return row.require_approval !== '1' && row.is_private !== '1';
  };
}

/** `fields[]` defaults to the fields the affiliate's model has: the network's other fields are not shown. */
function withFields(params: PhpArray, fields: readonly string[]): PhpArray {
  if (params.has('fields')) return params;
  const out = new Map(params);
  out.set('fields', new Map(fields.map((field, index) => [String(index), field] as [string, PhpValue])));
  return out;
}

function idOf(params: PhpArray, name: string): string {
  const text = scalar(params, name);
  if (text === undefined || !/^\d+$/.test(text)) throw ApiFailure.message(`Missing required argument: ${name}`);
  return String(Number(text));
}

/** Adds `filters[field] EQUAL_TO id` to a report's parameters: an account's reports are its own. */
function ownReport(params: PhpArray, field: string, id: string): PhpArray {
  const out = new Map(params);
  const filters = params.get('filters');
  const merged = new Map(filters instanceof Map ? filters : []);
  merged.set(field, new Map<string, PhpValue>([['conditional', 'EQUAL_TO'], ['values', id]]));
  out.set('filters', merged);
  return out;
}

/** Report fields and groups must be the account's report model's (the network has more). */
function checkReportFields(own: SandboxSchema, model: string, params: PhpArray): void {
  const info = own.models.get(model);
  if (!info) return;
  for (const key of ['fields', 'groups']) {
    for (const field of stringList(params.get(key))) if (!info.fieldSet.has(field)) throw ApiFailure.message(`Invalid ${key === 'fields' ? 'field' : 'group'}: ${field}`);
  }
  const filters = params.get('filters');
  if (filters instanceof Map) for (const field of filters.keys()) if (!info.fieldSet.has(field)) throw ApiFailure.message(`Invalid filter field: ${field}`);
}

/**
 * Answers one Affiliate_* or Advertiser_* call for `account`. `ctx.schema` is the network's (the
 * store's); `own` is the account API's (its models' field sets).
 */
export function handleAccount(ctx: CallContext, account: SandboxAccount, own: SandboxSchema): JsonValue {
  const key = `${ctx.target}.${ctx.method}`;
  const ownModel = (name: string) => own.models.get(name)?.fields ?? [];
  if (account.kind === 'affiliate') {
    switch (key) {
      case 'Affiliate_Offer.findAll':
      case 'Affiliate_Offer.findMyOffers':
      case 'Affiliate_Offer.findMyApprovedOffers': {
        const params = withFields(ctx.params, ownModel('Offer'));
        const ownCtx = { ...ctx, schema: own };
        return runFind(ownCtx, 'Offer', params, { where: mayRun(ctx.store, account.id, ctx.method === 'findMyApprovedOffers'), alwaysPaginate: ctx.method !== 'findAll' });
      }
      case 'Affiliate_Offer.findById': {
        const id = idOf(ctx.params, 'id');
        const row = ctx.store.get('Offer', id);
        if (!row || !mayRun(ctx.store, account.id, false)(row)) return null;
        const fields = stringList(ctx.params.get('fields'));
        const shown = fields.length ? fields : ownModel('Offer');
        return new Map<string, JsonValue>([['Offer', new Map(shown.filter((field) => field in row).map((field) => [field, (row[field] ?? null) as JsonValue]))]]);
      }
      case 'Affiliate_Offer.generateTrackingLink': {
        const offerId = idOf(ctx.params, 'offer_id');
        const row = ctx.store.get('Offer', offerId);
        if (!row || !mayRun(ctx.store, account.id, false)(row)) throw ApiFailure.message(`Offer ${offerId} is not available to this affiliate`);
        const tail = `offer_id=${offerId}&aff_id=${account.id}`;
        return new Map<string, JsonValue>([
          ['click_url', `${ctx.origin}/aff_c?${tail}`],
          ['impression_pixel', `<img src="${ctx.origin}/aff_i?${tail}" width="1" height="1" />`],
        ]);
      }
      case 'Affiliate_Report.getStats':
      case 'Affiliate_Report.getConversions': {
        checkReportFields(own, ctx.method === 'getStats' ? 'StatReport' : 'ConversionReport', ctx.params);
        return runReport(ctx, `Report.${ctx.method}`, ownReport(ctx.params, 'Stat.affiliate_id', account.id), ctx.method === 'getStats' ? 'StatReport' : 'ConversionReport');
      }
      default:
        break;
    }
  } else {
    switch (key) {
      case 'Advertiser_Report.getStats':
      case 'Advertiser_Report.getConversions':
        return runReport(ctx, `Report.${ctx.method}`, ownReport(ctx.params, 'Stat.advertiser_id', account.id), ctx.method === 'getStats' ? 'StatReport' : 'ConversionReport');
      default:
        break;
    }
  }
  if (!own.methods.has(key)) throw ApiFailure.message(`Method ${ctx.method} does not exist on ${ctx.target}`);
  throw notImplemented(ctx.target, ctx.method);
}

/** What the sandbox serves of the Affiliate and Advertiser APIs. */
export const ACCOUNT_SERVED: readonly string[] = [
  'Affiliate_Offer.findAll',
  'Affiliate_Offer.findMyOffers',
  'Affiliate_Offer.findMyApprovedOffers',
  'Affiliate_Offer.findById',
  'Affiliate_Offer.generateTrackingLink',
  'Affiliate_Report.getStats',
  'Affiliate_Report.getConversions',
  'Advertiser_Report.getStats',
  'Advertiser_Report.getConversions',
];
