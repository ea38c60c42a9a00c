/**
 * The whole Affiliate and Advertiser APIs: every method of the affiliate reference (both editions)
 * and of the supplement's affiliate and advertiser parts is reachable on its manager and through
 * `controller(Target)` (with and without the prefix), sends its documented parameter names, and
 * goes out with the prefixed Target, the api_key and no NetworkToken. Reads the reference from
 * ../shared (present in CI); skips with a message when it is absent.
 * (In tests/apis/ rather than tests/coverage/: .gitignore's `coverage/` would leave it out.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdvertiserAPI, AffiliateAPI, InvalidResponseError } from '../../src/index.js';
import { API_TABLE as AFFILIATE_TABLE } from '../../generated/affiliate/index.js';
import { API_TABLE as ADVERTISER_TABLE } from '../../generated/advertiser/index.js';
import type { ApiTable, MethodSpec } from '../../src/table/spec.js';
import { SHARED_DIR } from '../helpers/cassette.js';
import { envelope, startJsonServer } from '../helpers/json-server.js';
import type { TestServer } from '../helpers/json-server.js';

const REFERENCE = join(SHARED_DIR, 'reference', 'hasoffers-api');
const HAVE_REFERENCE = existsSync(join(REFERENCE, 'affiliate-api-2015.json'));
const SKIP = `the HasOffers API reference is not at ${REFERENCE} (the shared folder beside the project, present in CI)`;

type Json = Record<string, unknown>;
const read = (file: string): unknown => JSON.parse(readFileSync(join(REFERENCE, file), 'utf8'));

interface Documented {
  readonly controller: string;
  readonly method: string;
  readonly edition: '2015' | '2013' | 'supplement';
  readonly params: readonly string[];
}

/** The 2015 affiliate edition names one target without its prefix (ScheduledOfferChange). */
const prefixed = (prefix: string, target: string) => (target.startsWith(prefix) ? target : `${prefix}${target}`);

function documented(api: 'affiliate' | 'advertiser'): Documented[] {
  const prefix = api === 'affiliate' ? 'Affiliate_' : 'Advertiser_';
  const out = new Map<string, Documented>();
  const add = (entry: Documented) => {
    const key = `${entry.controller}.${entry.method}`;
    if (!out.has(key)) out.set(key, entry);
  };
  if (api === 'affiliate') {
    for (const target of (read('affiliate-api-2015.json') as { targets: Json[] }).targets) {
      for (const method of target.methods as Json[]) add({ controller: prefixed(prefix, String(target.name)), method: String(method.name), edition: '2015', params: (method.params as Json[]).map((p) => String(p.name)) });
    }
    for (const entry of read('affiliate-api.json') as Json[]) add({ controller: prefixed(prefix, String(entry.controllerName)), method: String(entry.methodName), edition: '2013', params: (entry.params as Json[]).map((p) => String(p.name)) });
  }
  for (const entry of read('supplement.json') as Json[]) {
    if (entry.api === api) add({ controller: prefixed(prefix, String(entry.controllerName)), method: String(entry.methodName), edition: 'supplement', params: ((entry.params as Json[] | undefined) ?? []).map((p) => String(p.name)) });
  }
  return [...out.values()];
}

