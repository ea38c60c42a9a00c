/**
 * Column names of HasOffers raw logs and which of them `coerce` turns into numbers or Dates.
 *
 * Click columns are exactly the header of the click log recorded in pyoffers' raw_log cassette
 * (57 columns). Conversion and impression columns are the ones HasOffers documents for those logs
 * as far as we know them; the CSV header of each file is always what keys a record, so a column
 * HasOffers adds later still comes through (as a string), and a listed column it drops is simply
 * absent.
 */

export const CLICK_COLUMNS = [
  'transaction_id', 'affiliate_id', 'affiliate_manager_id', 'advertiser_id', 'advertiser_manager_id', 'offer_id',
  'creative_url_id', 'affiliate_source', 'affiliate_sub1', 'affiliate_sub2', 'affiliate_sub3', 'affiliate_sub4',
  'affiliate_sub5', 'datetime', 'revenue_cents', 'payout_cents', 'refer', 'url', 'pixel_refer', 'ip', 'user_agent',
  'country_code', 'browser_id', 'is_click_unique', 'ad_campaign_id', 'ad_campaign_creative_id', 'offer_file_id',
  'status', 'offer_file_size', 'currency', 'payout_type', 'revenue_type', 'device_brand', 'device_model', 'device_os',
  'device_os_version', 'device_id', 'device_id_md5', 'device_id_sha1', 'android_id', 'android_id_md5',
  'android_id_sha1', 'mac_address', 'mac_address_md5', 'mac_address_sha1', 'odin', 'open_udid', 'ios_ifa',
  'ios_ifa_md5', 'ios_ifa_sha1', 'ios_ifv', 'user_id', 'unknown_id', 'payout_group_id', 'revenue_group_id',
  'req_connection_speed', 'google_aid',
] as const;

export const CONVERSION_COLUMNS = [
  'id', 'transaction_id', 'affiliate_id', 'affiliate_manager_id', 'advertiser_id', 'advertiser_manager_id',
  'offer_id', 'goal_id', 'creative_url_id', 'affiliate_source', 'affiliate_sub1', 'affiliate_sub2', 'affiliate_sub3',
  'affiliate_sub4', 'affiliate_sub5', 'advertiser_info', 'advertiser_sub1', 'advertiser_sub2', 'advertiser_sub3',
  'advertiser_sub4', 'advertiser_sub5', 'datetime', 'session_datetime', 'revenue_cents', 'payout_cents',
  'sale_amount_cents', 'refer', 'pixel_refer', 'ip', 'session_ip', 'user_agent', 'country_code', 'browser_id',
  'is_adjustment', 'ad_campaign_id', 'ad_campaign_creative_id', 'offer_file_id', 'status', 'status_code', 'currency',
  'payout_type', 'revenue_type', 'device_brand', 'device_model', 'device_os', 'device_os_version', 'device_id',
  'device_id_md5', 'device_id_sha1', 'android_id', 'android_id_md5', 'android_id_sha1', 'mac_address',
  'mac_address_md5', 'mac_address_sha1', 'odin', 'open_udid', 'ios_ifa', 'ios_ifa_md5', 'ios_ifa_sha1', 'ios_ifv',
  'user_id', 'unknown_id', 'payout_group_id', 'revenue_group_id', 'req_connection_speed', 'google_aid',
] as const;

export const IMPRESSION_COLUMNS = [
  'transaction_id', 'affiliate_id', 'affiliate_manager_id', 'advertiser_id', 'advertiser_manager_id', 'offer_id',
  'affiliate_source', 'affiliate_sub1', 'affiliate_sub2', 'affiliate_sub3', 'affiliate_sub4', 'affiliate_sub5',
  'datetime', 'refer', 'pixel_refer', 'ip', 'user_agent', 'country_code', 'browser_id', 'is_impression_unique',
  'ad_campaign_id', 'ad_campaign_creative_id', 'offer_file_id', 'offer_file_size', 'device_brand', 'device_model',
  'device_os', 'device_os_version', 'device_id', 'device_id_md5', 'device_id_sha1', 'android_id', 'android_id_md5',
  'android_id_sha1', 'mac_address', 'mac_address_md5', 'mac_address_sha1', 'odin', 'open_udid', 'ios_ifa',
  'ios_ifa_md5', 'ios_ifa_sha1', 'ios_ifv', 'user_id', 'unknown_id', 'req_connection_speed', 'google_aid',
] as const;

/**
 * Integer columns. Identifier-looking columns that hold hashes or device ids (`transaction_id`,
 * `device_id`, `user_id`, `unknown_id`, …) are deliberately absent: they are not numbers.
 */
export const NUMERIC_COLUMNS = [
  'id', 'affiliate_id', 'affiliate_manager_id', 'advertiser_id', 'advertiser_manager_id', 'offer_id', 'goal_id',
  'creative_url_id', 'revenue_cents', 'payout_cents', 'sale_amount_cents', 'browser_id', 'is_click_unique',
  'is_impression_unique', 'is_adjustment', 'ad_campaign_id', 'ad_campaign_creative_id', 'offer_file_id',
  'offer_file_size', 'payout_group_id', 'revenue_group_id', 'status_code',
] as const;

export const DATETIME_COLUMNS = ['datetime', 'session_datetime'] as const;

export type ClickColumn = (typeof CLICK_COLUMNS)[number];
export type ConversionColumn = (typeof CONVERSION_COLUMNS)[number];
export type ImpressionColumn = (typeof IMPRESSION_COLUMNS)[number];
export type NumericColumn = (typeof NUMERIC_COLUMNS)[number];
export type DatetimeColumn = (typeof DATETIME_COLUMNS)[number];
