/**
 * The whole Network API: every method of both reference editions and of the supplement's network
 * part is reachable on its manager and through `api.controller(Target)`, sends its documented
 * parameter names, and goes out with the right Target and Method; every reference model is typed.
 * Reads the reference from ../shared (present in CI); skips with a message when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, InvalidResponseError } from '../../src/index.js';
import { API_TABLE } from '../../generated/index.js';
import type { MethodSpec } from '../../src/table/spec.js';
import { SHARED_DIR } from '../helpers/cassette.js';
import { envelope, startJsonServer } from '../helpers/json-server.js';
import type { TestServer } from '../helpers/json-server.js';

const REFERENCE = join(SHARED_DIR, 'reference', 'hasoffers-api');
const HAVE_REFERENCE = existsSync(join(REFERENCE, 'network-api-2015.json'));
const SKIP = `${REFERENCE} not found: the coverage test reads the HasOffers API reference from the shared directory that sits beside the checkout as ../shared (CI provides it; it is not part of this repository).`;

type Json = Record<string, unknown>;
const read = (file: string): unknown => JSON.parse(readFileSync(join(REFERENCE, file), 'utf8'));

interface Documented {
  readonly controller: string;
  readonly method: string;
  readonly edition: '2015' | '2013' | 'supplement';
  readonly params: readonly string[];
}

function documented(): Documented[] {
  const out = new Map<string, Documented>();
  const add = (entry: Documented) => {
    const key = `${entry.controller}.${entry.method}`;
    if (!out.has(key)) out.set(key, entry);
  };
  for (const target of (read('network-api-2015.json') as { targets: Json[] }).targets) {
    for (const method of target.methods as Json[]) add({ controller: String(target.name), method: String(method.name), edition: '2015', params: (method.params as Json[]).map((p) => String(p.name)) });
  }
  for (const entry of read('network-api.json') as Json[]) add({ controller: String(entry.controllerName), method: String(entry.methodName), edition: '2013', params: (entry.params as Json[]).map((p) => String(p.name)) });
  for (const entry of read('supplement.json') as Json[]) {
    if (entry.api === 'network') add({ controller: String(entry.controllerName), method: String(entry.methodName), edition: 'supplement', params: (entry.params as Json[]).map((p) => String(p.name)) });
  }
  return [...out.values()];
}

/** The wire names a table method can send, by kind. */
function sendable(spec: MethodSpec): Set<string> {
  switch (spec.kind) {
    case 'find':
      return new Set(spec.result === 'raw' ? ['filters'] : ['filters', 'sort', 'limit', 'page', 'fields', 'contain']);
    case 'findById':
      return new Set(['id', 'fields', 'contain']);
    case 'create':
      return new Set(['data']);
    case 'update':
    case 'delete':
      return new Set(['id', 'data']);
    default:
      return new Set(spec.params.map((param) => param.wire ?? param.name));
  }
}

/**
 * Documented parameters that pyoffers' signatures (kept unchanged) do not take. Each is reachable
 * through `manager.call(method, params)`.
 */
const PARAM_EXCLUSIONS: Record<string, string> = {
  'Affiliate.findAllIds.limit': "pyoffers' findAllIds takes filters only (an id list has no pages)",
  'Affiliate.findAllIds.page': "pyoffers' findAllIds takes filters only (an id list has no pages)",
  'Conversion.findById.transaction_id': "pyoffers' findById(id) finds by id; by transaction use manager.call('findById', { transaction_id })",
  'Conversion.update.transaction_id': "pyoffers' update(id, data) updates by id",
  'Conversion.update.shouldStandardize': "pyoffers' update(id, data) sends data only",
  'Conversion.create.number': "pyoffers' create(data) creates one conversion",
  'Offer.addTargetCountry.regions': "pyoffers' addTargetCountry(id, country_code) targets a whole country",
  'Offer.addTargetCountry.region_code': "pyoffers' addTargetCountry(id, country_code) targets a whole country",
  'Offer.setAffiliateApproval.notes': "pyoffers' setAffiliateApprovalStatus(id, affiliate_id, status) sends no notes",
  'OfferFile.create.return_object': "pyoffers' upload create(file, data) wants the model back",
  'Offer.generateTrackingLink.params': "pyoffers' generateTrackingLink(offer, affiliate, { tinyUrl, ...params }) sends every extra option as params[...]",
};
/** pyoffers' create(data) and update(id, data) want the model back: HasOffers' return_object default. */
const RETURN_OBJECT = /^(create|update)$/;

