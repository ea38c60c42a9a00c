/** The multipart/form-data reader for OfferFile uploads (busboy, with limits), and image dimensions for the stored file. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Busboy } from 'busboy';
import { ApiFailure } from './errors.js';

export interface UploadedFile {
  /** The part's `name` (HasOffers clients name it after the file). */
  readonly field: string;
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

export interface MultipartBody {
  readonly fields: [string, string][];
  readonly files: UploadedFile[];
}

/** What one multipart body may hold; over a limit the upload is refused with a message naming it. */
export interface MultipartLimits {
  /** Bytes of all files together. */
  readonly fileBytes: number;
  readonly files: number;
  readonly fields: number;
  readonly fieldBytes: number;
  /** Bytes of a part's name (HasOffers clients name the file part after the file). */
  readonly nameBytes: number;
}

export const MULTIPART_LIMITS: MultipartLimits = Object.freeze({ fileBytes: 32 * 1024 * 1024, files: 16, fields: 1_000, fieldBytes: 1024 * 1024, nameBytes: 1024 });

function refuse(text: string): ApiFailure {
  return ApiFailure.message(`Cannot read the multipart/form-data body: ${text}`);
}

/**
 * Streams a multipart/form-data body through busboy, keeping field values and file bytes.
 * Rejects with an ApiFailure on a malformed body or one over `limits`; the caller owns `source`
 * (it is unpiped, not destroyed, so that an answer can still be written on its socket).
 */
export function readMultipart(source: Readable, headers: IncomingHttpHeaders, limits: MultipartLimits = MULTIPART_LIMITS): Promise<MultipartBody> {
  return new Promise((resolve, reject) => {
    let parser: Busboy;
    try {
      parser = busboy({
        headers,
        defParamCharset: 'utf8',
        preservePath: true,
        limits: { fileSize: limits.fileBytes, files: limits.files, fields: limits.fields, fieldSize: limits.fieldBytes, fieldNameSize: limits.nameBytes, parts: limits.files + limits.fields, headerPairs: 64 },
      });
    } catch (error) {
      reject(refuse(`${error instanceof Error ? error.message : String(error)}; send the Content-Type your HTTP client builds (with its boundary).`));
      return;
    }
    const fields: [string, string][] = [];
    const files: UploadedFile[] = [];
    let fileBytes = 0;
    let failed = false;
    let open = 0;
    let parsed = false;
    const fail = (failure: ApiFailure) => {
      if (failed) return;
      failed = true;
      source.unpipe(parser);
      parser.removeAllListeners();
      // Later parser errors (the rest of the body) have no one to go to.
      parser.on('error', () => {});
      reject(failure);
    };
    const settle = () => {
      if (!failed && parsed && open === 0) resolve({ fields, files });
    };
    parser.on('field', (name, value, info) => {
      if (info.nameTruncated) return fail(refuse(`a part name is longer than ${limits.nameBytes} bytes.`));
      if (info.valueTruncated) return fail(refuse(`field "${name}" is longer than ${limits.fieldBytes} bytes.`));
      if (name) fields.push([name, value]);
    });
    parser.on('file', (name, stream, info) => {
      open++;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        fileBytes += chunk.length;
        if (fileBytes > limits.fileBytes) return fail(refuse(`the files are larger than ${limits.fileBytes} bytes together.`));
        chunks.push(chunk);
      });
      stream.on('limit', () => fail(refuse(`file "${info.filename}" is larger than ${limits.fileBytes} bytes.`)));
      stream.on('error', (error: Error) => fail(refuse(error.message)));
      stream.on('end', () => {
        open--;
        if (failed) return;
        files.push({ field: name, filename: info.filename ?? '', contentType: info.mimeType || 'application/octet-stream', bytes: Buffer.concat(chunks) });
        settle();
      });
    });
    parser.on('fieldsLimit', () => fail(refuse(`more than ${limits.fields} fields.`)));
    parser.on('filesLimit', () => fail(refuse(`more than ${limits.files} files.`)));
    parser.on('partsLimit', () => fail(refuse(`more than ${limits.files + limits.fields} parts.`)));
    parser.on('error', (error: Error) => fail(refuse(error.message)));
    parser.on('close', () => {
      parsed = true;
      settle();
    });
    source.on('error', (error: Error) => fail(refuse(`the upload broke off (${error.message}).`)));
    source.pipe(parser);
  });
}

/** Width and height of a PNG, GIF or JPEG (HasOffers reports the real size, not the one sent). */
export function imageSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes.length >= 10 && bytes.subarray(0, 3).toString('latin1') === 'GIF') return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return undefined;
      const marker = bytes[offset + 1] as number;
      const length = bytes.readUInt16BE(offset + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
      }
      offset += 2 + length;
    }
  }
  return undefined;
}
