import { UploadSourceError } from '../errors.js';
import type { EnvelopeResponse } from '../response/envelope.js';
import type { Logger } from '../transport/logger.js';
import type { UploadSend } from '../transport/transport.js';
import type { WirePair } from '../wire/params.js';
import type { MultipartBody } from './multipart.js';

export { UploadSourceError };

/** One upload call: Target/Method and the `data[...]` pairs that go in the query string. */
export interface UploadCall {
  readonly target: string;
  readonly method: string;
  readonly params: readonly WirePair[];
}

/**
 * What an upload needs from the client: its one pipeline (same credentials and encoder, same
 * dispatcher, so `verify: false` and the proxy apply; its rate limiter; its error translator and
 * size-capped reader), and the logger. The client puts one on its ApiContext (`context.upload`)
 * for custom methods.
 */
export interface UploadChannel {
  /** Streams one upload through the client's pipeline; never repeated. */
  send(call: UploadSend): Promise<{ readonly envelope: EnvelopeResponse; readonly sent: number }>;
  readonly logger: Logger;
}

export interface UploadRequest extends UploadCall {
  readonly body: MultipartBody;
  readonly signal?: AbortSignal;
}

/**
 * Sends one multipart upload and returns `response.data` once the envelope has been checked.
 *
 * Never retried: the body is a stream that has been consumed, and `create` writes, so repeating
 * it could store the creative twice. Failures after the body may have reached HasOffers are
 * UnknownOutcomeError; failures before (connection refused, DNS, TLS) say it was not sent. The
 * body goes to the socket as it is read (never buffered); a rate-limit answer is thrown as is.
 */
export async function sendUpload(channel: UploadChannel, request: UploadRequest): Promise<unknown> {
  const where = `${request.target}.${request.method}`;
  const started = Date.now();
  const source = request.body.body;
  channel.logger.debug(`Upload ${where} (POST multipart, ${request.body.length ?? 'chunked'} bytes) parameters: ${JSON.stringify(request.params)}`);
  try {
    const { envelope, sent } = await channel.send({
      target: request.target,
      method: request.method,
      params: request.params,
      body: { stream: source, contentType: request.body.contentType, ...(request.body.length !== undefined ? { length: request.body.length } : {}) },
      ...(request.signal ? { signal: request.signal } : {}),
    });
    channel.logger.info(`${where} OK in ${Date.now() - started} ms (${sent} bytes uploaded; uploads are never repeated)`);
    return envelope.data;
  } finally {
    source.destroy();
  }
}