/** Values that pass a param's checks, for calling every method once. */
function sample(spec: MethodSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const param of spec.params) {
    if (!param.required) continue;
    switch (param.type) {
      case 'integer':
        out[param.name] = 1;
        break;
      case 'decimal':
        out[param.name] = 1.5;
        break;
      case 'boolean':
        out[param.name] = true;
        break;
      case 'date':
      case 'datetime':
        out[param.name] = '2026-11-01';
        break;
      case 'array':
        out[param.name] = [param.values?.[0] ?? (param.of === 'integer' ? 1 : 'x')];
        break;
      case 'data':
      case 'object':
      case 'reportFilters': {
        const model = API_TABLE.models.find((m) => m.name === param.model);
        const field = model?.fields.find((name) => name !== 'id') ?? 'name';
        out[param.name] = { [field]: 'x' };
        break;
      }
      case 'struct':
      case 'structs': {
        const one = Object.fromEntries((param.fields ?? []).filter((f) => f.required).map((f) => [f.name, f.values?.[0] ?? (f.type === 'date' || f.type === 'datetime' ? '2026-11-01' : f.type === 'integer' || f.type === 'decimal' ? 1 : f.type === 'boolean' ? true : 'x')]));
        out[param.name] = param.type === 'struct' ? one : [one];
        break;
      }
      case 'fields':
      case 'field': {
        const model = API_TABLE.models.find((m) => m.name === param.model);
        const field = model?.fields[0] ?? 'id';
        out[param.name] = param.type === 'field' ? field : [field];
        break;
      }
      case 'filters':
        out[param.name] = { id: 1 };
        break;
      case 'sort':
        out[param.name] = 'id';
        break;
      case 'contain': {
        const model = API_TABLE.models.find((m) => m.name === param.model);
        out[param.name] = model?.relations.length ? [model.relations[0]!.name] : [];
        break;
      }
      default:
        out[param.name] = param.values?.[0] ?? 'x';
    }
  }
  return out;
}

