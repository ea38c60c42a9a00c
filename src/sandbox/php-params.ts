/**
 * Request parameters the way PHP (and so HasOffers) reads them: `a[b][c]=1` nests, `a[]=1&a[]=2`
 * appends, repeated plain keys overwrite, `+` is a space. The result keeps insertion order, which
 * the request echo and `sort[...]` depend on.
 */

export type PhpValue = string | PhpArray;
/** A PHP array: ordered, string-keyed (integer keys are kept as their decimal text). */
export type PhpArray = Map<string, PhpValue>;

function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A stray "%" is kept literally, as PHP does, rather than failing the whole request.
    return spaced.replace(/%([0-9a-fA-F]{2})/g, (match, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : match;
    });
  }
}

/** `a=1&b%5B%5D=2` → [['a', '1'], ['b[]', '2']], decoded, in order. */
export function parsePairs(query: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of query.split('&')) {
    if (!part) continue;
    const at = part.indexOf('=');
    const key = decode(at === -1 ? part : part.slice(0, at));
    if (!key) continue;
    out.push([key, at === -1 ? '' : decode(part.slice(at + 1))]);
  }
  return out;
}

/** `filters[OR][id][]` → ['filters', 'OR', 'id', '']; a malformed bracket ends the path like PHP. */
export function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const path = [key.slice(0, open)];
  let rest = key.slice(open);
  while (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) break;
    path.push(rest.slice(1, close));
    rest = rest.slice(close + 1);
  }
  return path;
}

function nextIndex(array: PhpArray): string {
  let max = -1;
  for (const key of array.keys()) if (/^(0|[1-9]\d*)$/.test(key)) max = Math.max(max, Number(key));
  return String(max + 1);
}

/** Sets one decoded pair into `root`. */
export function setPair(root: PhpArray, key: string, value: string): void {
  const path = splitKey(key);
  let node = root;
  path.forEach((segment, index) => {
    const name = segment === '' ? nextIndex(node) : segment;
    if (index === path.length - 1) {
      node.set(name, value);
      return;
    }
    let child = node.get(name);
    if (!(child instanceof Map)) {
      child = new Map();
      node.set(name, child);
    }
    node = child;
  });
}

/** Decoded pairs → nested parameters. */
export function buildParams(pairs: Iterable<readonly [string, string]>, into: PhpArray = new Map()): PhpArray {
  for (const [key, value] of pairs) setPair(into, key, value);
  return into;
}

/** A query string (or form body) → nested parameters. */
export function parsePhpQuery(query: string): PhpArray {
  return buildParams(parsePairs(query));
}

/** True for PHP arrays whose keys are 0..n-1 in order (what `a[]=…` builds). */
export function isList(value: PhpArray): boolean {
  let expected = 0;
  for (const key of value.keys()) {
    if (key !== String(expected)) return false;
    expected++;
  }
  return true;
}

/** The scalar at `key`, or undefined when absent or nested. */
export function scalar(params: PhpArray, key: string): string | undefined {
  const value = params.get(key);
  return typeof value === 'string' ? value : undefined;
}

/** A value as a list of strings: `a[]=1&a[]=2`, `a[0]=1`, or a single `a=1`. */
export function stringList(value: PhpValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return [...value.values()].filter((item): item is string => typeof item === 'string');
}
