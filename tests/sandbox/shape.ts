/**
 * Compares the "shape" of two JSON answers: object keys, array item shapes and scalar types,
 * recursively. Values may differ; structure may not, except for what HasOffers itself varies on
 * (see `compareShapes`).
 */

export interface ShapeAllowance {
  /** Keys that may be present on one side only, by the model (or envelope part) that holds them. */
  readonly optionalKeys: Readonly<Record<string, readonly string[]>>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `{"62": {...}}` or `{"ES": {...}}`: a collection keyed by id (or country code), not a record. */
function isKeyed(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => /^\d+$/.test(key) || /^[A-Z]{2}$/.test(key)) && Object.values(value).every(isObject);
}

/**
 * Differences between `recorded` and `actual`, as readable paths. Rules:
 * - `null` matches any type: HasOffers columns are nullable, and which ones are null depends on the row.
 * - An empty array matches an object: PHP sends an empty array as `[]`, a filled one as an object.
 * - Collections keyed by id are compared by the shape of their first item (ids differ).
 * - Keys on one side only are differences unless `allow.optionalKeys[<parent key>]` lists them.
 */
export function compareShapes(recorded: unknown, actual: unknown, allow: ShapeAllowance, path = '$', parent = ''): string[] {
  if (recorded === null || actual === null) return [];
  if (Array.isArray(recorded) && recorded.length === 0 && (isObject(actual) || Array.isArray(actual))) return [];
  if (Array.isArray(actual) && actual.length === 0 && (isObject(recorded) || Array.isArray(recorded))) return [];
  if (Array.isArray(recorded) || Array.isArray(actual)) {
    if (!Array.isArray(recorded) || !Array.isArray(actual)) return [`${path}: ${Array.isArray(recorded) ? 'array' : typeof recorded} recorded, ${Array.isArray(actual) ? 'array' : typeof actual} from the sandbox`];
    return compareShapes(recorded[0], actual[0], allow, `${path}[0]`, parent);
  }
  if (isObject(recorded) || isObject(actual)) {
    if (!isObject(recorded) || !isObject(actual)) return [`${path}: ${typeof recorded} recorded, ${typeof actual} from the sandbox`];
    if (isKeyed(recorded) && isKeyed(actual)) {
      return compareShapes(Object.values(recorded)[0], Object.values(actual)[0], allow, `${path}[*]`, parent);
    }
    const optional = new Set(allow.optionalKeys[parent] ?? []);
    const out: string[] = [];
    for (const key of Object.keys(recorded)) {
      if (!(key in actual)) {
        if (!optional.has(key)) out.push(`${path}.${key}: recorded, missing from the sandbox`);
      } else {
        out.push(...compareShapes(recorded[key], actual[key], allow, `${path}.${key}`, key));
      }
    }
    for (const key of Object.keys(actual)) if (!(key in recorded) && !optional.has(key)) out.push(`${path}.${key}: from the sandbox, not recorded`);
    return out;
  }
  if (typeof recorded !== typeof actual) return [`${path}: ${typeof recorded} recorded (${JSON.stringify(recorded)}), ${typeof actual} from the sandbox (${JSON.stringify(actual)})`];
  return [];
}
