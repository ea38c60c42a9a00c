/**
 * findAll semantics: filters with every HasOffers operator (and the OR group), sort on several
 * fields, limit/page, fields[] and contain[], and the answer shapes HasOffers uses for them.
 */
import { RE2JS } from 're2js';
import { ApiFailure } from './errors.js';
import type { JsonMap, JsonValue, Row } from './json.js';
import { isList, scalar, stringList } from './php-params.js';
import type { PhpArray, PhpValue } from './php-params.js';
import { present } from './rows.js';
import type { ModelInfo, SandboxSchema } from './schema.js';
import type { Store } from './store.js';

export interface QueryContext {
  readonly store: Store;
  readonly schema: SandboxSchema;
  /** `http://127.0.0.1:PORT`, for URLs the answers contain. */
  readonly origin: string;
}

type Predicate = (row: Row) => boolean;

const NUMBER = /^-?\d+(\.\d+)?$/;

function asText(value: JsonValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value === true ? 1 : value === false ? 0 : value);
  return JSON.stringify(value);
}

/** MySQL-like comparison: numerically when both sides are numbers, else case-insensitively. */
function compare(a: string, b: string): number {
  if (NUMBER.test(a) && NUMBER.test(b)) return Number(a) - Number(b);
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Longer LIKE/RLIKE patterns are refused: the matcher is linear, but in pattern × text. */
export const MAX_PATTERN_LENGTH = 1_000;

/**
 * What one request's patterns may cost. Compiling is linear in the pattern and matching in
 * pattern × text, so both are counted: many long patterns, or long stored texts, end in an error
 * that says so instead of holding the server for seconds (a few hundred ms at the limits).
 */
export const PATTERN_BUDGET = Object.freeze({ patternChars: 20_000, matchCells: 200_000_000 });

export interface PatternBudget {
  patternChars: number;
  matchCells: number;
}

export function newBudget(): PatternBudget {
  return { ...PATTERN_BUDGET };
}

/** LIKE's `%` and `_` (with `\` escaping either) as an RE2 pattern: matched in linear time, never backtracking. */
function likeSource(pattern: string): string {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\' && i + 1 < pattern.length) source += RE2JS.quote(pattern[++i] as string);
    else if (ch === '%') source += '.*';
    else if (ch === '_') source += '.';
    else source += RE2JS.quote(ch);
  }
  return `^${source}$`;
}

type Matcher = (text: string) => boolean;

/**
 * LIKE and RLIKE run on RE2 (re2js): time grows linearly with the text, so `^(a+)+$` or
 * `%a%a%a%a%b` cannot stall the server. RE2 has no backreferences or lookaround; patterns that
 * use them are refused with a message that says so.
 */
export function compilePattern(field: string, operator: 'LIKE' | 'NOT_LIKE' | 'RLIKE', pattern: string, budget: PatternBudget): Matcher {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw ApiFailure.message(`${operator} pattern for filters[${field}] is ${pattern.length} characters; the sandbox takes at most ${MAX_PATTERN_LENGTH}.`);
  }
  budget.patternChars -= pattern.length;
  if (budget.patternChars < 0) {
    throw ApiFailure.message(`The LIKE/RLIKE patterns of this request are longer than ${PATTERN_BUDGET.patternChars} characters together; the sandbox refuses more.`);
  }
  const source = operator === 'RLIKE' ? pattern : likeSource(pattern);
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE | (operator === 'RLIKE' ? 0 : RE2JS.DOTALL));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw ApiFailure.message(`Invalid ${operator} pattern for filters[${field}]: ${pattern} (${why}). The sandbox matches patterns in linear time (RE2 syntax: no backreferences or lookaround).`);
  }
  return (text) => {
    budget.matchCells -= (pattern.length + 1) * (text.length + 1);
    if (budget.matchCells < 0) {
      throw ApiFailure.message(`${operator} on filters[${field}] would cost more than the sandbox allows per request (pattern length × text length over all rows, at most ${PATTERN_BUDGET.matchCells}); narrow the other filters or shorten the pattern.`);
    }
    return compiled.test(text);
  };
}

