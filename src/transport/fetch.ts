import { Agent, fetch as undiciFetch } from 'undici';
import type { Dispatcher } from 'undici';

export interface FetchSetup {
  readonly fetch: (input: Request | URL | string, init?: RequestInit) => Promise<Response>;
  /** Closes the client's own connection pool. */
  close(): Promise<void>;
}

/**
 * A fetch bound to this client's own undici dispatcher, so that `verify: false` turns certificate
 * checks off for this client only, never process-wide (NODE_TLS_REJECT_UNAUTHORIZED would).
 */
export function createFetch(options: { verify: boolean; dispatcher?: Dispatcher }): FetchSetup {
  const dispatcher = options.dispatcher ?? new Agent({ connect: { rejectUnauthorized: options.verify } });
  const bound = async (input: Request | URL | string, init?: RequestInit): Promise<Response> => {
    // ky hands us a global Request; undici's own fetch wants plain parts (a different Request class).
    const request = input instanceof Request ? input : new Request(input, init);
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const response = await undiciFetch(request.url, {
      method: request.method,
      headers: [...request.headers.entries()],
      body: hasBody ? await request.arrayBuffer() : undefined,
      signal: init?.signal ?? request.signal,
      redirect: request.redirect,
      dispatcher,
    });
    return response as unknown as Response;
  };
  return {
    fetch: bound,
    close: async () => {
      if (!options.dispatcher) await dispatcher.close();
    },
  };
}
