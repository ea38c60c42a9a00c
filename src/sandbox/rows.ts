/**
 * Building and checking rows: the defaults HasOffers fills in on create (read off the recorded
 * answers in the pyoffers cassettes), and the validation behind its error answers (blank required
 * fields, integers that are not, enum values out of range).
 */
import type { JsonValue, Row } from './json.js';
import type { ModelInfo } from './schema.js';
import { ApiFailure } from './errors.js';
import type { ErrorDetail } from './errors.js';

/** "YYYY-MM-DD HH:MM:SS" in UTC: HasOffers' datetime format. */
export function formatDateTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

const ZERO_DATE = '0000-00-00 00:00:00';
/** HasOffers sends `modified` of some models as a Unix time (a JSON number), -62169966000 before the first edit. */
const NEVER_MODIFIED = -62169966000;

type DefaultValue = JsonValue | ((now: Date, random: () => string) => JsonValue);

/**
 * Server-side values of a new row, per model, as the recorded create answers show them. Keys that
 * are not schema fields (`is_creator`, `access`) are ones HasOffers returns without documenting.
 */
const CREATE_DEFAULTS: Record<string, Record<string, DefaultValue>> = {
  Offer: {
    display_advertiser: '0', require_approval: '0', require_terms_and_conditions: 0, default_payout: '0.00000', max_payout: '0.00000',
    protocol: 'http', status: 'pending', is_private: '0', payout_type: 'cpa_flat', tiered_payout: '0', tiered_revenue: '0',
    revenue_type: 'cpa_flat', converted_offer_type: '', is_subscription: '0', disable_click_macro: '0', conversion_cap: '0',
    monthly_conversion_cap: '0', payout_cap: '0.00', monthly_payout_cap: '0.00', revenue_cap: '0.00', monthly_revenue_cap: '0.00',
    target_browsers: '0', allow_multiple_conversions: '0', allow_website_links: '0', allow_direct_links: '0', show_custom_variables: '0',
    session_hours: '24', session_impression_hours: '24', set_session_on_impression: '0', is_seo_friendly_301: '0', show_mail_list: '0',
    email_instructions: '0', enforce_geo_targeting: '0', enforce_secure_tracking_link: '0', has_goals_enabled: '0',
    enforce_encrypt_tracking_pixels: '0', modified: NEVER_MODIFIED, enable_offer_whitelist: '0', note: '', use_target_rules: '0',
    use_payout_groups: '0', use_revenue_groups: '0', website_links_copy_static_params: '0', create_date_utc: (now) => formatDateTime(now),
    lifetime_revenue_cap: '0.00', lifetime_conversion_cap: '0.00', lifetime_payout_cap: '0.00', is_expired: '0', dne_third_party_list: false,
  },
  Advertiser: {
    date_added: (now) => formatDateTime(now), status: 'pending', wants_alerts: '1', modified: NEVER_MODIFIED, _NETWORK_brand_active: '1', expose_subs: '0',
  },
  Affiliate: {
    date_added: (now) => formatDateTime(now), status: 'pending', wants_alerts: '1', payment_method: 'wire', payment_terms: 'net 7',
    w9_filed: '0', scrub_offer_pixels: '1', modified: ZERO_DATE,
  },
  AffiliateUser: {
    user_id: null, join_date: (now) => formatDateTime(now), permissions: '16777246', status: 'active', wants_alerts: '1',
    modified: (now) => formatDateTime(now), SHARED_Users2_id: null, salt: (_now, random) => random(), AFFILIATE_NETWORK_Brands_id: null,
    _NETWORK_employees_id: null, is_creator: true,
    access: ['Affiliate', 'Affiliate.stats', 'Affiliate.offer_management', 'Affiliate.user_management', 'Affiliate.account_management', 'Affiliate.API'],
  },
  Goal: {
    status: 'active', is_private: '0', payout_type: 'cpa_flat', default_payout: '0.00000', revenue_type: 'cpa_flat', max_payout: '0.00000',
    tiered_payout: '0', tiered_revenue: '0', use_payout_groups: '0', use_revenue_groups: '0', display_advertiser: '0', protocol: 'http',
    allow_multiple_conversions: '0', approve_conversions: '0', enforce_encrypt_tracking_pixels: '0', is_end_point: '0', modified: NEVER_MODIFIED,
  },
  Conversion: {
    ad_id: '', internal_ad_id: (_now, random) => random().slice(0, 36), advertiser_manager_id: '0', advertiser_id: '0', affiliate_manager_id: '0',
    goal_id: '0', creative_url_id: '0', customer_id: '0', datetime: (now) => formatDateTime(now), status: 'pending', country_code: 'INT',
    browser_id: '0', is_adjustment: '0', ad_campaign_id: '0', ad_campaign_creative_id: '0', offer_file_id: '0', payout_type: 'cpa_flat',
    revenue_type: 'cpa_flat', currency: 'USD',
  },
  OfferFile: {
    size: '0', status: 'active', interface: 'network', is_private: '0', created: (now) => formatDateTime(now), modified: ZERO_DATE,
  },
  OfferCategory: { status: 'active', date_created: (now) => formatDateTime(now), date_updated: (now) => formatDateTime(now), offer_count: '0' },
};

