/**
 * The sandbox against the real answers recorded in pyoffers' cassettes: for each call type, the
 * recorded request is sent to the sandbox (same parameters, ids swapped for seeded ones) and both
 * answers must have the same shape (keys and value types, see shape.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { parsePairs } from '../../src/sandbox/php-params.js';
import { HAVE_CASSETTES, loadCassette, SKIP_REASON } from '../helpers/cassette.js';
import type { Interaction } from '../helpers/cassette.js';
import { compareShapes } from './shape.js';
import type { ShapeAllowance } from './shape.js';

/**
 * Keys allowed on one side only, and why:
 * - schema fields the 2016-2018 answers do not carry yet (the schema follows the published
 *   reference, which lists newer columns): the sandbox sends every schema field;
 * - columns the recorded answers have and the schema (hence the SDK's models) does not list;
 * - `request.data` of an update is not compared: HasOffers echoes the merged row there, the
 *   sandbox what was sent (`echoesMergedRow`).
 */
const ALLOW: ShapeAllowance = {
  optionalKeys: {
    // The last four are in most recorded Offer answers but not in the Offer that findAllAffiliateApprovals carries.
    Offer: ['is_expired', 'dne_download_url', 'dne_unsubscribe_url', 'dne_third_party_list', 'cookie_hours', 'default_scrub', 'is_country_primary', 'AFFILIATE_NETWORK_Brands_id', 'SHARED_Advertiser_Offers_id', 'SHARED_Affiliate_Offers_id',
      'SHARED_Offers_id', 'shared_offers_modified', 'shared_offer_approval_status', 'shared_offer_status', '_NETWORK_offer_id', '_NETWORK_dne_list_id',
      'parent_offers_modified', 'session_cookieless_minutes'],
    Affiliate: ['fraud_profile_score'],
    Conversion: ['is_scrubed'],
    Country: ['is_active', 'paypal_code', 'code3c'],
  },
};

interface CallType {
  readonly name: string;
  readonly cassette: string;
  readonly index: number;
  /** Parameters to change (null removes one); ids point at seeded rows. */
  readonly params?: (ids: SeededIds) => Record<string, string | null>;
  /** Another sandbox setup (rate limit) or credentials. */
  readonly special?: 'rate-limit' | 'bad-network-id' | 'upload';
  /** Recorded request echo parts that are not comparable (edited by hand in the cassette). */
  readonly skipRequest?: boolean;
  /** An update: HasOffers echoes the merged row as request.data. */
  readonly echoesMergedRow?: boolean;
  /** Differences accepted for this call, by path, each with its reason in a comment. */
  readonly accept?: readonly string[];
}

interface SeededIds {
  offer: string;
  offerWithCountries: string;
  offerWithFiles: string;
  textAdFile: string;
  advertiser: string;
  affiliate: string;
  affiliateWithUsers: string;
  conversion: string;
  goal: string;
  category: string;
  freshPair: string;
  fileAccount: string;
}

