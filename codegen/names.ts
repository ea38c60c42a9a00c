/** `OfferFile` → `offer-file`, `AdManager` → `ad-manager`: file names of generated and imported files. */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
}

/** Sort order by UTF-16 code unit: the same on every machine, whatever its locale (localeCompare is not). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
