import { buildMultipart } from './multipart.js';
import { checkOfferFileFields } from './offer-file-fields.js';
import { sendUpload } from './send.js';
import type { UploadChannel } from './send.js';
import { openSource } from './source.js';

export interface UploadCallOptions {
  /** Abort the upload. Aborting mid-body leaves the outcome unknown, as for any write. */
  readonly signal?: AbortSignal;
}

/**
 * `OfferFile.create` with a file: checks the fields and opens the file first (so bad input fails
 * before a byte is sent), then streams one multipart upload and returns HasOffers' `data`.
 *
 * Wire format (pyoffers' recorded upload): POST to the endpoint with NetworkToken, NetworkId,
 * Target, Method and `data[...]` in the query string, encoded as for every other call, and the
 * file alone in the body as a part named after `data[filename]`.
 */
export async function uploadOfferFile(channel: UploadChannel, file: unknown, data: unknown, options: UploadCallOptions = {}): Promise<unknown> {
  // Fields before the file: a wrong type or a missing offer_id needs no disk access to report.
  checkOfferFileFields(data, undefined, { nameFromFile: 'later' });
  const source = await openSource(file);
  try {
    const fields = checkOfferFileFields(data, source.name);
    const body = buildMultipart(fields.filename, source.name ?? fields.filename, source);
    return await sendUpload(channel, {
      target: 'OfferFile',
      method: 'create',
      params: fields.pairs,
      body,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } finally {
    source.release();
  }
}
