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

/** Query parameters of signed links (S3 and CloudFront): credentials for as long as the link is valid. */
const SIGNED_LINK_PARAMS = /([?&](?:amp;)?(?:X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|Signature|AWSAccessKeyId|Key-Pair-Id|Policy)=)[^&"'\s<>\\]+/gi;

/** Takes the signature (and credential) values out of every signed link in a text. */
export function redactSignedLinks(text: string): string {
  if (!/X-Amz-|Signature=|AWSAccessKeyId=|Key-Pair-Id=/i.test(text)) return text;
  return text.replace(SIGNED_LINK_PARAMS, `$1${REDACTED}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `\u0041` in either case of hex digits. */
function unicodeEscape(code: number): string {
  const hex = code.toString(16).padStart(4, '0');
  return `\\\\u${[...hex].map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit)).join('')}`;
}

/** A secret in JSON text where any of its characters may be written as a `\uXXXX` escape (and `/` as `\/`). */
function escapedPattern(secret: string): string {
  let pattern = '';
  for (let i = 0; i < secret.length; i++) {
    const code = secret.charCodeAt(i);
    const literal = escapeRegExp(secret.charAt(i));
    const alternatives = [literal, unicodeEscape(code)];
    if (secret.charAt(i) === '/') alternatives.push('\\\\/');
    pattern += `(?:${alternatives.join('|')})`;
  }
  return pattern;
}

/**
 * Returns a function that removes the given secrets from any text: as they are, URL-encoded,
 * JSON-escaped (JavaScript's and PHP's way, and with any character written as `\uXXXX`), and
 * every signed link's signature. Empty or very short secrets are ignored (they would redact
 * ordinary words).
 */
export function makeRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const forms = new Set<string>();
  const patterns: string[] = [];
  for (const secret of secrets) {
    if (!secret || secret.length < 3) continue;
    forms.add(secret);
    forms.add(encodeComponent(secret));
    forms.add(encodeURIComponent(secret));
    const json = JSON.stringify(secret).slice(1, -1);
    forms.add(json);
    // PHP's json_encode (HasOffers echoes the request) also escapes slashes.
    forms.add(json.replace(/\//g, '\\/'));
    patterns.push(escapedPattern(secret));
  }
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  const escaped = patterns.length ? new RegExp(patterns.sort((a, b) => b.length - a.length).join('|'), 'g') : undefined;
  return (text: string) => {
    let out = text;
    for (const form of ordered) if (out.includes(form)) out = out.split(form).join(REDACTED);
    if (escaped && out.includes('\\u')) out = out.replace(escaped, REDACTED);
    return redactSignedLinks(out);
  };
}
