import type { UploadChannel } from '../upload/send.js';
import type { CallRequest } from '../transport/transport.js';
import type { ApiTable, ModelSpec } from '../table/spec.js';
import type { ModelConstructor, ModelHost } from './model.js';

export interface CallOptions {
  /** Abort the call (and any retry wait) when this signal fires. */
  readonly signal?: AbortSignal;
  /** Return `response.data` as HasOffers sent it (pagination stripped), without building models. */
  readonly raw?: boolean;
}

/** What managers and models need from the client. */
export interface ApiContext extends ModelHost {
  readonly table: ApiTable;
  /** The API's Target prefix (`Affiliate_`), '' for the network's: where its DownloadReport lives. */
  readonly targetPrefix?: string;
  /** Sends a call; resolves with `response.data` once the envelope has been checked for errors. */
  send(request: CallRequest): Promise<unknown>;
  /** The runtime manager behind a client property (`offers`). */
  manager(name: string): Record<string, unknown>;
  modelClass(name: string): ModelConstructor | undefined;
  modelSpec(name: string): ModelSpec | undefined;
  /** Streams multipart uploads (offerFiles.create); absent on contexts built without a transport. */
  readonly upload?: UploadChannel;
  /** Downloads a signed link (raw logs, report exports); absent on contexts built without a transport. */
  readonly download?: (url: string, options?: { signal?: AbortSignal }) => Promise<{ body: AsyncIterable<Uint8Array>; size?: number }>;
}