function sendable(spec: MethodSpec): Set<string> {
  switch (spec.kind) {
    case 'find':
      return new Set(['filters', 'sort', 'limit', 'page', 'fields', 'contain']);
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

/** Documented parameters the standard signatures do not take; each is reachable through manager.call(method, params). */
const PARAM_EXCLUSIONS: Record<string, string> = {};

function sample(table: ApiTable, spec: MethodSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const param of spec.params) {
    if (!param.required) continue;
    const model = table.models.find((m) => m.name === param.model);
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
      case 'reportFilters':
        out[param.name] = { [model?.fields.find((name) => name !== 'id') ?? 'name']: 'x' };
        break;
      case 'struct':
      case 'structs': {
        const one = Object.fromEntries((param.fields ?? []).filter((f) => f.required).map((f) => [f.name, f.values?.[0] ?? (f.type === 'date' || f.type === 'datetime' ? '2026-11-01' : f.type === 'integer' || f.type === 'decimal' ? 1 : f.type === 'boolean' ? true : 'x')]));
        out[param.name] = param.type === 'struct' ? one : [one];
        break;
      }
      case 'fields':
      case 'field': {
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
      case 'contain':
        out[param.name] = model?.relations.length ? [model.relations[0]!.name] : [];
        break;
      default:
        out[param.name] = param.values?.[0] ?? 'x';
    }
  }
  return out;
}

type Client = { controller(target: string): unknown } & Record<string, unknown>;

function reach(table: ApiTable, client: Client, prefix: string, methods: readonly Documented[]): { missing: string[]; params: string[]; byEdition: Record<string, number> } {
  const missing: string[] = [];
  const params: string[] = [];
  const byEdition: Record<string, number> = { '2015': 0, '2013': 0, supplement: 0 };
  for (const entry of methods) {
    const controller = table.controllers.find((c) => c.target === entry.controller);
    const spec = controller?.methods.find((m) => m.method === entry.method && (m.target ?? controller.target) === entry.controller);
    if (!controller || !spec) {
      missing.push(`${entry.controller}.${entry.method}`);
      continue;
    }
    byEdition[entry.edition]!++;
    const viaTarget = (client.controller(entry.controller) as Record<string, unknown>)[spec.name];
    const viaBare = (client.controller(entry.controller.slice(prefix.length)) as Record<string, unknown>)[spec.name];
    const viaManager = (client[controller.manager] as Record<string, unknown> | undefined)?.[spec.name];
    expect(typeof viaTarget, `${entry.controller}.${entry.method}`).toBe('function');
    expect(viaBare).toBe(viaTarget);
    expect(viaManager).toBe(viaTarget);
    const can = sendable(spec);
    for (const name of entry.params) {
      if (spec.loose || can.has(name) || PARAM_EXCLUSIONS[`${entry.controller}.${entry.method}.${name}`]) continue;
      params.push(`${entry.controller}.${entry.method}(${name})`);
    }
  }
  return { missing, params, byEdition };
}

describe.skipIf(!HAVE_REFERENCE)('the whole Affiliate and Advertiser APIs', () => {
  let server: TestServer;
  let aff: AffiliateAPI;
  let adv: AdvertiserAPI;
  beforeAll(async () => {
    server = await startJsonServer(() => envelope(true));
    aff = new AffiliateAPI({ endpoint: server.endpoint, apiKey: 'coverage-affiliate-key', rateLimit: false, retries: 0 });
    adv = new AdvertiserAPI({ endpoint: server.endpoint, apiKey: 'coverage-advertiser-key', rateLimit: false, retries: 0 });
  });
  afterAll(async () => {
    await aff.close();
    await adv.close();
    await server.close();
  });

  it('has every one of the 109 affiliate methods on its manager and through controller(Target), with the documented parameter names', () => {
    const methods = documented('affiliate');
    expect(methods).toHaveLength(109);
    expect(new Set(methods.map((entry) => entry.controller)).size).toBe(28);
    const result = reach(AFFILIATE_TABLE, aff as unknown as Client, 'Affiliate_', methods);
    expect(result.missing).toEqual([]);
    expect(result.params).toEqual([]);
    expect(result.byEdition).toEqual({ '2015': 84, '2013': 10, supplement: 15 });
  });

  it('has both advertiser methods, run through the report builder', () => {
    const methods = documented('advertiser');
    expect(methods).toHaveLength(2);
    const result = reach(ADVERTISER_TABLE, adv as unknown as Client, 'Advertiser_', methods);
    expect(result.missing).toEqual([]);
    expect(result.params).toEqual([]);
    for (const spec of ADVERTISER_TABLE.controllers[0]!.methods) expect(spec.behaviour).toBe('report');
  });

  it('sends every params-object method with the prefixed Target, the api_key and no NetworkToken', async () => {
    let calls = 0;
    for (const [table, client, key] of [
      [AFFILIATE_TABLE, aff, 'coverage-affiliate-key'],
      [ADVERTISER_TABLE, adv, 'coverage-advertiser-key'],
    ] as const) {
      for (const controller of table.controllers) {
        const manager = (client as unknown as Client).controller(controller.target) as Record<string, (...args: unknown[]) => Promise<unknown>>;
        for (const spec of controller.methods) {
          if (spec.kind !== 'object' || spec.behaviour) continue;
          const before = server.requests.length;
          // The stub answers `true` to every call: a method declared to answer a number refuses it.
          await manager[spec.name]!(sample(table, spec)).catch((error: unknown) => {
            if (!(error instanceof InvalidResponseError)) throw error;
          });
          const seen = server.requests[before]!;
          const params = new URLSearchParams(seen.query + (seen.body ? `&${seen.body}` : ''));
          expect(params.get('Target'), `${controller.target}.${spec.name}`).toBe(spec.target ?? controller.target);
          expect(params.get('Target')).toMatch(/^(Affiliate|Advertiser)_/);
          expect(params.get('Method')).toBe(spec.method);
          expect(params.get('api_key')).toBe(key);
          expect(params.has('NetworkToken')).toBe(false);
          calls++;
        }
      }
    }
    expect(calls).toBeGreaterThan(60);
  });

  it('classifies retries by the documented verb: GET reads, POST and PUT writes', () => {
    const wrong: string[] = [];
    for (const target of (read('affiliate-api-2015.json') as { targets: Json[] }).targets) {
      const name = prefixed('Affiliate_', String(target.name));
      for (const method of target.methods as Json[]) {
        const spec = AFFILIATE_TABLE.controllers.find((c) => c.target === name)?.methods.find((m) => m.method === method.name);
        if (!spec || spec.safe !== (method.verb === 'GET')) wrong.push(`${name}.${String(method.name)} (${String(method.verb)})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("types every affiliate reference model: the affiliate's own field set, or the network model it shares", () => {
    const missing: string[] = [];
    const models = (read('affiliate-api-2015.json') as { models: Json[] }).models;
    for (const model of models) {
      const spec = AFFILIATE_TABLE.models.find((m) => m.name === model.name);
      if (!spec) {
        missing.push(String(model.name));
        continue;
      }
      for (const field of model.fields as Json[]) if (!spec.fields.includes(String(field.name))) missing.push(`${String(model.name)}.${String(field.name)}`);
    }
    expect(missing).toEqual([]);
    expect(models).toHaveLength(44);
  });
});

describe.skipIf(HAVE_REFERENCE)('the whole Affiliate and Advertiser APIs (reference absent)', () => {
  it.skip(SKIP, () => undefined);
});
