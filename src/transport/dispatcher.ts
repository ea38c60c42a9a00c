import { Agent, EnvHttpProxyAgent, ProxyAgent } from 'undici';
import type { Dispatcher } from 'undici';

export interface DispatcherOptions {
  /** Check TLS certificates. `false` affects this client's dispatcher only. */
  readonly verify: boolean;
  /**
   * A proxy URL (`http://user:pass@proxy:3128`); `false` ignores the environment; undefined uses
   * `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` (either case) when one of them is set.
   */
  readonly proxy?: string | false | undefined;
  /** Where to read proxy variables from (tests pass their own). */
  readonly env?: NodeJS.ProcessEnv;
}

/** How requests leave: `direct`, `proxy` (the option) or `env-proxy` (the environment). */
export type Route = 'direct' | 'proxy' | 'env-proxy';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/**
 * The client's own undici dispatcher (connection pool), so that `verify: false` and the proxy
 * apply to this client only, never process-wide (NODE_TLS_REJECT_UNAUTHORIZED would). Calls,
 * downloads and uploads all go through it.
 */
export function createDispatcher(options: DispatcherOptions): { dispatcher: Dispatcher; route: Route } {
  const tls = { rejectUnauthorized: options.verify };
  if (typeof options.proxy === 'string' && options.proxy !== '') {
    // requestTls: TLS to HasOffers through the tunnel; proxyTls: TLS to an https:// proxy itself.
    return { dispatcher: new ProxyAgent({ uri: options.proxy, requestTls: tls, proxyTls: tls }), route: 'proxy' };
  }
  const env = options.env ?? process.env;
  if (options.proxy !== false && PROXY_VARIABLES.some((name) => env[name])) {
    const pick = (lower: string, upper: string) => env[lower] || env[upper] || undefined;
    return {
      dispatcher: new EnvHttpProxyAgent({
        httpProxy: pick('http_proxy', 'HTTP_PROXY'),
        httpsProxy: pick('https_proxy', 'HTTPS_PROXY'),
        noProxy: pick('no_proxy', 'NO_PROXY') ?? '',
        connect: tls,
        requestTls: tls,
        proxyTls: tls,
      }),
      route: 'env-proxy',
    };
  }
  return { dispatcher: new Agent({ connect: tls }), route: 'direct' };
}
