/**
 * The rules an API profile declares (src/profile.ts), applied to a call's wire pairs before it is
 * sent, so that they hold for managers, the query builder and low-level `call()` alike.
 */
import { InvalidArgumentError } from '../errors.js';
import type { ApiRules } from '../profile.js';
import type { WirePair } from '../wire/params.js';
import type { CallRequest } from './context.js';

const FIELDS = /^fields\[\d*\]$/;
/** `filters[id][GREATER_THAN]`, `filters[OR][id][NOT_EQUAL_TO]`: an operator on id. */
const ID_OPERATOR = /^filters(?:\[(?:OR|AND)\])?\[id\]\[([A-Za-z_]+)\]/;

/**
 * Applies the rules to one call: the model's primary key added to `fields` when missing
 * (`key` is the key of the model the method reads), and a filter on id other than equality refused.
 */
export function applyRules(rules: ApiRules, request: CallRequest, key: readonly string[]): CallRequest {
  if (!rules.fieldsNeedKey && !rules.idFiltersEqualOnly) return request;
  if (rules.idFiltersEqualOnly) {
    for (const [name] of request.params) {
      const operator = ID_OPERATOR.exec(name)?.[1];
      if (operator && operator !== 'EQUAL_TO') {
        throw new InvalidArgumentError('filters', `${request.target}.${request.method}: this API allows only equality on id (id: 5, or id: [5, 6]); got ${operator}. Filter on another field, or narrow the ids first.`);
      }
    }
  }
  if (!rules.fieldsNeedKey || !key.length) return request;
  const fields = request.params.filter(([name]) => FIELDS.test(name));
  if (!fields.length) return request;
  const missing = key.filter((field) => !fields.some(([, value]) => value === field));
  if (!missing.length) return request;
  // Same spelling as the caller's list (`fields[]` or `fields[3]`), placed after its last field.
  const last = request.params.lastIndexOf(fields[fields.length - 1]!);
  const indexed = fields.every(([name]) => name !== 'fields[]');
  const added: WirePair[] = missing.map((field, index) => [indexed ? `fields[${fields.length + index}]` : 'fields[]', field]);
  return { ...request, params: [...request.params.slice(0, last + 1), ...added, ...request.params.slice(last + 1)] };
}
