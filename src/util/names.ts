/**
 * `OfferFile` → `offer-file`, `affiliateUsers` → `affiliate-users`, `AdManager` → `ad-manager`:
 * the kebab-case of a camelCase or PascalCase name. The CLI spells managers with it and codegen
 * names generated and imported files with it.
 */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
}
