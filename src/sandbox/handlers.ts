/**
 * Turning one HasOffers call into an answer. Method kinds from the generated table
 * (find/findById/create/update/delete) are served generically; `CUSTOM` holds only what the schema
 * cannot say (link tables, approvals, tracking links, tag relations, raw logs, uploads).
 */
import { ApiFailure, missingRecord, missingRows, notImplemented } from './errors.js';
import type { JsonMap, JsonValue, Row } from './json.js';
import { scalar, stringList } from './php-params.js';
import type { PhpArray } from './php-params.js';
import { chunk, containValue, linkedRows, modelInfo, runFind, runFindIds } from './query.js';
import type { FindOptions, QueryContext } from './query.js';
import { changesOf, newRow, present, validate } from './rows.js';
import type { MethodEntry } from './schema.js';
import type { Prng } from './prng.js';
import { RAW_LOG_HANDLERS } from './rawlog.js';
import { exportLink, runReport } from './reports.js';
import type { UploadedFile } from './multipart.js';
import { imageSize } from './multipart.js';

export interface CallContext extends QueryContext {
  readonly target: string;
  readonly method: string;
  readonly params: PhpArray;
  readonly files: readonly UploadedFile[];
  readonly now: Date;
  /** For values HasOffers makes up at run time (salts, tiny URLs). */
  readonly random: Prng;
  readonly seed: number;
}

export type Handler = (ctx: CallContext, entry: MethodEntry | undefined) => JsonValue;

function dataMap(ctx: CallContext, name = 'data'): Map<string, string> {
  const value = ctx.params.get(name);
  const out = new Map<string, string>();
  if (value instanceof Map) for (const [key, item] of value) if (typeof item === 'string') out.set(key, item);
  return out;
}

/** An id parameter: present, an integer, not negative (HasOffers: "Row id is negative"). */
export function idParam(ctx: CallContext, name: string): string {
  const text = scalar(ctx.params, name);
  if (text === undefined || text === '') throw ApiFailure.message(`Missing required argument: ${name}`);
  if (!/^-?\d+$/.test(text)) throw ApiFailure.message(`${name} must be an integer, got "${text}".`);
  if (Number(text) < 0) throw ApiFailure.message('Row id is negative');
  return String(Number(text));
}

function requireRow(ctx: CallContext, model: string, id: string): Row {
  const row = ctx.store.get(model, id);
  if (!row) throw missingRows(id);
  return row;
}

/** The record the call is about (its `id`), as opposed to a second id it links to. */
function requireSubject(ctx: CallContext, model: string, id: string): Row {
  const row = ctx.store.get(model, id);
  if (!row) throw missingRecord(model, id);
  return row;
}

