/**
 * The answers the call benchmark serves: an `Offer.findAll` page of `rows` offers keyed by id (in
 * descending id order, so a plain JSON.parse would reorder them), each row shaped like a recorded
 * HasOffers offer (about 60 fields, ~1.9 KB), written the way PHP's json_encode writes (`\/`, and
 * non-ASCII as `\uXXXX`, so the text is ASCII as HasOffers' is).
 */
const FIELDS: Record<string, string | number | null> = {
  display_advertiser: '0',
  advertiser_id: null,
  description: 'Promote our spring catalogue: free shipping over 50 EUR, 30-day returns, ships to 28 countries.',
  require_approval: '0',
  require_terms_and_conditions: 0,
  terms_and_conditions: null,
  preview_url: 'http://www.example.com/landing/spring?utm_source=network&utm_medium=affiliate',
  offer_url: 'http://www.example.com/click?aff_id={affiliate_id}&tid={transaction_id}&sub={aff_sub}',
  currency: 'EUR',
  default_payout: '900.00000',
  max_payout: '1000.00000',
  protocol: 'http',
  status: 'active',
  expiration_date: '2030-02-18 22:59:59',
  is_private: '0',
  payout_type: 'cpa_flat',
  tiered_payout: '0',
  tiered_revenue: '0',
  percent_payout: '90.00',
  revenue_type: 'cpa_flat',
  max_percent_payout: '100.00',
  redirect_offer_id: null,
  converted_offer_type: '',
  converted_offer_id: null,
  converted_offer_url: null,
  conversion_ratio_threshold: null,
  featured: null,
  is_subscription: '0',
  subscription_duration: null,
  subscription_frequency: null,
  customer_list_id: null,
  ref_id: '',
  rating: null,
  disable_click_macro: '0',
  click_macro_url: null,
  conversion_cap: '0',
  monthly_conversion_cap: '0',
  payout_cap: '0.00',
  monthly_payout_cap: '0.00',
  revenue_cap: '0.00',
  monthly_revenue_cap: '0.00',
  target_browsers: '0',
  approve_conversions: null,
  allow_multiple_conversions: '0',
  allow_website_links: '0',
  allow_direct_links: '0',
  show_custom_variables: '0',
  session_hours: '24',
  session_impression_hours: null,
  show_mail_list: '0',
  dne_list_id: '0',
  email_instructions: '0',
  email_instructions_from: '',
  email_instructions_subject: '',
  enforce_secure_tracking_link: '1',
  has_goals_enabled: '0',
  default_goal_name: '',
  use_target_rules: '0',
  is_expired: '0',
  modified: '2024-03-01 10:21:44',
  create_date: '2019-11-02 08:00:00',
  note: 'internal: reviewed by compliance 2024-02',
};

/** The JSON text of a page of `rows` offers, ids descending from 100 000. */
export function offerPage(rows: number): string {
  const data: string[] = [];
  for (let i = 0; i < rows; i++) {
    const id = String(100_000 - i * 7);
    const offer = { id, ...FIELDS, name: `Offer ${id} – spring catalogue` };
    data.push(`${JSON.stringify(id)}:${JSON.stringify({ Offer: offer })}`);
  }
  const request = { Target: 'Offer', Format: 'json', Service: 'HasOffers', Version: '2', Method: 'findAll', limit: String(rows), NetworkId: 'bench' };
  const text = `{"request":${JSON.stringify(request)},"response":{"status":1,"httpStatus":200,"data":{"page":1,"current":${rows},"count":${rows},"pageCount":1,"data":{${data.join(',')}}},"errors":[],"errorMessage":null}}`;
  return text.replace(/\//g, '\\/').replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
