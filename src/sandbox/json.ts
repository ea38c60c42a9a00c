/**
 * The sandbox's JSON values and their writer. HasOffers answers are PHP arrays, whose key order is
 * meaningful (a sorted findAll is an object keyed by id, in sort order). A JS object would move
 * integer-like keys to the front in ascending order, so ordered objects are `Map`s here and the
 * writer keeps their insertion order.
 */

export type JsonScalar = null | boolean | number | string;
export type JsonValue = JsonScalar | JsonValue[] | JsonMap | { readonly [key: string]: JsonValue };
/** An object whose keys keep insertion order, numeric-looking ones included. */
export type JsonMap = Map<string, JsonValue>;

/** A stored row: field → value, in the model's field order. */
export type Row = Record<string, JsonValue>;

function writeString(text: string): string {
  // PHP's json_encode escapes "/" as "\/"; clients accept both, and this keeps answers byte-alike.
  return JSON.stringify(text).replace(/\//g, '\\/');
}

/** Serialises a value; Maps become objects in insertion order. */
export function writeJson(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return writeString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((item) => writeJson(item)).join(',')}]`;
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  return `{${entries.map(([key, item]) => `${writeString(key)}:${writeJson(item)}`).join(',')}}`;
}

/** Builds an ordered object from entries. */
export function ordered(entries: Iterable<readonly [string, JsonValue]>): JsonMap {
  return new Map(entries);
}
