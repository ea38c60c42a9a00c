import FormData from 'form-data';
import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import type { UploadSource } from './source.js';

export interface MultipartBody {
  /** The body stream; read it once. */
  readonly body: Readable;
  /** `multipart/form-data; boundary=…` */
  readonly contentType: string;
  /** Total body length when the file size is known; otherwise the body goes out chunked. */
  readonly length?: number;
  readonly boundary: string;
}

/** WHATWG multipart escaping of `name`/`filename` values: `"`, CR and LF cannot end the header. */
function escapeParam(value: string): string {
  return value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

/**
 * Wraps one file in a multipart/form-data body with a single part, the way pyoffers (requests)
 * sends it: the part is named after `data[filename]`, its `filename=` is the file's own name, and
 * it has no Content-Type header:
 *
 *     --<boundary>\r\n
 *     Content-Disposition: form-data; name="<name>"; filename="<file name>"\r\n
 *     \r\n
 *     <bytes>\r\n
 *     --<boundary>--\r\n
 *
 * Why form-data and not the platform FormData with a file-backed Blob: both stream flat once
 * fetch is told not to keep a copy of the body (see send.ts: `redirect: 'error'`; measured on a
 * 200 MB sparse file to a server in another process, RSS +34–36 MB either way, against +214–218 MB
 * with fetch's default redirect mode). But the platform FormData always writes a
 * part `Content-Type` (the Blob's type or application/octet-stream), which the recorded upload
 * does not have, and it needs a Blob, so a stream of unknown length would first have to be
 * spooled. form-data lets the part header match byte for byte, takes any stream, and computes the
 * Content-Length from the known size (`knownLength`) without touching the bytes.
 *
 * Names are sent as given (UTF-8, with `"`, CR and LF percent-escaped as browsers do).
 */
export function buildMultipart(partName: string, filename: string, source: UploadSource, boundary?: string): MultipartBody {
  // maxDataSize bounds only bytes a source emits before the form starts reading it (it is paused
  // until then), so the 2 MB default never applies to the streamed file itself.
  const form = new FormData();
  if (boundary) form.setBoundary(boundary);
  // The part header is written here rather than by form-data: its header option merges only
  // headers that are not already set, so it cannot drop the Content-Type it guesses from the
  // file name (image/jpeg for .jpg) and pyoffers sends none.
  const header = `--${form.getBoundary()}\r\nContent-Disposition: form-data; name="${escapeParam(partName)}"; filename="${escapeParam(filename)}"\r\n\r\n`;
  form.append(partName, source.stream, { header, ...(source.size !== undefined ? { knownLength: source.size } : {}) });
  // form-data is an old-style stream (no async iteration, no error propagation through pipe):
  // pipe it into a PassThrough, which honours back-pressure and which fetch can iterate.
  const body = new PassThrough({ highWaterMark: 64 * 1024 });
  // The reader (sendUpload) gets a failure from iterating the destroyed body, even one that
  // happened before it started; this listener only keeps the 'error' event from being uncaught.
  body.on('error', () => undefined);
  form.on('error', (error: Error) => body.destroy(error));
  source.stream.on('error', (error: Error) => body.destroy(error));
  form.pipe(body);
  const length = form.hasKnownLength() && source.size !== undefined ? form.getLengthSync() : undefined;
  return {
    body,
    contentType: `multipart/form-data; boundary=${form.getBoundary()}`,
    boundary: form.getBoundary(),
    ...(length !== undefined ? { length } : {}),
  };
}
