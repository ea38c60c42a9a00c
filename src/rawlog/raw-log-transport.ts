/** How raw logs reach HasOffers: the only thing the raw-log module needs from the HTTP client. */

export type RawLogMethod = 'listDateDirs' | 'listLogs' | 'getDownloadLink';

export interface RawLogTransport {
  /** One HasOffers call, `Target=RawLog&Method=<method>` plus `params`; resolves to `response.data`, unmodelled. */
  call(method: RawLogMethod, params: Record<string, string>, options?: { signal?: AbortSignal }): Promise<unknown>;
  /** A plain GET of a download URL, body as a stream; the implementation retries network errors. */
  download(url: string, options?: { signal?: AbortSignal }): Promise<{ body: AsyncIterable<Uint8Array>; size?: number }>;
  /**
   * How many more times a file whose body broke off midway is downloaded, where none of its records
   * has been handed out yet: `records()`, `content()`, `findAll()`, and files of `iterate()` still
   * waiting their turn (`download` itself retries only until the answer starts). Default 0.
   */
  readonly bodyRetries?: number;
}
