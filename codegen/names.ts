/** `OfferFile` → `offer-file`, `AdManager` → `ad-manager`: file names of generated and imported files. */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
}
