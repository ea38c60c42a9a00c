import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { InvalidResponseError, TimeoutError } from '../errors.js';
import { discard, exchange, Pipeline } from '../transport/pipeline.js';
import { onAbort } from '../transport/abort.js';

export interface DownloaderOptions {
  /** The client's pipeline; without one, a pipeline of its own over `dispatcher`. */
  readonly pipeline?: Pipeline;
  readonly dispatcher?: Dispatcher;
  /** Retries after the first attempt, for network errors, timeouts and 5xx/429 (downloads are plain reads). */
  readonly retries: number;
  /** Milliseconds to wait for the answer's headers (and for an error answer's body). */
  readonly timeout: number;
  /** Milliseconds without a new chunk before a streamed body is abandoned. */
  readonly idleTimeout: number;
}

/**
 * A download link as errors and logs show it: without its query string, which holds the S3
 * signature (a credential for as long as the link is valid). The file's name is in the path.
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
async function* withIdleTimeout(body: Readable, idleMs: number, shown: string, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  let timer: NodeJS.Timeout | undefined;
  const stop = signal ? onAbort(signal, () => discard(body)) : () => undefined;
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`download of ${shown} stalled: no data for ${idleMs} ms`)), idleMs);
      });
      const next = await Promise.race([iterator.next(), idle]).finally(() => clearTimeout(timer));
      if (next.done) return;
      yield next.value;
    }
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    clearTimeout(timer);
    stop();
    discard(body);
  }
}

/**
 * Plain GETs of raw-log download links (S3 URLs, not HasOffers calls: no token in them, no rate
 * limit), through the client's one pipeline: its dispatcher (so `verify`/proxy settings apply),
 * its retry policy (a download is a read, repeating it is harmless until the body starts), its
 * error translator. Error answers are read capped and under the timeout; HTTP compression is not
 * asked for and refused when sent anyway (the zip guards must see the real bytes).
 */
export function createDownloader(options: DownloaderOptions) {
  let pipeline = options.pipeline;
  if (!pipeline) {
    if (!options.dispatcher) throw new TypeError('createDownloader: pass the client pipeline or a dispatcher');
    pipeline = new Pipeline({
      dispatcher: options.dispatcher,
      timeout: options.timeout,
      maxResponseBytes: 64 * 1024 * 1024,
      retries: options.retries,
      retryTimeout: 0,
      backoff: { initialMs: 300, maxMs: 10_000 },
      logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
      redact: (text) => text,
    });
  }
  const through = pipeline;
  return async (url: string, callOptions: { signal?: AbortSignal } = {}): Promise<{ body: AsyncIterable<Uint8Array>; size?: number }> => {
    const shown = linkForDisplay(url);
    const state = exchange('download', `download of ${shown}`, { safe: true, signal: callOptions.signal, scrub: (text) => withoutLinkSecrets(text, url) });
    await through.run(through.downloads, url, state);
    const body = state.stream;
    if (!body) throw new InvalidResponseError(`download of ${shown} has no body`, 200, '');
    return { body: withIdleTimeout(body, options.idleTimeout, shown, callOptions.signal), ...(state.size !== undefined ? { size: state.size } : {}) };
  };
}
