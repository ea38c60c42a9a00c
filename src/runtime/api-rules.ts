/**
 * The rules an API profile declares (src/profile.ts), applied to a call's wire pairs before it is
 * sent, so that they hold for managers, the query builder and low-level `call()` alike.
 */
import { InvalidArgumentError } from '../errors.js';
import type { ApiRules } from '../profile.js';
import type { WirePair } from '../wire/params.js';
import type { CallRequest } from '../transport/transport.js';

/** `fields[]`, `fields[3]`, `fields[a]`: an entry of the fields list. */
const FIELDS = /^fields\[[^\]]*\]$/;

/** `filters[OR][0][id][GREATER_THAN]` → the operator on id (or on `Offer.id`), whatever the nesting. */
function idOperator(name: string): string | undefined {
  const segments = name.split(/[[\]]+/).filter((segment, index, all) => index < all.length - 1 || segment !== '');
  if (segments[0] !== 'filters') return undefined;
  for (let index = 1; index < segments.length - 1; index++) {
    const segment = segments[index] as string;
    if (segment !== 'id' && !segment.endsWith('.id')) continue;
    const next = segments[index + 1] as string;
    if (next !== '' && !/^\d+$/.test(next)) return next.toUpperCase();
  }
  return undefined;
}

/**
 * Applies the rules to one call: the model's primary key added to `fields` when missing
 * (`key` is the key of the model the method reads), and a filter on id other than equality refused.
 */
export function applyRules(rules: ApiRules, request: CallRequest, key: readonly string[]): CallRequest {
  if (!rules.fieldsNeedKey && !rules.idFiltersEqualOnly) return request;
  if (rules.idFiltersEqualOnly) {
    for (const [name] of request.params) {
      const operator = idOperator(name);
      if (operator && operator !== 'EQUAL_TO') {
        throw new InvalidArgumentError('filters', `${request.target}.${request.method}: this API allows only equality on id (id: 5, or id: [5, 6]); got ${operator}. Filter on another field, or narrow the ids first.`);
      }
    }
  }
  if (!rules.fieldsNeedKey || !key.length) return request;
  // A bare fields=name is one string to PHP, not a list the key could join: refused.
  if (request.params.some(([name]) => name === 'fields')) {
    throw new InvalidArgumentError('fields', `${request.target}.${request.method}: fields takes a list (fields: ['name']), and this API needs it to include ${key.join(', ')}.`);
  }
  const fields = request.params.filter(([name]) => FIELDS.test(name));
  if (!fields.length) return request;
  const missing = key.filter((field) => !fields.some(([, value]) => value === field));
  if (!missing.length) return request;
  // Same spelling as the caller's list (`fields[]` or `fields[3]`), placed after its last field.
  const last = request.params.lastIndexOf(fields[fields.length - 1]!);
  const indexed = fields.every(([name]) => /^fields\[\d+\]$/.test(name));
  const added: WirePair[] = missing.map((field, index) => [indexed ? `fields[${fields.length + index}]` : 'fields[]', field]);
  return { ...request, params: [...request.params.slice(0, last + 1), ...added, ...request.params.slice(last + 1)] };
}