function truthy(text: string | null): boolean {
  return text !== null && text !== '' && text !== '0' && text.toLowerCase() !== 'false';
}

export const OPERATORS = [
  'NOT_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_OR_EQUAL_TO', 'GREATER_THAN', 'GREATER_THAN_OR_EQUAL_TO',
  'LIKE', 'NOT_LIKE', 'RLIKE', 'NULL', 'NOT_NULL', 'TRUE', 'FALSE',
] as const;

function operatorPredicate(field: string, operator: string, value: PhpValue, budget: PatternBudget): Predicate {
  const values = stringList(value);
  const first = values[0] ?? '';
  const read = (row: Row) => asText(row[field]);
  switch (operator) {
    case 'NOT_EQUAL_TO':
      return (row) => {
        const text = read(row);
        return text !== null && values.every((item) => compare(text, item) !== 0);
      };
    case 'LESS_THAN':
      return (row) => { const text = read(row); return text !== null && compare(text, first) < 0; };
    case 'LESS_THAN_OR_EQUAL_TO':
      return (row) => { const text = read(row); return text !== null && compare(text, first) <= 0; };
    case 'GREATER_THAN':
      return (row) => { const text = read(row); return text !== null && compare(text, first) > 0; };
    case 'GREATER_THAN_OR_EQUAL_TO':
      return (row) => { const text = read(row); return text !== null && compare(text, first) >= 0; };
    case 'LIKE':
    case 'NOT_LIKE': {
      const patterns = values.map((pattern) => compilePattern(field, operator, pattern, budget));
      const want = operator === 'LIKE';
      return (row) => {
        const text = read(row);
        return text !== null && patterns.some((matches) => matches(text)) === want;
      };
    }
    case 'RLIKE': {
      const matches = compilePattern(field, operator, first, budget);
      return (row) => { const text = read(row); return text !== null && matches(text); };
    }
    case 'NULL':
      return (row) => read(row) === null;
    case 'NOT_NULL':
      return (row) => read(row) !== null;
    case 'TRUE':
      return (row) => truthy(read(row));
    case 'FALSE':
      return (row) => { const text = read(row); return text !== null && !truthy(text); };
    default:
      throw ApiFailure.message(`Unknown filter operator "${operator}" for filters[${field}]; use one of ${OPERATORS.join(', ')}.`);
  }
}

function fieldName(info: ModelInfo, key: string): string {
  const dot = key.indexOf('.');
  const field = dot === -1 ? key : key.slice(dot + 1);
  if (!info.fieldSet.has(field)) throw ApiFailure.message(`Field "${field}" does not exist on ${info.name}; filters and sort take the fields of the model.`);
  return field;
}

function fieldPredicate(info: ModelInfo, key: string, condition: PhpValue, budget: PatternBudget): Predicate {
  const field = fieldName(info, key);
  if (typeof condition === 'string') {
    return (row) => { const text = asText(row[field]); return text !== null && compare(text, condition) === 0; };
  }
  if (isList(condition)) {
    const values = stringList(condition);
    return (row) => { const text = asText(row[field]); return text !== null && values.some((item) => compare(text, item) === 0); };
  }
  const parts = [...condition.entries()].map(([operator, value]) => operatorPredicate(field, operator, value, budget));
  return (row) => parts.every((part) => part(row));
}

/** `filters[...]` → one predicate. Keys AND together; `filters[OR][...]` is a group of alternatives. */
export function filterPredicate(info: ModelInfo, filters: PhpValue | undefined, connector: 'AND' | 'OR' = 'AND', budget: PatternBudget = newBudget()): Predicate {
  if (filters === undefined || typeof filters === 'string') return () => true;
  const parts: Predicate[] = [];
  for (const [key, condition] of filters) {
    if (key === 'OR' || key === 'AND') {
      parts.push(filterPredicate(info, condition, key, budget));
    } else if (/^\d+$/.test(key) && condition instanceof Map && !isList(condition) && ![...condition.keys()].some((k) => (OPERATORS as readonly string[]).includes(k))) {
      // filters[OR][0][field]=…: numbered groups of conditions.
      parts.push(filterPredicate(info, condition, 'AND', budget));
    } else {
      parts.push(fieldPredicate(info, key, condition, budget));
    }
  }
  if (!parts.length) return () => true;
  return connector === 'OR' ? (row) => parts.some((part) => part(row)) : (row) => parts.every((part) => part(row));
}