describe.skipIf(!HAVE_REFERENCE)('the whole Network API', () => {
  let server: TestServer;
  let api: HasOffersAPI;
  beforeAll(async () => {
    server = await startJsonServer(() => envelope(true));
    api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: 'coverage-token', networkId: 'net', rateLimit: false, retries: 0 });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });

  it('has every one of the 616 documented methods on its manager and through controller(Target), with the documented parameter names', () => {
    const methods = documented();
    expect(methods).toHaveLength(616);
    const missing: string[] = [];
    const params: string[] = [];
    const byEdition = { '2015': 0, '2013': 0, supplement: 0 };
    for (const entry of methods) {
      const controller = API_TABLE.controllers.find((c) => c.target === entry.controller);
      const spec = controller?.methods.find((m) => m.method === entry.method && (m.target ?? controller.target) === entry.controller && m.kind !== 'delete');
      if (!controller || !spec) {
        missing.push(`${entry.controller}.${entry.method}`);
        continue;
      }
      byEdition[entry.edition]++;
      const viaTarget = (api.controller(entry.controller as 'Offer') as unknown as Record<string, unknown>)[spec.name];
      const viaManager = (api as unknown as Record<string, Record<string, unknown>>)[controller.manager]?.[spec.name];
      expect(typeof viaTarget, `${entry.controller}.${entry.method}`).toBe('function');
      expect(viaManager).toBe(viaTarget);
      const can = sendable(spec);
      for (const name of entry.params) {
        if (spec.loose || can.has(name) || PARAM_EXCLUSIONS[`${entry.controller}.${entry.method}.${name}`] || (name === 'return_object' && RETURN_OBJECT.test(spec.kind))) continue;
        params.push(`${entry.controller}.${entry.method}(${name})`);
      }
    }
    expect(missing).toEqual([]);
    expect(params).toEqual([]);
    expect(byEdition).toEqual({ '2015': 513, '2013': 32, supplement: 71 });
  });

  it('sends every params-object method with its Target and Method, and refuses an unknown param naming the closest one', async () => {
    let calls = 0;
    for (const controller of API_TABLE.controllers) {
      const manager = api.controller(controller.target as 'Offer') as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const model = API_TABLE.models.find((m) => m.name === controller.model);
      const field = model?.fields.find((name) => name !== 'id' && !model.key.includes(name) && !model.readOnly?.includes(name)) ?? 'name';
      for (const spec of controller.methods) {
        if (spec.behaviour || spec.kind === 'call') continue;
        const args: Record<string, unknown[]> = {
          object: [sample(spec)],
          find: [{}],
          findById: [1],
          create: [{ [field]: 'x' }],
          update: [1, { [field]: 'x' }],
          delete: [1],
        };
        const before = server.requests.length;
        // The stub answers `true` to every call: a method declared to answer a number refuses it.
        await manager[spec.name]!(...args[spec.kind]!).catch((error: unknown) => {
          if (!(error instanceof InvalidResponseError)) throw error;
        });
        const seen = server.requests[before]!;
        const params = new URLSearchParams(seen.query + (seen.body ? `&${seen.body}` : ''));
        expect(params.get('Target'), `${controller.target}.${spec.name}`).toBe(spec.target ?? controller.target);
        expect(params.get('Method')).toBe(spec.method);
        expect(params.get('NetworkToken')).toBe('coverage-token');
        calls++;
      }
    }
    // Every method but pyoffers' positional ones (the replay suites send those) and the report builders.
    expect(calls).toBeGreaterThan(570);
    const before = server.requests.length;
    await expect(api.advertisers.findAllByIds({ ids: [1], feilds: ['id'] } as never)).rejects.toThrow(/does not take "feilds". Did you mean "fields"\?/);
    await expect(api.offerPixels.findAll({ filter: { status: 'active' } } as never)).rejects.toThrow(/does not take "filter". Did you mean "filters"\?/);
    expect(server.requests.length).toBe(before);
  });

  it('sends every query-typed param of every params-object method under its own name', async () => {
    const missing: string[] = [];
    let checked = 0;
    for (const controller of API_TABLE.controllers) {
      const manager = api.controller(controller.target as 'Offer') as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      for (const spec of controller.methods) {
        if (spec.kind !== 'object' || spec.behaviour) continue;
        for (const param of spec.params) {
          if (!['filters', 'sort', 'fields', 'contain'].includes(param.type)) continue;
          const model = API_TABLE.models.find((m) => m.name === param.model);
          const field = model?.fields[0];
          const relation = model?.relations[0]?.name;
          if (!field || (param.type === 'contain' && !relation)) continue;
          const value = param.type === 'filters' ? { [field]: '1' } : param.type === 'sort' ? field : param.type === 'fields' ? [field] : [relation];
          const before = server.requests.length;
          await manager[spec.name]!({ ...sample(spec), [param.name]: value }).catch((error: unknown) => {
            if (!(error instanceof InvalidResponseError)) throw error;
          });
          const seen = server.requests[before]!;
          const keys = [...new URLSearchParams(seen.query + (seen.body ? `&${seen.body}` : '')).keys()];
          const wire = param.wire ?? param.name;
          if (!keys.some((key) => key.startsWith(`${wire}[`))) missing.push(`${controller.target}.${spec.name}(${param.name})`);
          checked++;
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it('types every model of both editions, with its fields', () => {
    const models = new Map<string, Set<string>>();
    for (const model of (read('network-api-2015.json') as { models: Json[] }).models) models.set(String(model.name), new Set((model.fields as Json[]).map((f) => String(f.name))));
    for (const model of read('models.json') as Json[]) {
      const fields = models.get(String(model.modelName)) ?? new Set<string>();
      for (const field of model.fields as Json[]) fields.add(String(field.name));
      models.set(String(model.modelName), fields);
    }
    const missing: string[] = [];
    for (const [name, fields] of models) {
      const spec = API_TABLE.models.find((model) => model.name === name);
      if (!spec) {
        missing.push(name);
        continue;
      }
      for (const field of fields) if (!spec.fields.includes(field)) missing.push(`${name}.${field}`);
    }
    expect(missing).toEqual([]);
    expect(models.size).toBe(136);
  });

  it('classifies retries by the documented verb: GET reads, POST and PUT writes', () => {
    const wrong: string[] = [];
    for (const target of (read('network-api-2015.json') as { targets: Json[] }).targets) {
      for (const method of target.methods as Json[]) {
        const spec = API_TABLE.controllers.find((c) => c.target === target.name)?.methods.find((m) => m.method === method.name && m.kind !== 'delete');
        const read = method.verb === 'GET';
        // pyoffers' generateTrackingLink only computes a link; HasOffers documents it as a read too.
        if (spec && spec.safe !== read) wrong.push(`${String(target.name)}.${String(method.name)} (${String(method.verb)})`);
      }
    }
    expect(wrong).toEqual([]);
    for (const [controller, method] of [['AffiliateUser', 'uniqueEmail'], ['Application', 'validNetworkApiKey'], ['Offer', 'generateTrackingPixel'], ['Goal', 'generateTracking'], ['Offer', 'simpleFind']] as const) {
      expect(API_TABLE.controllers.find((c) => c.target === controller)?.methods.find((m) => m.method === method)?.safe, `${controller}.${method}`).toBe(true);
    }
  });
});

describe.skipIf(HAVE_REFERENCE)('the whole Network API (reference absent)', () => {
  it.skip(SKIP, () => undefined);
});
