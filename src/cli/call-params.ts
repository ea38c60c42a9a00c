/**
 * `key=value` arguments of `tsoffers call` → the parameter tree `api.call` takes. Keys may use
 * PHP's bracket syntax, the way HasOffers reads them:
 *
 *   id=62                         → { id: '62' }
 *   data[name]=Shop               → { data: { name: 'Shop' } }
 *   fields[]=id fields[]=name     → { fields: ['id', 'name'] }
 *   filters[id][GREATER_THAN]=100 → { filters: { id: { GREATER_THAN: '100' } } }
 *
 * Values stay strings: HasOffers receives text either way.
 */
import type { ParamValue, Params } from '../wire/params.js';
import { UsageError } from './exit-codes.js';

const RESERVED = new Set(['NetworkToken', 'NetworkId', 'Target', 'Method']);

type Tree = { [key: string]: Tree | string | string[] };

function parseKey(key: string, command: string): string[] {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) {
    throw new UsageError(`"${key}" is not a parameter name: use letters, digits and _ with optional [sub] parts, like data[name] or fields[].`, command);
  }
  const parts = [match[1]!];
  for (const [, inner] of match[2]!.matchAll(/\[([^[\]]*)\]/g)) parts.push(inner!);
  const empty = parts.indexOf('', 1);
  if (empty !== -1 && empty !== parts.length - 1) {
    throw new UsageError(`"${key}": [] may only come last (a list of values); use explicit indexes like key[0][name] for lists of objects.`, command);
  }
  return parts;
}

export function parseCallParams(args: readonly string[], command = 'call'): Params {
  const root: Tree = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new UsageError(`"${arg}" is not key=value (for example id=62 or data[name]=Shop).`, command);
    const key = arg.slice(0, eq);
    const value = arg.slice(eq + 1);
    const parts = parseKey(key, command);
    if (RESERVED.has(parts[0]!)) {
      throw new UsageError(`"${parts[0]}" is set by tsoffers (credentials come from HASOFFERS_* or --network-token/--network-id; Target and Method are the first two arguments).`, command);
    }
    let node: Tree = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const last = i === parts.length - 1;
      const nextIsList = parts[i + 1] === '';
      const existing = node[part];
      const clash = () => new UsageError(`"${key}" conflicts with an earlier parameter of the same name (a key is either a value, a list [] or a group [sub]).`, command);
      if (last) {
        if (existing !== undefined) throw new UsageError(`"${key}" is given twice; for a list write ${key}[]=a ${key}[]=b.`, command);
        node[part] = value;
        break;
      }
      if (nextIsList) {
        if (existing === undefined) node[part] = [value];
        else if (Array.isArray(existing)) existing.push(value);
        else throw clash();
        break;
      }
      if (existing === undefined) node[part] = {};
      else if (typeof existing === 'string' || Array.isArray(existing)) throw clash();
      node = node[part] as Tree;
    }
  }
  return root as { [key: string]: ParamValue };
}
