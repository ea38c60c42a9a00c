/**
 * The seeded world: countries, categories, advertisers, affiliates and their users, offers with
 * goals, target countries, categories and files, approvals, blocks, conversions and tags. Every
 * value comes from `Prng` streams derived from the seed, so one seed always gives the same store.
 */
import { deflateSync } from 'node:zlib';
import { crc32 } from '../rawlog/crc32.js';
import type { JsonValue, Row } from './json.js';
import { Prng } from './prng.js';
import { formatDateTime, newRow } from './rows.js';
import type { SandboxSchema } from './schema.js';
import { Store } from './store.js';

/** Seeded dates are spread before this instant (the newest raw-log day), never "now". */
const EPOCH = Date.UTC(2024, 4, 5, 12, 0, 0);
const DAY = 86_400_000;

export const COUNTRIES: readonly (readonly [number, string, string])[] = [
  [840, 'US', 'united states'], [826, 'GB', 'united kingdom'], [276, 'DE', 'germany'], [250, 'FR', 'france'], [724, 'ES', 'spain'],
  [380, 'IT', 'italy'], [203, 'CZ', 'czech republic'], [616, 'PL', 'poland'], [528, 'NL', 'netherlands'], [752, 'SE', 'sweden'],
  [643, 'RU', 'russian federation'], [76, 'BR', 'brazil'], [484, 'MX', 'mexico'], [124, 'CA', 'canada'], [36, 'AU', 'australia'],
  [392, 'JP', 'japan'], [356, 'IN', 'india'], [710, 'ZA', 'south africa'], [792, 'TR', 'turkey'], [40, 'AT', 'austria'],
  [756, 'CH', 'switzerland'], [56, 'BE', 'belgium'], [620, 'PT', 'portugal'], [578, 'NO', 'norway'], [208, 'DK', 'denmark'],
];

const CATEGORIES = ['Finance', 'Payday Loan', 'Insurance', 'Gaming', 'Dating', 'E-commerce', 'Travel', 'Health & Beauty', 'Education', 'Crypto'];
const PREFIXES = ['Blue', 'North', 'Bright', 'Swift', 'Prime', 'Green', 'Urban', 'Nova', 'Silver', 'Peak', 'Metro', 'Lumen', 'Atlas', 'Vertex'];
const SUFFIXES = ['Media', 'Loans', 'Labs', 'Commerce', 'Digital', 'Partners', 'Ventures', 'Networks', 'Works', 'Group'];
const PRODUCTS = ['Cashback Card', 'Quick Loan', 'Travel Deals', 'Fitness App', 'VPN Premium', 'Language Course', 'Car Insurance', 'Casino Bonus',
  'Meal Kit', 'Photo Editor', 'Crypto Wallet', 'Smart Home Kit', 'Dating Plus', 'Mortgage Finder', 'Streaming Pass'];
const FIRST = ['Anna', 'Jan', 'Maria', 'Peter', 'Lucia', 'Tomas', 'Eva', 'Martin', 'Sofia', 'David', 'Clara', 'Hugo', 'Ines', 'Oskar'];
const LAST = ['Novak', 'Smith', 'Garcia', 'Muller', 'Rossi', 'Dubois', 'Kowalski', 'Jensen', 'Silva', 'Tanaka', 'Brown', 'Horvat'];
const CITIES = [['Prague', 'PR', 'CZ'], ['Madrid', 'MD', 'ES'], ['Berlin', 'BE', 'DE'], ['London', 'LND', 'GB'], ['New York', 'NY', 'US'], ['Austin', 'TX', 'US'], ['Warsaw', 'MZ', 'PL']] as const;
const TAGS = ['vip', 'high-volume', 'mobile', 'desktop', 'email-allowed', 'no-incent', 'new', 'test', 'fraud-watch', 'seasonal'];
const CURRENCIES = ['USD', 'EUR', 'CZK', 'GBP'];

export interface SeedCounts {
  readonly advertisers: number;
  readonly affiliates: number;
  readonly offers: number;
  readonly conversions: number;
}

export const DEFAULT_COUNTS: SeedCounts = { advertisers: 12, affiliates: 20, offers: 40, conversions: 300 };

function date(rng: Prng, daysBack: number): string {
  return formatDateTime(new Date(EPOCH - rng.int(0, daysBack * 24 * 60) * 60_000));
}

