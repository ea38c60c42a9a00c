import { encodeComponent } from '../wire/encode.js';

export const REDACTED = '***';

/** Redacts every string (keys included) of a parsed JSON value: HasOffers' `errors` end up in messages. */
export function redactDeep(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item, redact));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item, redact)]));
  }
  return value;
}

/**
 * Returns a function that removes the given secrets from any text: as they are, URL-encoded, and
 * JSON-escaped (JavaScript's and PHP's way). Empty or very short secrets are ignored (they would redact ordinary words).
 */
export function makeRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret || secret.length < 3) continue;
    forms.add(secret);
    forms.add(encodeComponent(secret));
    forms.add(encodeURIComponent(secret));
    const json = JSON.stringify(secret).slice(1, -1);
    forms.add(json);
    // PHP's json_encode (HasOffers echoes the request) also escapes slashes.
    forms.add(json.replace(/\//g, '\\/'));
  }
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text: string) => {
    let out = text;
    for (const form of ordered) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out;
  };
}
