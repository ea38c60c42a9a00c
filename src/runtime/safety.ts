/** Method-name prefixes of HasOffers calls that only read. Everything else is treated as a write. */
const SAFE_PREFIXES = ['find', 'get', 'list', 'search', 'count', 'export', 'simpleSearch', 'test', 'check', 'is'];

/** Whether a HasOffers method only reads (so repeating it after an unknown outcome is harmless). */
export function isSafeMethodName(method: string): boolean {
  return SAFE_PREFIXES.some((prefix) => method.startsWith(prefix) && (method.length === prefix.length || /[A-Z]/.test(method.charAt(prefix.length))));
}