function randomText(ctx: CallContext): () => string {
  return () => ctx.random.text(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
}

export function createRow(ctx: CallContext, model: string, data: Map<string, string>): Row {
  const info = modelInfo(ctx, model);
  const row = newRow(info, data, ctx.now, randomText(ctx));
  validate(info, data, row, 'create');
  return ctx.store.insert(model, row);
}

function updateRow(ctx: CallContext, model: string, id: string, data: Map<string, string>): Row {
  const info = modelInfo(ctx, model);
  const existing = requireSubject(ctx, model, id);
  const changes = changesOf(info, data, ctx.now);
  validate(info, data, { ...existing, ...changes }, 'update');
  return ctx.store.update(model, id, changes) as Row;
}

const single = (model: string, row: Row, extra?: JsonMap): JsonMap => new Map<string, JsonValue>([[model, present(row)], ...(extra ?? [])]);

/** Generic handlers by method kind. */
const BY_KIND: Record<string, Handler> = {
  find(ctx, entry) {
    const spec = entry!.spec;
    if (spec.result === 'raw') return runFindIds(ctx, entry!.model, ctx.params);
    return runFind(ctx, entry!.model, ctx.params, FIND_OPTIONS[`${ctx.target}.${ctx.method}`]);
  },
  findById(ctx, entry) {
    const id = idParam(ctx, 'id');
    const row = ctx.store.get(entry!.model, id);
    if (!row) return null;
    const fields = stringList(ctx.params.get('fields'));
    return chunk(ctx, entry!.model, row, stringList(ctx.params.get('contain')), fields.length ? fields : undefined);
  },
  create(ctx, entry) {
    return single(entry!.model, createRow(ctx, entry!.model, dataMap(ctx)));
  },
  update(ctx, entry) {
    const id = idParam(ctx, 'id');
    const data = dataMap(ctx);
    const info = modelInfo(ctx, entry!.model);
    // The SDK deletes by updating status to "deleted"; a model without a status (Tag) is removed instead.
    if (!info.fieldSet.has('status') && data.get('status') === 'deleted') {
      const row = requireSubject(ctx, entry!.model, id);
      ctx.store.remove(entry!.model, id);
      return single(entry!.model, row);
    }
    return single(entry!.model, updateRow(ctx, entry!.model, id, data));
  },
};
BY_KIND.delete = BY_KIND.update as Handler;

const FIND_OPTIONS: Record<string, FindOptions> = {
  // Recorded: OfferFile.findAll answers in the paginated shape even without limit.
  'OfferFile.findAll': { alwaysPaginate: true },
  // Recorded: each approval comes with its Affiliate and its Offer.
  'Offer.findAllAffiliateApprovals': { defaultContain: ['Affiliate', 'Offer'] },
};

/** Kinds of tag relation: which column holds the other side, and the key HasOffers sends them under. */
const TAG_KINDS = {
  Offer: { field: 'offer_id', alias: 'OffersTags', model: 'Offer' },
  Affiliate: { field: 'affiliate_id', alias: 'AffiliatesTags', model: 'Affiliate' },
  Advertiser: { field: 'advertiser_id', alias: 'AdvertisersTags', model: 'Advertiser' },
} as const;
type TagKind = keyof typeof TAG_KINDS;

function tagRelations(ctx: CallContext, kind: TagKind, otherId?: string): Row[] {
  const { field } = TAG_KINDS[kind];
  return ctx.store.all('TagRelation').filter((row) => row[field] !== null && (otherId === undefined || String(row[field]) === otherId));
}

function addTag(ctx: CallContext, kind: TagKind, tagId: string, otherId: string): Row {
  const { field, model } = TAG_KINDS[kind];
  requireRow(ctx, 'Tag', tagId);
  requireRow(ctx, model, otherId);
  const existing = tagRelations(ctx, kind, otherId).find((row) => String(row.tag_id) === tagId);
  if (existing) return existing;
  return ctx.store.insert('TagRelation', { id: null, tag_id: tagId, offer_id: null, affiliate_id: null, advertiser_id: null, [field]: otherId });
}

function tagHandlers(kind: TagKind): Record<string, Handler> {
  const { field, alias } = TAG_KINDS[kind];
  const plural = `${kind}TagRelations`;
  return {
    [`Tag.findAll${plural}`]: (ctx) => runFind(ctx, 'TagRelation', ctx.params, { outputKey: alias, where: (row) => row[field] !== null }),
    [`Tag.addTo${kind}`]: (ctx) => present(addTag(ctx, kind, idParam(ctx, 'tag_id'), idParam(ctx, field))),
    [`Tag.removeFrom${kind}`]: (ctx) => {
      const tagId = idParam(ctx, 'tag_id');
      const otherId = idParam(ctx, field);
      for (const row of tagRelations(ctx, kind, otherId)) if (String(row.tag_id) === tagId) ctx.store.remove('TagRelation', String(row.id));
      return true;
    },
    [`Tag.setFor${kind}`]: (ctx) => {
      const otherId = idParam(ctx, field);
      const tagIds = stringList(ctx.params.get('tag_ids'));
      for (const tagId of tagIds) requireRow(ctx, 'Tag', tagId);
      for (const row of tagRelations(ctx, kind, otherId)) if (!tagIds.includes(String(row.tag_id))) ctx.store.remove('TagRelation', String(row.id));
      const rows = tagIds.map((tagId) => addTag(ctx, kind, tagId, otherId));
      if (!rows.length) return [];
      return new Map(rows.map((row) => [String(row.id), new Map([[alias, present(row)]])] as [string, JsonValue]));
    },
    [`Tag.removeFrom${kind}ByRelationalId`]: (ctx) => {
      const id = idParam(ctx, 'id');
      const row = ctx.store.get('TagRelation', id);
      if (!row || row[field] === null) throw missingRows(id);
      ctx.store.remove('TagRelation', id);
      return true;
    },
  };
}

function approvals(ctx: CallContext, offerId: string): Row[] {
  return ctx.store.all('AffiliateOffer').filter((row) => String(row.offer_id) === offerId);
}

function blocks(ctx: CallContext, offerId: string): Row[] {
  return ctx.store.all('_OfferBlock').filter((row) => String(row.offer_id) === offerId);
}

function block(model: string): Handler {
  return (ctx) => {
    const id = idParam(ctx, 'id');
    requireSubject(ctx, model, id);
    ctx.store.update(model, id, { status: 'blocked' });
    return true;
  };
}

function recountCategory(ctx: CallContext, categoryId: string): void {
  const count = ctx.store.all('_OfferCategory').filter((row) => String(row.category_id) === categoryId).length;
  ctx.store.update('OfferCategory', categoryId, { offer_count: String(count) });
}

/** OfferFile.create: data[...] in the query string, the file as a multipart part named after the filename. */
function createOfferFile(ctx: CallContext): JsonValue {
  const data = dataMap(ctx);
  const file = ctx.files.find((item) => item.field === data.get('filename')) ?? ctx.files[0];
  if (file) {
    if (!data.get('filename')) data.set('filename', file.filename || file.field);
    data.set('size', String(file.bytes.length));
    const size = imageSize(file.bytes);
    if (size) {
      data.set('width', String(size.width));
      data.set('height', String(size.height));
    }
  }
  const id = ctx.store.peekId('OfferFile');
  const offerId = data.get('offer_id');
  if (offerId && /^\d+$/.test(offerId)) requireRow(ctx, 'Offer', offerId);
  if (file) {
    const filename = encodeURIComponent(data.get('filename') as string);
    const base = `${ctx.origin}/files/${offerId ?? '0'}/${id}`;
    data.set('url', `${base}/${filename}`);
    data.set('preview_uri', `${base}/${filename}`);
    data.set('thumbnail', `${base}/thumbnails_100/${filename}`);
  }
  const row = createRow(ctx, 'OfferFile', data);
  if (file) ctx.store.setBlob(Number(row.id), file.bytes);
  return single('OfferFile', row);
}

export const CUSTOM: Record<string, Handler> = {
  'Advertiser.block': block('Advertiser'),
  'Affiliate.block': block('Affiliate'),
  'OfferFile.create': createOfferFile,

  'Offer.addTargetCountry': (ctx) => {
    const id = idParam(ctx, 'id');
    requireSubject(ctx, 'Offer', id);
    const code = (scalar(ctx.params, 'country_code') ?? '').toUpperCase();
    if (!ctx.store.all('Country').some((row) => row.code === code)) throw ApiFailure.message(`Invalid country code: ${code || '(empty)'}`);
    if (!ctx.store.all('_OfferCountry').some((row) => String(row.offer_id) === id && row.country_code === code)) {
      ctx.store.insert('_OfferCountry', { id: null, offer_id: id, country_code: code });
    }
    return true;
  },
  'Offer.getTargetCountries': (ctx) => {
    const id = idParam(ctx, 'id');
    return linkedRows(ctx, 'Offer', 'Country', id).map((row) => new Map([['Country', present(row)]]));
  },
  'Offer.addCategory': (ctx) => {
    const id = idParam(ctx, 'id');
    const categoryId = idParam(ctx, 'category_id');
    requireSubject(ctx, 'Offer', id);
    requireRow(ctx, 'OfferCategory', categoryId);
    if (!ctx.store.all('_OfferCategory').some((row) => String(row.offer_id) === id && String(row.category_id) === categoryId)) {
      ctx.store.insert('_OfferCategory', { id: null, offer_id: id, category_id: categoryId });
      recountCategory(ctx, categoryId);
    }
    return true;
  },
  'Offer.getCategories': (ctx) => {
    const id = idParam(ctx, 'id');
    return linkedRows(ctx, 'Offer', 'OfferCategory', id).map((row) => new Map([['OfferCategory', present(row)]]));
  },
  'Offer.blockAffiliate': (ctx) => {
    const id = idParam(ctx, 'id');
    const affiliateId = idParam(ctx, 'affiliate_id');
    requireSubject(ctx, 'Offer', id);
    requireRow(ctx, 'Affiliate', affiliateId);
    if (!blocks(ctx, id).some((row) => String(row.affiliate_id) === affiliateId)) ctx.store.insert('_OfferBlock', { id: null, offer_id: id, affiliate_id: affiliateId });
    return true;
  },
  'Offer.unblockAffiliate': (ctx) => {
    const id = idParam(ctx, 'id');
    const affiliateId = idParam(ctx, 'affiliate_id');
    requireSubject(ctx, 'Offer', id);
    requireRow(ctx, 'Affiliate', affiliateId);
    for (const row of blocks(ctx, id)) if (String(row.affiliate_id) === affiliateId) ctx.store.remove('_OfferBlock', String(row.id));
    return true;
  },
  'Offer.getBlockedAffiliateIds': (ctx) => blocks(ctx, idParam(ctx, 'id')).map((row) => String(row.affiliate_id)),
  'Offer.getApprovedAffiliateIds': (ctx) => approvals(ctx, idParam(ctx, 'id')).filter((row) => row.approval_status === 'approved').map((row) => String(row.affiliate_id)),
  'Offer.getUnapprovedAffiliateIds': (ctx) => approvals(ctx, idParam(ctx, 'id')).filter((row) => row.approval_status !== 'approved').map((row) => String(row.affiliate_id)),
  'Offer.setAffiliateApproval': (ctx) => {
    const id = idParam(ctx, 'id');
    const affiliateId = idParam(ctx, 'affiliate_id');
    requireSubject(ctx, 'Offer', id);
    requireRow(ctx, 'Affiliate', affiliateId);
    const status = scalar(ctx.params, 'status') ?? '';
    validate(modelInfo(ctx, 'AffiliateOffer'), new Map([['approval_status', status]]), undefined, 'update');
    const existing = approvals(ctx, id).find((row) => String(row.affiliate_id) === affiliateId);
    // Recorded: a new approval answers the AffiliateOffer row, a changed one answers true.
    if (existing) {
      ctx.store.update('AffiliateOffer', String(existing.id), { approval_status: status });
      return true;
    }
    const row = createRow(ctx, 'AffiliateOffer', new Map([['affiliate_id', affiliateId], ['offer_id', id], ['approval_status', status]]));
    return present(row);
  },
  'Offer.getAffiliateApprovalStatus': (ctx) => {
    const id = idParam(ctx, 'id');
    const affiliateId = idParam(ctx, 'affiliate_id');
    // A read about an unknown offer answers null, like findById.
    const found = approvals(ctx, id).find((row) => String(row.affiliate_id) === affiliateId);
    return found ? (found.approval_status ?? null) : null;
  },
  'Offer.getOfferFilesWithCreativeCode': (ctx) => {
    const offerId = idParam(ctx, 'offer_id');
    const affiliateId = idParam(ctx, 'affiliate_id');
    requireRow(ctx, 'Offer', offerId);
    requireRow(ctx, 'Affiliate', affiliateId);
    const files = ctx.store.all('OfferFile').filter((row) => String(row.offer_id) === offerId && row.status === 'active');
    const data: JsonValue = files.length
      ? new Map(files.map((row) => [String(row.id), new Map<string, JsonValue>([['OfferFile', present(row)], ['CreativeCode', containValue(ctx, 'OfferFile', row, 'CreativeCode') ?? '']])] as [string, JsonValue]))
      : [];
    return new Map<string, JsonValue>([['current', 0], ['count', files.length], ['pageCount', files.length ? 1 : 0], ['data', data]]);
  },
  'Offer.generateTrackingLink': (ctx) => {
    const offerId = idParam(ctx, 'offer_id');
    const affiliateId = idParam(ctx, 'affiliate_id');
    requireRow(ctx, 'Offer', offerId);
    requireRow(ctx, 'Affiliate', affiliateId);
    const options = ctx.params.get('options');
    const tiny = options instanceof Map && options.get('tiny_url') === '1';
    const extra = ctx.params.get('params');
    const query = [`offer_id=${offerId}`, `aff_id=${affiliateId}`];
    if (extra instanceof Map) for (const [key, value] of extra) if (typeof value === 'string') query.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
    const tail = query.join('&');
    return new Map<string, JsonValue>([
      ['affiliate_id', affiliateId],
      // Recorded: offer_id comes back as a number here, affiliate_id as a string.
      ['offer_id', Number(offerId)],
      ['click_url', tiny ? `${ctx.origin}/t/${ctx.random.text(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}` : `${ctx.origin}/aff_c?${tail}`],
      ['impression_pixel', `<img src="${ctx.origin}/aff_i?${tail}" width="1" height="1" />`],
    ]);
  },

  'Application.findAllOfferCategoryOfferIds': (ctx) => {
    const id = idParam(ctx, 'id');
    requireRow(ctx, 'OfferCategory', id);
    return ctx.store.all('_OfferCategory').filter((row) => String(row.category_id) === id).map((row) => String(row.offer_id));
  },
  'Application.updateOfferCategory': (ctx) => {
    updateRow(ctx, 'OfferCategory', idParam(ctx, 'id'), dataMap(ctx));
    return true;
  },

  ...tagHandlers('Offer'),
  ...tagHandlers('Affiliate'),
  ...tagHandlers('Advertiser'),
  ...RAW_LOG_HANDLERS,
  ...Object.fromEntries(
    ['getStats', 'getConversions', 'getReferrals', 'getAffiliateCommissions', 'getManagerCommissions', 'getSubscriptions', 'getModSummaryLogs'].map((method): [string, Handler] => [
      `Report.${method}`,
      (ctx, entry) => runReport(ctx, `Report.${method}`, ctx.params, entry?.spec.params.find((param) => param.type === 'fields')?.model ?? 'StatReport'),
    ]),
  ),
  'DownloadReport.getDownloadReportLink': (ctx) => exportLink(ctx, ctx.params),
};

/** Why some table methods are answered "not implemented" rather than served. */
export const NOT_SERVED: Record<string, string> = {
  'Affiliate.createWithUser': 'not a HasOffers method: the SDK composes it from Affiliate.create and AffiliateUser.create',
};

/**
 * What a params-object method does, read from its table entry: find-shaped (filters and a list
 * answer), by ids, by id, create (data, no id) or update (id and data). Anything else is not served.
 */
export function shapeOf(entry: MethodEntry): 'find' | 'findByIds' | 'findById' | 'create' | 'update' | undefined {
  const { spec } = entry;
  if (spec.kind !== 'object' || !ctxModelOk(entry)) return undefined;
  const has = (name: string) => spec.params.some((param) => param.name === name);
  const data = spec.params.find((param) => param.type === 'data');
  // A find-shaped method is served only when nothing but the query parts scope it: one with other
  // params (getOverview's advertiser_ids, getEmployeeAlerts' employee_id) would be answered wrongly.
  const queryPart = (name: string) => ['filters', 'sort', 'limit', 'page', 'fields', 'contain'].includes(name);
  if (spec.result === 'models' && spec.params.some((param) => param.type === 'filters')) return spec.params.every((param) => queryPart(param.name)) ? 'find' : undefined;
  if (spec.result === 'models' && has('ids')) return 'findByIds';
  if (spec.result === 'model' && has('id') && !data && /^find.*ById$/.test(spec.method)) return 'findById';
  if (data && !has('id') && /^create/.test(spec.method) && (spec.result === 'model' || spec.result === 'modelOrId') && data.model === entry.model) return 'create';
  if (data && has('id') && /^update/.test(spec.method) && spec.result === 'model' && data.model === entry.model) return 'update';
  return undefined;
}

function ctxModelOk(entry: MethodEntry): boolean {
  return entry.model !== entry.controller.target || entry.controller.model !== undefined;
}

const BY_SHAPE: Record<NonNullable<ReturnType<typeof shapeOf>>, Handler> = {
  find: (ctx, entry) => runFind(ctx, entry!.model, ctx.params),
  findByIds: (ctx, entry) => {
    const model = entry!.model;
    const fields = stringList(ctx.params.get('fields'));
    const contain = stringList(ctx.params.get('contain'));
    const out = new Map<string, JsonValue>();
    for (const id of stringList(ctx.params.get('ids'))) {
      const row = ctx.store.get(model, id);
      if (row) out.set(String(row.id), chunk(ctx, model, row, contain, fields.length ? fields : undefined));
    }
    return out;
  },
  findById: (ctx, entry) => (BY_KIND.findById as Handler)(ctx, entry),
  create: (ctx, entry) => {
    const row = createRow(ctx, entry!.model, dataMap(ctx));
    // return_object off: HasOffers answers the new record's id.
    if (entry!.spec.result === 'modelOrId' && scalar(ctx.params, 'return_object') !== '1' && scalar(ctx.params, 'return_object') !== 'true') return String(row.id);
    return single(entry!.model, row);
  },
  update: (ctx, entry) => single(entry!.model, updateRow(ctx, entry!.model, idParam(ctx, 'id'), dataMap(ctx))),
};

/** Answers one call, or throws ApiFailure. */
export function handle(ctx: CallContext): JsonValue {
  const key = `${ctx.target}.${ctx.method}`;
  const entry = ctx.schema.methods.get(key);
  if (NOT_SERVED[key]) throw notImplemented(ctx.target, ctx.method, NOT_SERVED[key]);
  const custom = CUSTOM[key];
  if (custom) return custom(ctx, entry);
  if (entry && entry.spec.kind in BY_KIND) return (BY_KIND[entry.spec.kind] as Handler)(ctx, entry);
  const shape = entry && shapeOf(entry);
  if (shape) return BY_SHAPE[shape](ctx, entry);
  throw notImplemented(ctx.target, ctx.method);
}

/** Every Target.Method the sandbox serves, and every table method it does not (with why). */
export function coverage(ctx: Pick<QueryContext, 'schema'>): { served: string[]; notServed: Record<string, string> } {
  const served = new Set<string>(Object.keys(CUSTOM));
  const notServed: Record<string, string> = {};
  for (const [key, entry] of ctx.schema.methods) {
    if (NOT_SERVED[key]) notServed[key] = NOT_SERVED[key] as string;
    else if (CUSTOM[key] || entry.spec.kind in BY_KIND || shapeOf(entry)) served.add(key);
    else notServed[key] = 'no handler';
  }
  return { served: [...served].sort(), notServed };
}