const CALLS: readonly CallType[] = [
  { name: 'invalid NetworkId', cassette: 'default', index: 0, special: 'bad-network-id' },
  { name: 'Advertiser.findAllIds', cassette: 'default', index: 1 },
  { name: 'Offer.create', cassette: 'default', index: 2 },
  { name: 'Advertiser.create', cassette: 'default', index: 3 },
  { name: 'Conversion.create', cassette: 'default', index: 4 },
  { name: 'Advertiser.findById', cassette: 'advertiser', index: 1, params: (ids) => ({ id: ids.advertiser }) },
  { name: 'Advertiser.findById unknown → null', cassette: 'advertiser', index: 2 },
  { name: 'Advertiser.update', cassette: 'advertiser', index: 3, params: (ids) => ({ id: ids.advertiser }), echoesMergedRow: true },
  { name: 'Advertiser.update invalid integer', cassette: 'advertiser', index: 4, params: (ids) => ({ id: ids.advertiser }), echoesMergedRow: true },
  { name: 'Advertiser.block', cassette: 'advertiser', index: 5, params: (ids) => ({ id: ids.advertiser }) },
  { name: 'Advertiser.findAll limit', cassette: 'advertiser', index: 6 },
  { name: 'Affiliate.create', cassette: 'affiliate', index: 0 },
  { name: 'AffiliateUser.create', cassette: 'affiliate', index: 1, params: (ids) => ({ 'data[affiliate_id]': ids.affiliate }) },
  { name: 'AffiliateUser.findAll filters', cassette: 'affiliate', index: 2, params: (ids) => ({ 'filters[affiliate_id]': ids.affiliateWithUsers }) },
  { name: 'AffiliateUser.findAll empty → []', cassette: 'affiliate', index: 4, params: () => ({ 'filters[affiliate_id]': '99999' }) },
  { name: 'Affiliate.findById', cassette: 'affiliate', index: 6, params: (ids) => ({ id: ids.affiliate }) },
  { name: 'Affiliate.findById unknown → null', cassette: 'affiliate', index: 7, params: () => ({ id: '99999' }) },
  { name: 'Affiliate.findAll limit', cassette: 'affiliate', index: 8 },
  { name: 'Affiliate.update', cassette: 'affiliate', index: 9, params: (ids) => ({ id: ids.affiliate }) },
  { name: 'Affiliate.update enum error', cassette: 'affiliate', index: 10, params: (ids) => ({ id: ids.affiliate }) },
  { name: 'Affiliate.block', cassette: 'affiliate', index: 11, params: (ids) => ({ id: ids.affiliate }) },
  { name: 'OfferFile.findAll (always paginated)', cassette: 'affiliate', index: 14, params: (ids) => ({ 'filters[account_id]': ids.fileAccount }) },
  { name: 'Offer.getOfferFilesWithCreativeCode', cassette: 'affiliate', index: 15, params: (ids) => ({ affiliate_id: ids.affiliate, offer_id: ids.offerWithFiles }) },
  { name: 'Conversion.findById', cassette: 'conversion', index: 1, params: (ids) => ({ id: ids.conversion }) },
  { name: 'Conversion.findAll limit', cassette: 'conversion', index: 3, skipRequest: true },
  { name: 'Conversion.update', cassette: 'conversion', index: 4, params: (ids) => ({ id: ids.conversion }), echoesMergedRow: true },
  { name: 'Conversion.findAll empty page', cassette: 'conversion', index: 5 },
  { name: 'Conversion.findAll filters', cassette: 'conversion', index: 6, params: (ids) => ({ 'filters[offer_id]': ids.offer }), skipRequest: true },
  { name: 'Conversion.findAll fields', cassette: 'conversion', index: 9, params: (ids) => ({ 'filters[offer_id]': ids.offer }) },
  { name: 'rate limit', cassette: 'conversion', index: 10, special: 'rate-limit', skipRequest: true },
  { name: 'Goal.create', cassette: 'goal', index: 1, params: (ids) => ({ 'data[offer_id]': ids.offer }) },
  { name: 'Goal.findById', cassette: 'goal', index: 2, params: (ids) => ({ id: ids.goal }) },
  { name: 'Goal.update', cassette: 'goal', index: 4, params: (ids) => ({ id: ids.goal }), echoesMergedRow: true },
  { name: 'Goal.findAll limit', cassette: 'goal', index: 5 },
  { name: 'Offer.findById', cassette: 'offer', index: 1, params: (ids) => ({ id: ids.offer }) },
  { name: 'Offer.update', cassette: 'offer', index: 3, params: (ids) => ({ id: ids.offer }), echoesMergedRow: true },
  { name: 'Offer.addTargetCountry', cassette: 'offer', index: 4, params: (ids) => ({ id: ids.offer }) },
  { name: 'Offer.addCategory', cassette: 'offer', index: 5, params: (ids) => ({ id: ids.offer, category_id: ids.category }) },
  { name: 'Offer.getCategories', cassette: 'offer', index: 7, params: (ids) => ({ id: ids.offer }) },
  { name: 'Application.updateOfferCategory', cassette: 'offer', index: 8, params: (ids) => ({ id: ids.category }) },
  { name: 'Offer.addCategory negative id', cassette: 'offer', index: 9, params: (ids) => ({ id: ids.offer }) },
  { name: 'Offer.findAll limit', cassette: 'offer', index: 10 },
  { name: 'Offer.getTargetCountries', cassette: 'offer', index: 11, params: (ids) => ({ id: ids.offerWithCountries }) },
  { name: 'Offer.findAll contain Country', cassette: 'offer', index: 14, params: (ids) => ({ 'filters[id]': ids.offerWithCountries }) },
  { name: 'Offer.findById contain Country', cassette: 'offer', index: 15, params: (ids) => ({ id: ids.offerWithCountries }) },
  { name: 'Offer.findAllIds', cassette: 'offer', index: 17 },
  { name: 'Offer.blockAffiliate', cassette: 'offer', index: 19, params: (ids) => ({ id: ids.offer, affiliate_id: ids.affiliate }) },
  { name: 'Offer.blockAffiliate unknown affiliate', cassette: 'offer', index: 20, params: (ids) => ({ id: ids.offer, affiliate_id: '99999' }) },
  { name: 'Offer.findById contain Advertiser', cassette: 'offer', index: 22, params: (ids) => ({ id: ids.offer }) },
  { name: 'Offer.setAffiliateApproval (new → row)', cassette: 'offer', index: 27, params: (ids) => ({ id: ids.freshPair, affiliate_id: ids.affiliate }) },
  { name: 'Offer.setAffiliateApproval (again → true)', cassette: 'offer', index: 28, params: (ids) => ({ id: ids.freshPair, affiliate_id: ids.affiliate }) },
  { name: 'Offer.getAffiliateApprovalStatus', cassette: 'offer', index: 31, params: (ids) => ({ id: ids.freshPair, affiliate_id: ids.affiliate }) },
  { name: 'Offer.getBlockedAffiliateIds', cassette: 'offer', index: 33, params: (ids) => ({ id: ids.offer }) },
  { name: 'Offer.unblockAffiliate', cassette: 'offer', index: 39, params: (ids) => ({ id: ids.offer, affiliate_id: ids.affiliate }) },
  { name: 'Offer.generateTrackingLink tiny', cassette: 'offer', index: 40, params: (ids) => ({ offer_id: ids.offer, affiliate_id: ids.affiliate }) },
  { name: 'Offer.generateTrackingLink', cassette: 'offer', index: 41, params: (ids) => ({ offer_id: ids.offer, affiliate_id: ids.affiliate }) },
  // The Offer inside approvals is typed differently from every other recorded Offer (modified as a
  // datetime string, require_terms_and_conditions as a string); the sandbox sends one Offer shape.
  {
    name: 'Offer.findAllAffiliateApprovals', cassette: 'offer', index: 42, params: (ids) => ({ 'filters[offer_id]': ids.freshPair }),
    accept: ['$.response.data[*].Offer.modified:', '$.response.data[*].Offer.require_terms_and_conditions:'],
  },
  { name: 'OfferFile.create (multipart upload)', cassette: 'offer_file', index: 0, params: (ids) => ({ 'data[offer_id]': ids.offer }), special: 'upload' },
  { name: 'OfferFile.findById', cassette: 'offer_file', index: 1, params: (ids) => ({ id: ids.textAdFile }) },
  { name: 'OfferFile.findById unknown → null', cassette: 'offer_file', index: 2, params: () => ({ id: '99999' }) },
  { name: 'OfferFile.findAll limit', cassette: 'offer_file', index: 3 },
  { name: 'OfferFile.update', cassette: 'offer_file', index: 4, params: (ids) => ({ id: ids.textAdFile }) },
  { name: 'OfferFile.update enum error', cassette: 'offer_file', index: 5, params: (ids) => ({ id: ids.textAdFile }) },
  { name: 'OfferFile.findById contain CreativeCode', cassette: 'offer_file', index: 10, params: (ids) => ({ id: ids.textAdFile }) },
  { name: 'RawLog.listDateDirs', cassette: 'raw_log', index: 0 },
  { name: 'RawLog.listLogs', cassette: 'raw_log', index: 1, params: () => ({ date_dir: '20240505' }) },
  { name: 'RawLog.getDownloadLink', cassette: 'raw_log', index: 10, params: () => ({ log_filename: '__first_click_log__' }) },
];

