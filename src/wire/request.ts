import { WireEncodingError } from '../errors.js';
import { toQueryString } from './encode.js';
import type { WirePair } from './params.js';

/** Query strings longer than this go as a POST form body instead (proxies and servers cap URLs near 8 KB). */
export const MAX_QUERY_LENGTH = 8192;

export interface WireOptions {
  /** `https://api.hasoffers.com/Apiv3/json`; `https://user:pass@host/…` sends the user and password as HTTP Basic auth. */
  readonly endpoint: string;
  /** The network API's credentials (used when `credentials` is not given). */
  readonly networkToken?: string;
  readonly networkId?: string;
  /** The pairs that authenticate every call, in order (an API profile's: `api_key`, `NetworkId`…). Secrets. */
  readonly credentials?: readonly WirePair[];
  /** Wire names that must never be sent (another API's credentials): a call that carries one is refused. */
  readonly refuse?: readonly string[];
  /** Query strings above this length are sent as a POST form body (default 8192). */
  readonly maxQueryLength?: number;
}

/** One call as HasOffers names it; `params` exclude the credentials. */
export interface WireCall {
  readonly target: string;
  readonly method: string;
  readonly params: readonly WirePair[];
}

/** A call as it goes on the wire. Holds the NetworkToken: never log it or keep it on an error. */
export interface WireRequest {
  readonly method: 'GET' | 'POST';
  /** The URL, the whole query string included for a GET. */
  readonly url: string;
  /** The form body of a POST (`application/x-www-form-urlencoded`). */
  readonly body?: string;
  /** Length of the encoded parameters (query string or form body). */
  readonly length: number;
}

/** The endpoint split into what goes in the URL and what goes in a header. */
export interface Endpoint {
  /** The endpoint without user and password. */
  readonly url: string;
  /** The endpoint as shown to people: the password (and a user without one) replaced by `***`. */
  readonly display: string;
  /** `Basic …` when the endpoint carried a user or password. */
  readonly authorization?: string;
  /** The user and password (as written and decoded), for the redactor. */
  readonly secrets: readonly string[];
}

const FORM = 'application/x-www-form-urlencoded';

/** Splits `https://user:pass@host/path` into a URL without credentials and a Basic auth header (what `requests` does). */
export function parseEndpoint(endpoint: string): Endpoint {
  const url = new URL(endpoint);
  if (!url.username && !url.password) return { url: endpoint, display: endpoint, secrets: [] };
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const secrets = [url.username, url.password, user, password].filter((secret) => secret.length > 0);
  const authorization = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
  secrets.push(authorization.slice('Basic '.length));
  url.username = '';
  url.password = '';
  const bare = url.toString();
  const display = bare.replace('://', '://***@');
  return { url: bare, display, authorization, secrets };
}

/**
 * The only place that knows how a HasOffers call is put on the wire: credentials first (what
 * pyoffers sends), then Target, Method and the parameters, percent-encoded like Python's
 * `quote_plus`; a GET with a query string, or a POST form body when the query string would pass
 * `maxQueryLength`. The credentials are encoded once, here.
 */
export class WireFormat {
  readonly endpoint: Endpoint;
  readonly #prefix: string;
  readonly #separator: string;
  readonly #maxQueryLength: number;
  readonly #refuse: ReadonlySet<string>;
  /** Headers every call carries (Basic auth from the endpoint, when given). */
  readonly headers: Readonly<Record<string, string>>;
  /** Headers of a POST form call. */
  readonly formHeaders: Readonly<Record<string, string>>;

  constructor(options: WireOptions) {
    this.endpoint = parseEndpoint(options.endpoint);
    const credentials = options.credentials ?? [
      ['NetworkToken', options.networkToken ?? ''],
      ['NetworkId', options.networkId ?? ''],
    ];
    this.#prefix = toQueryString(credentials);
    this.#refuse = new Set([...(options.refuse ?? []), ...credentials.map(([name]) => name)]);
    this.#separator = this.endpoint.url.includes('?') ? '&' : '?';
    this.#maxQueryLength = options.maxQueryLength ?? MAX_QUERY_LENGTH;
    const headers: Record<string, string> = this.endpoint.authorization ? { authorization: this.endpoint.authorization } : {};
    this.headers = Object.freeze(headers);
    this.formHeaders = Object.freeze({ ...this.headers, 'content-type': FORM });
  }

  /** `NetworkToken=…&NetworkId=…&Target=…&Method=…&params`: the exact bytes pyoffers sends. */
  query(call: WireCall): string {
    for (const [key] of call.params) {
      // A credential as a parameter would be sent twice, or (another API's) to an API that must never see it.
      // `NetworkToken[]=x` is a NetworkToken to PHP too: the name before any bracket counts.
      if (this.#refuse.has(key.replace(/\[.*$/, ''))) throw new WireEncodingError(`Parameter "${key}" is a credential; this client sends its own and never another API's. Remove it from the parameters.`);
    }
    return `${this.#prefix}&${toQueryString([['Target', call.target], ['Method', call.method], ...call.params])}`;
  }

  /** The GET URL of a call, credentials included (uploads put their parameters here too). */
  url(call: WireCall): string {
    return `${this.endpoint.url}${this.#separator}${this.query(call)}`;
  }

  /** GET with a query string, or POST with the same bytes as a form body when they would make the URL too long. */
  request(call: WireCall): WireRequest {
    const query = this.query(call);
    if (query.length > this.#maxQueryLength) return { method: 'POST', url: this.endpoint.url, body: query, length: query.length };
    return { method: 'GET', url: `${this.endpoint.url}${this.#separator}${query}`, length: query.length };
  }
}
