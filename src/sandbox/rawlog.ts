/**
 * RawLog: day directories of hourly zip files of click/conversion/impression CSVs, listed and
 * linked like HasOffers does and built on demand with fflate, deterministically from the seed.
 */
import { zipSync } from 'fflate';
import { CLICK_COLUMNS, CONVERSION_COLUMNS, IMPRESSION_COLUMNS } from '../rawlog/columns.js';
import { ApiFailure } from './errors.js';
import type { JsonValue, Row } from './json.js';
import { scalar } from './php-params.js';
import type { PhpArray } from './php-params.js';
import { Prng } from './prng.js';
import type { SandboxSchema } from './schema.js';
import { seedStore } from './seed.js';

export const LOG_TYPES = ['clicks', 'conversions', 'impressions'] as const;
export type SandboxLogType = (typeof LOG_TYPES)[number];

const COLUMNS: Record<SandboxLogType, readonly string[]> = {
  clicks: CLICK_COLUMNS,
  conversions: CONVERSION_COLUMNS,
  impressions: IMPRESSION_COLUMNS,
};

/** The newest log day and how many days back the sandbox keeps. */
const LAST_DAY = Date.UTC(2024, 4, 5);
const DAYS = 5;
const HOUR = 3600;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dirName(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
}

function dayLabel(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

function hourLabel(date: Date): string {
  const hour = date.getUTCHours();
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${dayLabel(date)} - ${String(twelve).padStart(2, '0')}:00 ${hour < 12 ? 'am' : 'pm'}`;
}

function logType(params: PhpArray): SandboxLogType {
  const value = params.get('log_type');
  if (typeof value !== 'string' || !(LOG_TYPES as readonly string[]).includes(value)) {
    throw ApiFailure.message(`Invalid log_type "${typeof value === 'string' ? value : ''}"; use one of ${LOG_TYPES.join(', ')}.`);
  }
  return value as SandboxLogType;
}

export interface LogFileInfo {
  readonly displayName: string;
  readonly startTimestamp: string;
  readonly filename: string;
}

export function dateDirs(): { displayName: string; dirName: string }[] {
  return Array.from({ length: DAYS }, (_, index) => {
    const ms = LAST_DAY - index * 86_400_000;
    return { displayName: dayLabel(new Date(ms)), dirName: dirName(ms) };
  });
}

/** The hourly files of one day, newest first; names carry a random-looking suffix like HasOffers'. */
export function logFiles(seed: number, type: SandboxLogType, dir: string): LogFileInfo[] {
  const day = dateDirs().find((item) => item.dirName === dir);
  if (!day) return [];
  const start = Date.UTC(Number(dir.slice(0, 4)), Number(dir.slice(4, 6)) - 1, Number(dir.slice(6, 8))) / 1000;
  const out: LogFileInfo[] = [];
  for (let hour = 23; hour >= 0; hour--) {
    const ts = start + hour * HOUR;
    const suffix = Prng.derive(seed, `${type}/${ts}`).text(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_');
    out.push({ displayName: hourLabel(new Date(ts * 1000)), startTimestamp: String(ts), filename: `${dir}/${type}-${ts}-${suffix}.zip` });
  }
  return out;
}

export function findLogFile(seed: number, type: SandboxLogType, filename: string): LogFileInfo | undefined {
  return logFiles(seed, type, filename.slice(0, 8)).find((file) => file.filename === filename);
}

/** Columns written without quotes, as in the recorded click log (numbers); everything else is quoted. */
const BARE = new Set(['id', 'affiliate_id', 'affiliate_manager_id', 'advertiser_id', 'advertiser_manager_id', 'offer_id', 'goal_id', 'browser_id',
  'is_click_unique', 'is_impression_unique', 'is_adjustment', 'status_code', 'payout_group_id', 'revenue_group_id']);

const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
];
const DEVICES = [['', '', 'Windows', '10'], ['Apple', 'iPhone', 'iOS', '17.4'], ['Samsung', 'SM-S911B', 'Android', '14']] as const;

/** A cell as HasOffers' raw logs write it: quoted always, except the bare (numeric) columns. */
function logCell(column: string, value: string): string {
  return BARE.has(column) && value !== '' ? value : `"${value.replace(/"/g, '""')}"`;
}

function pickRow(rng: Prng, rows: readonly Row[]): Row | undefined {
  return rows.length ? rng.pick(rows) : undefined;
}

/** The offers, affiliates and countries logs refer to: the seeded ones, whatever was written since. */
interface LogReference {
  readonly offers: readonly Row[];
  readonly affiliates: readonly Row[];
  readonly countries: readonly string[];
}

const references = new Map<number, LogReference>();

/**
 * Logs are history: a period's clicks do not change when an offer is edited or an affiliate is
 * added later. So they are drawn from the data the seed alone produces, never from the live store.
 */
function reference(seed: number, schema: SandboxSchema): LogReference {
  let found = references.get(seed);
  if (!found) {
    const seeded = seedStore(schema, seed);
    found = { offers: seeded.all('Offer'), affiliates: seeded.all('Affiliate'), countries: seeded.all('Country').map((row) => String(row.code)) };
    if (references.size >= 8) references.delete(references.keys().next().value as number);
    references.set(seed, found);
  }
  return found;
}