/** Fields HasOffers takes on write but never sends back. */
const WRITE_ONLY = new Set(['password', 'password_confirmation']);

/** Money fields HasOffers stores with five decimals ("1" → "1.00000"). */
const FIVE_DECIMALS = new Set(['payout', 'revenue', 'default_payout', 'max_payout', 'sale_amount']);

/** "offer file" from "OfferFile", for "Could not create offer file.". */
export function modelLabel(model: string): string {
  return model.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function fieldLabel(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}

function isBlank(value: JsonValue | undefined): boolean {
  return value === undefined || value === null || value === '';
}

/** Normalises given values the way HasOffers echoes them back. */
function normalise(field: string, value: string): JsonValue {
  if (FIVE_DECIMALS.has(field) && value !== '' && Number.isFinite(Number(value))) return Number(value).toFixed(5);
  return value;
}

/** A full new row for `model`: type-based nulls, then HasOffers' defaults, then the given data. */
export function newRow(info: ModelInfo, data: ReadonlyMap<string, string>, now: Date, random: () => string): Row {
  const row: Row = {};
  for (const field of info.fields) row[field] = null;
  for (const [field, value] of Object.entries(CREATE_DEFAULTS[info.name] ?? {})) row[field] = typeof value === 'function' ? value(now, random) : value;
  for (const [field, value] of data) if (info.fieldSet.has(field) && field !== 'id' && !WRITE_ONLY.has(field)) row[field] = normalise(field, value);
  return row;
}

/** Changes to apply on update (known, writable fields only). */
export function changesOf(info: ModelInfo, data: ReadonlyMap<string, string>, now: Date): Row {
  const changes: Row = {};
  for (const [field, value] of data) if (info.fieldSet.has(field) && field !== 'id' && !WRITE_ONLY.has(field)) changes[field] = normalise(field, value);
  if (info.fieldSet.has('modified')) {
    const current = CREATE_DEFAULTS[info.name]?.modified;
    changes.modified = typeof current === 'number' ? Math.floor(now.getTime() / 1000) : formatDateTime(now);
  }
  return changes;
}

/**
 * The errors HasOffers answers for bad data: err_code 1 for a blank required field, 3 for a value
 * of the wrong type or outside an enum. `merged` is the row as it would be stored.
 */
export function validate(info: ModelInfo, data: ReadonlyMap<string, string>, merged: Row | undefined, action: 'create' | 'update'): void {
  const problems: ErrorDetail[] = [];
  const publicMessage = `Could not ${action} ${modelLabel(info.name)}.`;
  if (merged) {
    for (const field of info.required) {
      // Write-only fields (password) are never stored, so only a create can check them.
      const blank = WRITE_ONLY.has(field) ? action === 'create' && isBlank(data.get(field)) : isBlank(merged[field]);
      if (blank) {
        problems.push({ err_code: 1, err_msg: `${fieldLabel(field)} cannot be blank.`, attribute_name: field, publicMessage });
      }
    }
  }
  for (const [field, value] of data) {
    const check = info.checks.get(field);
    if (!check || value === '') continue;
    if (check === 'integer' ? !/^-?\d+$/.test(value) : check === 'decimal' ? !Number.isFinite(Number(value)) : false) {
      problems.push({ err_code: 3, err_msg: `${fieldLabel(field)} is not valid.`, attribute_name: field, publicMessage });
    } else if (Array.isArray(check) && !check.includes(value)) {
      problems.push({ err_code: 3, err_msg: `${fieldLabel(field)} must be one of: ${check.join(', ')}`, attribute_name: field, publicMessage });
    }
  }
  if (problems.length) throw new ApiFailure(problems, publicMessage);
}

/** A row as sent: write-only fields dropped, `fields[]` applied. */
export function present(row: Row, fields?: readonly string[]): Row {
  const out: Row = {};
  if (fields && fields.length) {
    // Own fields only: `fields[]=constructor` must not reach Object.prototype.
    for (const field of fields) if (Object.hasOwn(row, field)) out[field] = row[field] as JsonValue;
    return out;
  }
  for (const [key, value] of Object.entries(row)) if (!WRITE_ONLY.has(key)) out[key] = value;
  return out;
}
