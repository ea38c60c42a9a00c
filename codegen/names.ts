/** File names of generated and imported files: the one kebab-case the CLI also spells managers with. */
export { kebab } from '../src/util/names.js';

/** Sort order by UTF-16 code unit: the same on every machine, whatever its locale (localeCompare is not). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
