/** A RawLogTransport over real fetch calls, for tests against a 127.0.0.1 server. */
import type { RawLogMethod, RawLogTransport } from '../../src/rawlog/raw-log-transport.js';

export class FetchTransport implements RawLogTransport {
  constructor(private readonly base: string) {}

  async call(method: RawLogMethod, params: Record<string, string>, options?: { signal?: AbortSignal }): Promise<unknown> {
    const q = new URLSearchParams({ Target: 'RawLog', Method: method, NetworkToken: 'token', NetworkId: 'id', ...params });
    const res = await fetch(`${this.base}/Apiv3/json?${q.toString()}`, { signal: options?.signal });
    const json = (await res.json()) as { response: { data: unknown } };
    return json.response.data;
  }

  async download(url: string, options?: { signal?: AbortSignal }): Promise<{ body: AsyncIterable<Uint8Array>; size?: number }> {
    // One retry on a network error before the response starts, as the real transport promises.
    let res: Response;
    try {
      res = await fetch(url, { signal: options?.signal });
    } catch (err) {
      if (options?.signal?.aborted) throw err;
      res = await fetch(url, { signal: options?.signal });
    }
    if (!res.ok || !res.body) throw new Error(`GET ${url}: HTTP ${res.status}`);
    const length = res.headers.get('content-length');
    const body = res.body as unknown as AsyncIterable<Uint8Array>;
    return length === null ? { body } : { body, size: Number(length) };
  }
}