function recordedPairs(interaction: Interaction): [string, string][] {
  return parsePairs(interaction.rawPairs.join('&'));
}

describe.skipIf(!HAVE_CASSETTES)(`sandbox answers have the recorded shapes${HAVE_CASSETTES ? '' : ` (${SKIP_REASON})`}`, () => {
  let sandbox: SandboxHandle;
  let limited: SandboxHandle;
  let ids: SeededIds;
  let firstClickLog = '';

  beforeAll(async () => {
    [sandbox, limited] = await Promise.all([startSandbox({ seed: 1 }), startSandbox({ seed: 1, rateLimit: { calls: 1, windowMs: 60_000 } })]);
    const store = sandbox.store;
    const links = store.all('_OfferCountry');
    const files = store.all('OfferFile').filter((file) => file.status === 'active');
    const textAd = files.find((file) => file.type === 'text ad')!;
    const approved = new Set(store.all('AffiliateOffer').map((row) => `${String(row.offer_id)}/${String(row.affiliate_id)}`));
    const offer = String(store.all('Offer')[0]!.id);
    const affiliate = String(store.all('Affiliate')[0]!.id);
    ids = {
      offer,
      offerWithCountries: String(links[0]!.offer_id),
      offerWithFiles: String(textAd.offer_id),
      textAdFile: String(textAd.id),
      advertiser: String(store.all('Advertiser')[0]!.id),
      affiliate,
      affiliateWithUsers: String(store.all('AffiliateUser')[0]!.affiliate_id),
      conversion: String(store.all('Conversion')[0]!.id),
      goal: String(store.all('Goal')[0]!.id),
      category: String(store.all('OfferCategory')[0]!.id),
      fileAccount: String(store.all('OfferFile').find((file) => file.account_id !== null)!.account_id),
      freshPair: String(store.all('Offer').find((row) => !approved.has(`${String(row.id)}/${affiliate}`))!.id),
    };
    const logs = (await (await fetch(`${sandbox.url}?NetworkToken=sandbox-token&NetworkId=sandbox&Target=RawLog&Method=listLogs&log_type=clicks&date_dir=20240505`)).json()) as { response: { data: { logFiles: { filename: string }[] } } };
    firstClickLog = logs.response.data.logFiles[0]!.filename;
  });
  afterAll(async () => {
    await Promise.all([sandbox.close(), limited.close()]);
  });

  async function ask(call: CallType, interaction: Interaction): Promise<unknown> {
    const changes = call.params?.(ids) ?? {};
    const target = call.special === 'rate-limit' ? limited : sandbox;
    const pairs = recordedPairs(interaction)
      .filter(([key]) => changes[key] !== null)
      .map(([key, value]): [string, string] => {
        if (key === 'NetworkToken') return [key, 'sandbox-token'];
        if (key === 'NetworkId') return [key, call.special === 'bad-network-id' ? 'not-this-network' : 'sandbox'];
        const changed = changes[key];
        return [key, changed === undefined || changed === null ? value : changed === '__first_click_log__' ? firstClickLog : changed];
      });
    for (const [key, value] of Object.entries(changes)) if (value !== null && !pairs.some(([k]) => k === key)) pairs.push([key, value]);
    const query = new URLSearchParams(pairs).toString();
    if (call.special === 'upload') {
      const form = new FormData();
      form.append('test-thumbnail.jpg', new Blob([Buffer.from(interaction.requestBody)]), 'test-thumbnail.jpg');
      return (await fetch(`${target.url}?${query}`, { method: 'POST', body: form })).json();
    }
    if (call.special === 'rate-limit') await fetch(`${target.url}?${query}`);
    return (await fetch(`${target.url}?${query}`)).json();
  }

  it.each(CALLS.map((call) => [call.name, call] as const))('%s', async (_name, call) => {
    const interaction = loadCassette(call.cassette)[call.index]!;
    const recorded = JSON.parse(interaction.text) as { request?: unknown; response: unknown };
    const actual = (await ask(call, interaction)) as { request?: Record<string, unknown>; response: unknown };
    if (call.echoesMergedRow) {
      delete (recorded.request as Record<string, unknown>).data;
      delete actual.request?.data;
    }
    const differences = [
      ...compareShapes(recorded.response, actual.response, ALLOW, '$.response'),
      ...(recorded.request && !call.skipRequest ? compareShapes(recorded.request, actual.request, ALLOW, '$.request', 'request') : []),
    ];
    const unexpected = differences.filter((difference) => !call.accept?.some((prefix) => difference.startsWith(prefix)));
    expect(unexpected.join('\n')).toBe('');
    // Same success/failure as recorded, and the same error texts apart from ids.
    const status = (value: { response: unknown }) => (value.response as { status?: number }).status;
    expect(status(actual)).toBe(status(recorded));
  });
});