/** A small valid PNG of one colour (the seeded offer thumbnails). */
export function solidPng(width: number, height: number, rgb: readonly [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body, 0), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const line = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) line.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => line));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

class Seeder {
  constructor(
    readonly schema: SandboxSchema,
    readonly store: Store,
    readonly seed: number,
    readonly origin: string,
  ) {}

  rng(label: string): Prng {
    return Prng.derive(this.seed, label);
  }

  /** A complete row (every field, HasOffers' defaults) with `values` on top. */
  add(model: string, values: Record<string, JsonValue>, rng: Prng): Row {
    const info = this.schema.models.get(model);
    const base = info ? newRow(info, new Map(), new Date(EPOCH), () => rng.text(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')) : {};
    return this.store.insert(model, { ...base, ...values });
  }

  company(rng: Prng): string {
    return `${rng.pick(PREFIXES)} ${rng.pick(SUFFIXES)}`;
  }

  address(rng: Prng): Record<string, JsonValue> {
    const [city, region, country] = rng.pick(CITIES);
    return {
      address1: `${rng.int(1, 200)} ${rng.pick(['Main St', 'Long Ave', 'Park Rd', 'Mezibranska'])}`, address2: null, city, region, country,
      zipcode: String(rng.int(10000, 99999)), phone: `+${rng.int(1, 49)}${rng.text(9, '0123456789')}`,
    };
  }

  run(counts: SeedCounts): void {
    const { store } = this;
    for (const [id, code, name] of COUNTRIES) store.insert('Country', { id: String(id), code, name, is_active: '1', paypal_code: code, regions: [] });

    const cats = this.rng('categories');
    CATEGORIES.forEach((name) => this.add('OfferCategory', { name, status: 'active', date_created: date(cats, 900), date_updated: date(cats, 200), offer_count: '0' }, cats));

    const adv = this.rng('advertisers');
    for (let i = 0; i < counts.advertisers; i++) {
      this.add('Advertiser', {
        company: this.company(adv), ...this.address(adv), website: `https://www.example${i + 1}.com`, date_added: date(adv, 900),
        status: adv.pick(['active', 'active', 'active', 'pending', 'blocked']), modified: Math.floor(EPOCH / 1000) - adv.int(0, 90) * 86400,
        account_manager_id: String(adv.int(1, 5)), ref_id: '',
      }, adv);
    }

    const aff = this.rng('affiliates');
    for (let i = 0; i < counts.affiliates; i++) {
      const affiliate = this.add('Affiliate', {
        company: this.company(aff), ...this.address(aff), date_added: date(aff, 900), status: aff.pick(['active', 'active', 'active', 'pending', 'blocked', 'rejected']),
        modified: date(aff, 60), account_manager_id: String(aff.int(1, 5)), payment_method: aff.pick(['wire', 'paypal', 'check']),
      }, aff);
      for (let u = 0; u < aff.int(1, 2); u++) {
        const first = aff.pick(FIRST);
        const last = aff.pick(LAST);
        this.add('AffiliateUser', {
          affiliate_id: affiliate.id as string, email: `${first.toLowerCase()}.${last.toLowerCase()}${i + 1}@example.com`, first_name: first, last_name: last,
          phone: `+${aff.text(11, '0123456789')}`, join_date: date(aff, 800), modified: date(aff, 60), last_login: date(aff, 30), is_creator: u === 0,
          status: aff.pick(['active', 'active', 'blocked']),
        }, aff);
      }
    }
    const advertiserIds = store.all('Advertiser').map((row) => String(row.id));
    const affiliateIds = store.all('Affiliate').map((row) => String(row.id));
    const categoryIds = store.all('OfferCategory').map((row) => String(row.id));
    const codes = COUNTRIES.map(([, code]) => code);

    const off = this.rng('offers');
    for (let i = 0; i < counts.offers; i++) {
      const payoutType = off.pick(['cpa_flat', 'cpa_flat', 'cpa_percentage', 'cpc']);
      const payout = off.int(1, 900);
      const status = off.pick(['active', 'active', 'active', 'active', 'paused', 'pending', 'expired', 'deleted']);
      const hasGoals = off.chance(0.4);
      const offer = this.add('Offer', {
        name: `${off.pick(PRODUCTS)} ${off.pick(['', 'Pro ', 'EU ', 'US ', 'Mobile '])}#${i + 1}`.replace(/\s+/g, ' '),
        advertiser_id: off.pick(advertiserIds), description: `Seeded offer ${i + 1}.`, status, currency: off.pick(CURRENCIES),
        payout_type: payoutType, revenue_type: payoutType, default_payout: payout.toFixed(5), max_payout: (payout * 1.25).toFixed(5),
        percent_payout: payoutType === 'cpa_percentage' ? off.decimal(5, 90, 2) : null, protocol: off.pick(['http', 'server', 'https_img']),
        preview_url: `https://www.example${i + 1}.com`, offer_url: `https://www.example${i + 1}.com/?transaction_id={transaction_id}`,
        expiration_date: formatDateTime(new Date(EPOCH + off.int(-60, 900) * DAY)).slice(0, 10) + ' 23:59:59',
        is_private: off.chance(0.2) ? '1' : '0', require_approval: off.chance(0.3) ? '1' : '0', featured: off.chance(0.1) ? date(off, 30) : null,
        has_goals_enabled: hasGoals ? '1' : '0', default_goal_name: hasGoals ? 'Sale' : null, modified: Math.floor(EPOCH / 1000) - off.int(0, 400) * 86400,
        create_date_utc: date(off, 900), rating: off.chance(0.5) ? String(off.int(1, 5)) : null, session_hours: off.pick(['24', '168', '672']),
        conversion_cap: String(off.pick([0, 0, 50, 100])), ref_id: '', is_expired: status === 'expired' ? '1' : '0',
      }, off);
      const offerId = offer.id as string;
      for (const code of off.sample(codes, off.int(1, 3))) store.insert('_OfferCountry', { id: null, offer_id: offerId, country_code: code });
      for (const categoryId of off.sample(categoryIds, off.int(1, 2))) store.insert('_OfferCategory', { id: null, offer_id: offerId, category_id: categoryId });
      if (hasGoals) {
        for (const name of off.sample(['Lead', 'Sale', 'Install', 'Registration', 'Deposit'], off.int(1, 3))) {
          this.add('Goal', {
            offer_id: offerId, name, status: off.pick(['active', 'active', 'deleted']), advertiser_id: offer.advertiser_id as string,
            default_payout: off.int(1, 50).toFixed(5), max_payout: off.int(50, 80).toFixed(5), protocol: 'server',
            modified: Math.floor(EPOCH / 1000) - off.int(0, 400) * 86400,
          }, off);
        }
      }
      for (let f = 0; f < off.int(0, 3); f++) this.offerFile(off, offerId, f);
      for (const affiliateId of off.sample(affiliateIds, off.int(0, 3))) {
        this.add('AffiliateOffer', { affiliate_id: affiliateId, offer_id: offerId, approval_status: off.pick(['approved', 'approved', 'pending', 'rejected']) }, off);
      }
      if (off.chance(0.15)) store.insert('_OfferBlock', { id: null, offer_id: offerId, affiliate_id: off.pick(affiliateIds) });
    }
    const perCategory = new Map<JsonValue, number>();
    for (const link of store.all('_OfferCategory')) perCategory.set(link.category_id as JsonValue, (perCategory.get(link.category_id as JsonValue) ?? 0) + 1);
    for (const category of store.all('OfferCategory')) category.offer_count = String(perCategory.get(category.id as JsonValue) ?? 0);

    const conv = this.rng('conversions');
    const offers = store.all('Offer');
    const goalsByOffer = new Map<JsonValue, Row[]>();
    for (const goal of store.all('Goal')) goalsByOffer.set(goal.offer_id as JsonValue, [...(goalsByOffer.get(goal.offer_id as JsonValue) ?? []), goal]);
    for (let i = 0; i < counts.conversions; i++) {
      const offer = conv.pick(offers);
      const goals = goalsByOffer.get(offer.id as JsonValue) ?? [];
      const payout = conv.int(1, 400);
      const datetime = date(conv, 60);
      const ip = `${conv.int(1, 223)}.${conv.int(0, 255)}.${conv.int(0, 255)}.${conv.int(1, 254)}`;
      this.add('Conversion', {
        affiliate_id: conv.pick(affiliateIds), offer_id: offer.id as string, advertiser_id: String(offer.advertiser_id), goal_id: goals.length ? String(conv.pick(goals).id) : '0',
        datetime, session_datetime: datetime, payout: payout.toFixed(5), revenue: (payout * 1.3).toFixed(5), sale_amount: (payout * 5).toFixed(5),
        status: conv.pick(['approved', 'approved', 'approved', 'pending', 'rejected']), status_code: '43', ip, session_ip: ip,
        country_code: conv.pick(codes), currency: String(offer.currency ?? 'USD'), ad_id: `10${conv.text(28)}`, internal_ad_id: conv.uuid(),
        source: conv.pick(['NEX', 'FB', 'GGL']), affiliate_info1: conv.pick(['spring', 'summer', '']), refer: 'http://www.example.com',
        user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
        browser_id: String(conv.int(1, 12)), payout_type: String(offer.payout_type), revenue_type: String(offer.revenue_type),
        affiliate_manager_id: String(conv.int(1, 5)), advertiser_manager_id: String(conv.int(1, 5)),
      }, conv);
    }

    const tag = this.rng('tags');
    TAGS.forEach((name) => this.add('Tag', { name }, tag));
    const tagIds = store.all('Tag').map((row) => String(row.id));
    const relation = (field: string, ids: readonly string[], share: number) => {
      for (const id of ids) {
        if (!tag.chance(share)) continue;
        for (const tagId of tag.sample(tagIds, tag.int(1, 2))) store.insert('TagRelation', { id: null, tag_id: tagId, offer_id: null, affiliate_id: null, advertiser_id: null, [field]: id });
      }
    };
    relation('offer_id', offers.map((row) => String(row.id)), 0.5);
    relation('affiliate_id', affiliateIds, 0.4);
    relation('advertiser_id', advertiserIds, 0.4);
  }

  offerFile(rng: Prng, offerId: string, index: number): void {
    const type = index === 0 ? 'offer thumbnail' : rng.pick(['image banner', 'text ad', 'email creative', 'html ad']);
    const id = this.store.peekId('OfferFile');
    const base = `${this.origin}/files/${offerId}/${id}`;
    const created = date(rng, 600);
    if (type === 'text ad' || type === 'html ad') {
      const code = type === 'text ad' ? `https://www.example.com/landing/${offerId}` : `<a href="{tracking_link}">Offer ${offerId}</a>`;
      this.add('OfferFile', { offer_id: offerId, display: `${type} ${id}`, filename: '', size: '0', type, code, flash_vars: '', created, preview_uri: base, status: 'active' }, rng);
      return;
    }
    const [width, height] = type === 'offer thumbnail' ? [100, 100] : rng.pick([[300, 250], [728, 90], [160, 600]] as const);
    const png = solidPng(width, height, [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)]);
    const filename = `${type.replace(/\s+/g, '-')}-${id}.png`;
    // Some creatives are uploaded by affiliates (interface "affiliate", account_id = the affiliate), as in the recorded answers.
    const byAffiliate = type === 'image banner' && rng.chance(0.4);
    const affiliateIds = this.store.all('Affiliate').map((row) => String(row.id));
    this.add('OfferFile', {
      interface: byAffiliate ? 'affiliate' : 'network', account_id: byAffiliate && affiliateIds.length ? rng.pick(affiliateIds) : null,
      offer_id: offerId, display: filename, filename, size: String(png.length), type, width: String(width), height: String(height),
      created, status: rng.chance(0.9) ? 'active' : 'deleted', url: `${base}/${filename}`, preview_uri: `${base}/${filename}`, thumbnail: `${base}/thumbnails_100/${filename}`,
    }, rng);
    this.store.setBlob(id, png);
  }
}

/**
 * Seeds a new store. `origin` only goes into file URLs; it is the placeholder `{origin}` so the
 * data does not depend on the port, and the server rewrites it when it answers.
 */
export function seedStore(schema: SandboxSchema, seed: number, counts: SeedCounts = DEFAULT_COUNTS): Store {
  const store = new Store(seed);
  new Seeder(schema, store, seed, ORIGIN_PLACEHOLDER).run(counts);
  store.revision = 0;
  return store;
}

/** Stored URLs start with this and the server substitutes its own origin, so state survives a new port. */
export const ORIGIN_PLACEHOLDER = 'sandbox://origin';