/** The CSV of one log file: a function of the seed and the file's period only. */
export function buildLogCsv(seed: number, schema: SandboxSchema, type: SandboxLogType, file: LogFileInfo): string {
  const rng = Prng.derive(seed, `csv:${file.filename}`);
  const columns = COLUMNS[type];
  const { offers, affiliates, countries } = reference(seed, schema);
  const count = rng.int(type === 'impressions' ? 40 : 15, type === 'impressions' ? 120 : 60);
  const start = Number(file.startTimestamp);
  const lines = [columns.join(',')];
  const times = Array.from({ length: count }, () => start + rng.int(0, HOUR - 1)).sort((a, b) => a - b);
  times.forEach((ts, index) => {
    const offer = pickRow(rng, offers);
    const affiliate = pickRow(rng, affiliates);
    const device = rng.pick(DEVICES);
    const datetime = new Date(ts * 1000).toISOString().slice(0, 19).replace('T', ' ');
    const payout = rng.int(50, 5000);
    const values: Record<string, string> = {
      id: String(start + index),
      transaction_id: `10${rng.text(28)}`,
      affiliate_id: String(affiliate?.id ?? 1),
      affiliate_manager_id: String(rng.int(1, 12)),
      advertiser_id: String(offer?.advertiser_id ?? 1),
      advertiser_manager_id: String(rng.int(1, 12)),
      offer_id: String(offer?.id ?? 1),
      goal_id: '0',
      affiliate_source: rng.pick(['NEX', 'FB', 'GGL', '']),
      affiliate_sub1: rng.pick(['UNUSE', 'THM', 'spring', '']),
      affiliate_sub2: rng.pick(['PD', 'AD', '']),
      affiliate_sub4: rng.uuid(),
      datetime,
      session_datetime: datetime,
      revenue_cents: type === 'impressions' ? '' : String(payout + rng.int(0, 500)),
      payout_cents: type === 'impressions' ? '' : String(payout),
      sale_amount_cents: type === 'conversions' ? String(payout * 4) : '',
      url: `http://example.com/aff_c?offer_id=${String(offer?.id ?? 1)}&aff_id=${String(affiliate?.id ?? 1)}`,
      ip: `${rng.int(1, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
      session_ip: '',
      user_agent: AGENTS[DEVICES.indexOf(device)] as string,
      country_code: countries.length ? rng.pick(countries) : 'US',
      browser_id: String(rng.int(1, 12)),
      is_click_unique: rng.chance(0.8) ? '1' : '0',
      is_impression_unique: rng.chance(0.7) ? '1' : '0',
      is_adjustment: '0',
      status: type === 'conversions' ? rng.pick(['approved', 'approved', 'pending', 'rejected']) : '',
      status_code: type === 'conversions' ? '43' : '',
      currency: String(offer?.currency ?? 'USD'),
      payout_type: 'cpa_flat',
      revenue_type: 'cpa_flat',
      device_brand: device[0],
      device_model: device[1],
      device_os: device[2],
      device_os_version: device[3],
      payout_group_id: '0',
      revenue_group_id: '0',
      req_connection_speed: rng.pick(['broadband', 'mobile']),
    };
    values.session_ip = values.ip as string;
    lines.push(columns.map((column) => logCell(column, values[column] ?? '')).join(','));
  });
  return `${lines.join('\n')}\n`;
}

/** The zip of one log file: one CSV named like the zip, fixed timestamps so the bytes only depend on the seed. */
export function buildLogZip(seed: number, schema: SandboxSchema, type: SandboxLogType, file: LogFileInfo): Uint8Array {
  const entry = `${file.filename.slice(9, -4)}.csv`;
  const csv = new TextEncoder().encode(buildLogCsv(seed, schema, type, file));
  return zipSync({ [entry]: [csv, { level: 6, mtime: new Date(Number(file.startTimestamp) * 1000) }] });
}

interface RawLogScope {
  readonly params: PhpArray;
  readonly seed: number;
  readonly origin: string;
}

export const RAW_LOG_HANDLERS: Record<string, (ctx: RawLogScope) => JsonValue> = {
  'RawLog.listDateDirs': (ctx) => new Map<string, JsonValue>([['logType', logType(ctx.params)], ['dateDirs', dateDirs()]]),
  'RawLog.listLogs': (ctx) => {
    const type = logType(ctx.params);
    const dir = scalar(ctx.params, 'date_dir') ?? '';
    if (!/^\d{8}$/.test(dir)) throw ApiFailure.message(`date_dir must be a day directory like 20240505, got "${dir}".`);
    const files = logFiles(ctx.seed, type, dir).map((file) => ({ ...file }));
    return new Map<string, JsonValue>([['logType', type], ['logFiles', files], ['logDate', dir], ['fetchTime', 0.01]]);
  },
  'RawLog.getDownloadLink': (ctx) => {
    const type = logType(ctx.params);
    const filename = scalar(ctx.params, 'log_filename') ?? '';
    if (!findLogFile(ctx.seed, type, filename)) throw ApiFailure.message(`Log file not found: ${filename || '(empty log_filename)'}`);
    return new Map<string, JsonValue>([['link', `${ctx.origin}/rawlogs/${type}/${filename}`]]);
  },
};