/** `sort[Offer.id]=desc&sort[Offer.name]=asc` → a comparator honouring the keys' order. */
export function sorter(info: ModelInfo, sort: PhpValue | undefined): ((a: Row, b: Row) => number) | undefined {
  if (!(sort instanceof Map) || !sort.size) return undefined;
  const keys = [...sort.entries()].map(([key, direction]) => {
    const dir = typeof direction === 'string' ? direction.toLowerCase() : '';
    if (dir !== 'asc' && dir !== 'desc') throw ApiFailure.message(`sort[${key}] must be asc or desc, got "${typeof direction === 'string' ? direction : '[...]'}".`);
    return { field: fieldName(info, key), sign: dir === 'asc' ? 1 : -1 };
  });
  return (a, b) => {
    for (const { field, sign } of keys) {
      const left = asText(a[field]);
      const right = asText(b[field]);
      if (left === right) continue;
      if (left === null) return -sign;
      if (right === null) return sign;
      const order = compare(left, right);
      if (order) return order * sign;
    }
    return Number(a.id) - Number(b.id);
  };
}

export function modelInfo(ctx: QueryContext, model: string): ModelInfo {
  const info = ctx.schema.models.get(model);
  if (!info) throw ApiFailure.message(`Model ${model} is not in the schema`);
  return info;
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Offer → Country/OfferCategory relations live in link tables; they are keyed like HasOffers keys them. */
const LINKS: Record<string, { table: string; own: string; other: string; model: string; keyBy?: string; otherField?: string }> = {
  'Offer.Country': { table: '_OfferCountry', own: 'offer_id', other: 'country_code', model: 'Country', keyBy: 'code', otherField: 'code' },
  'Offer.OfferCategory': { table: '_OfferCategory', own: 'offer_id', other: 'category_id', model: 'OfferCategory' },
};

function keyed(rows: readonly Row[], keyBy = 'id'): JsonValue {
  if (!rows.length) return [];
  const map: JsonMap = new Map();
  for (const row of rows) map.set(String(row[keyBy]), present(row));
  return map;
}

/** Rows of `model` linked to `row` through a link table, in link order. */
export function linkedRows(ctx: QueryContext, owner: string, relation: string, ownerId: string): Row[] {
  const link = LINKS[`${owner}.${relation}`];
  if (!link) return [];
  const targets = ctx.store.all(link.model);
  const out: Row[] = [];
  for (const entry of ctx.store.all(link.table)) {
    if (String(entry[link.own]) !== ownerId) continue;
    const wanted = String(entry[link.other]);
    const found = link.otherField ? targets.find((item) => String(item[link.otherField as string]) === wanted) : ctx.store.get(link.model, wanted);
    if (found) out.push(found);
  }
  return out;
}

/** The value of `contain[]=<relation>` for one row; undefined for names the model does not have. */
export function containValue(ctx: QueryContext, model: string, row: Row, relation: string): JsonValue | undefined {
  const id = String(row.id);
  const key = `${model}.${relation}`;
  if (LINKS[key]) return keyed(linkedRows(ctx, model, relation, id), LINKS[key]?.keyBy);
  if (key === 'Offer.Thumbnail') {
    const thumb = ctx.store.all('OfferFile').find((file) => String(file.offer_id) === id && file.type === 'offer thumbnail' && file.status !== 'deleted');
    return thumb ? present(thumb) : [];
  }
  if (key === 'Offer.TrackingLink') return `${ctx.origin}/aff_c?offer_id=${id}`;
  if (key === 'OfferFile.CreativeCode') return row.code ?? '';
  if (key === 'Conversion.Country') return keyed(ctx.store.all('Country').filter((country) => country.code === row.country_code), 'code');
  const info = modelInfo(ctx, model);
  const spec = info.relations.find((item) => item.name === relation);
  // Relations HasOffers sends without the reference listing them (AffiliateOffer → Affiliate).
  const target = spec?.model ?? (ctx.schema.models.has(relation) && info.fieldSet.has(`${snake(relation)}_id`) ? relation : undefined);
  if (!target) return undefined;
  if (spec?.scalar) return '';
  if (spec?.many) {
    const fk = `${snake(model)}_id`;
    return keyed(ctx.store.all(target).filter((item) => String(item[fk]) === id));
  }
  const ref = row[`${snake(relation)}_id`];
  const found = ref === null || ref === undefined ? undefined : ctx.store.get(target, String(ref));
  return found ? present(found) : [];
}

export interface FindOptions {
  /** The key each item is sent under (an alias such as `OffersTags`); defaults to the model name. */
  readonly outputKey?: string;
  /** An extra condition the method implies (tag relations of offers only). */
  readonly where?: Predicate;
  /** Relations HasOffers always includes for this method. */
  readonly defaultContain?: readonly string[];
  /** Answer in the paginated shape even without `limit` (OfferFile.findAll does). */
  readonly alwaysPaginate?: boolean;
}

/** One item of a list answer: `{ Model: {...}, Relation: ... }`. */
export function chunk(ctx: QueryContext, model: string, row: Row, contain: readonly string[], fields: readonly string[] | undefined, outputKey = model): JsonMap {
  const out: JsonMap = new Map([[outputKey, present(row, fields)]]);
  for (const relation of contain) {
    const value = containValue(ctx, model, row, relation);
    if (value !== undefined) out.set(relation, value);
  }
  return out;
}

function positiveInt(params: PhpArray, name: string): number | undefined {
  const text = scalar(params, name);
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw ApiFailure.message(`${name} must be a positive integer, got "${text}".`);
  return value;
}

/** Rows matching `filters[...]`, sorted by `sort[...]` (id ascending otherwise). */
export function selectRows(ctx: QueryContext, model: string, params: PhpArray, where?: Predicate): Row[] {
  const info = modelInfo(ctx, model);
  const predicate = filterPredicate(info, params.get('filters'));
  const rows = ctx.store.all(model).filter((row) => (!where || where(row)) && predicate(row));
  const order = sorter(info, params.get('sort'));
  return order ? rows.sort(order) : rows;
}

/** findAll: keyed by id without `limit`, `{ page, current, count, pageCount, data }` with it. */
export function runFind(ctx: QueryContext, model: string, params: PhpArray, options: FindOptions = {}): JsonValue {
  const rows = selectRows(ctx, model, params, options.where);
  const info = modelInfo(ctx, model);
  const fields = stringList(params.get('fields')).filter((field) => {
    if (!info.fieldSet.has(field)) throw ApiFailure.message(`fields[] names "${field}", which ${model} does not have.`);
    return true;
  });
  const contain = [...new Set([...(options.defaultContain ?? []), ...stringList(params.get('contain'))])];
  const limit = positiveInt(params, 'limit');
  const page = positiveInt(params, 'page') ?? 1;
  const build = (slice: readonly Row[]): JsonValue => {
    if (!slice.length) return [];
    const map: JsonMap = new Map();
    for (const row of slice) map.set(String(row.id), chunk(ctx, model, row, contain, fields.length ? fields : undefined, options.outputKey));
    return map;
  };
  if (!limit && !options.alwaysPaginate) return build(rows);
  const size = limit || Math.max(rows.length, 1);
  const start = (Math.max(page, 1) - 1) * size;
  return new Map<string, JsonValue>([
    ['page', page],
    ['current', 0],
    ['count', rows.length],
    ['pageCount', Math.ceil(rows.length / size)],
    ['data', build(rows.slice(start, start + size))],
  ]);
}

/** findAllIds: matching ids as strings. */
export function runFindIds(ctx: QueryContext, model: string, params: PhpArray): JsonValue {
  return selectRows(ctx, model, params).map((row) => String(row.id));
}
