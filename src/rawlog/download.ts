import ky, { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import { fetch as undiciFetch } from 'undici';
import type { Dispatcher } from 'undici';
import { InvalidResponseError, NetworkError, TimeoutError } from '../errors.js';

export interface DownloaderOptions {
  readonly dispatcher: Dispatcher;
  /** Retries after the first attempt, for network errors, timeouts and 5xx/429 (downloads are plain reads). */
  readonly retries: number;
  /** Milliseconds to wait for the answer's headers. */
  readonly timeout: number;
  /** Milliseconds without a new chunk before a streamed body is abandoned (ky's timeout does not cover reading it). */
  readonly idleTimeout: number;
}

/**
 * A download link as errors show it: without its query string, which holds the S3 signature (a
 * credential for as long as the link is valid). The file's name is in the path.
 */
export function linkForDisplay(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    return '<unparsable download link>';
  }
}

/**
 * An error body with the link's query values taken out: S3 answers a bad signature with XML that
 * quotes the signature it was given.
 */
export function withoutLinkSecrets(text: string, url: string): string {
  let out = text;
  try {
    for (const [, value] of new URL(url).searchParams) {
      if (value.length < 8) continue;
      for (const form of new Set([value, encodeURIComponent(value)])) out = out.split(form).join('…');
    }
  } catch {
    // not a URL: nothing to take out
  }
  return out;
}

/** Yields a body's chunks, failing when none arrives for `idleMs` or the signal aborts. */
async function* withIdleTimeout(body: ReadableStream<Uint8Array>, idleMs: number, url: string, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      signal?.throwIfAborted();
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`download of ${url} stalled: no data for ${idleMs} ms`)), idleMs);
      });
      const next = await Promise.race([reader.read(), idle]).finally(() => clearTimeout(timer));
      if (next.done) return;
      yield next.value;
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
}

/**
 * Plain GETs of raw-log download links (S3 URLs, not HasOffers calls: no token in them), through
 * the client's own dispatcher so that `verify`/proxy settings apply. Retried by ky: a download is
 * a read, repeating it is harmless.
 */
export function createDownloader(options: DownloaderOptions) {
  const client = ky.create({
    timeout: options.timeout,
    retry: { limit: options.retries, methods: ['get'], retryOnTimeout: true, jitter: true, backoffLimit: 10_000 },
    fetch: async (input: Request | URL | string, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const response = await undiciFetch(request.url, { method: 'GET', headers: [...request.headers.entries()], signal: init?.signal ?? request.signal, dispatcher: options.dispatcher });
      return response as unknown as Response;
    },
  });
  return async (url: string, callOptions: { signal?: AbortSignal } = {}): Promise<{ body: AsyncIterable<Uint8Array>; size?: number }> => {
    const shown = linkForDisplay(url);
    let response: Response;
    try {
      response = await client.get(url, { signal: callOptions.signal });
    } catch (error) {
      if (callOptions.signal?.aborted) throw callOptions.signal.reason ?? error;
      if (error instanceof HTTPError) {
        const text = await error.response.text().catch(() => '');
        throw new InvalidResponseError(`download of ${shown} answered HTTP ${error.response.status}`, error.response.status, withoutLinkSecrets(text, url).slice(0, 200));
      }
      if (error instanceof KyTimeoutError) throw new TimeoutError(`download of ${shown} timed out after ${options.timeout} ms`);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new NetworkError(`download of ${shown} failed: ${cause?.code ?? ''} ${cause?.message ?? (error as Error).message}`.trim());
    }
    if (!response.body) throw new InvalidResponseError(`download of ${shown} has no body`, response.status, '');
    const length = Number(response.headers.get('content-length'));
    return { body: withIdleTimeout(response.body, options.idleTimeout, shown, callOptions.signal), ...(Number.isFinite(length) && length > 0 ? { size: length } : {}) };
  };
}
