/**
 * A value as a message names it: `"abc"` (quoted, cut at 40 characters), `null`, `an array`,
 * `an object (Map)`, `number NaN`. Never calls the value's own toString (a hostile object's could
 * throw or lie).
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' || typeof value === 'function') {
    let name: unknown;
    try {
      name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    } catch {
      name = undefined;
    }
    return typeof value === 'function' ? 'a function' : `an object (${typeof name === 'string' && name ? name : 'Object'})`;
  }
  return `${typeof value} ${String(value)}`;
}
