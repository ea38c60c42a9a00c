import { InvalidArgumentError } from '../errors.js';
import { describeValue } from '../util/describe.js';
import { flattenParams } from '../wire/encode.js';
import type { ParamValue, Params, WirePair } from '../wire/params.js';
import { isPlainObject } from '../util/is-plain-object.js';

/**
 * The creative types HasOffers accepts, in the order its own error lists them ("Type must be one
 * of: …", recorded in pyoffers' offer_file cassette). Checked here so a typo fails before a
 * possibly large upload rather than after it.
 */
export const OFFER_FILE_TYPES = ['file', 'image banner', 'flash banner', 'email creative', 'offer thumbnail', 'text ad', 'html ad', 'xml feed', 'hidden'] as const;
export type OfferFileType = (typeof OFFER_FILE_TYPES)[number];

/** The fields of a new creative (the rest of OfferFile's writable fields may be added). */
export interface OfferFileUploadFields {
  readonly display: string;
  readonly type: OfferFileType;
  readonly offer_id: number | string | bigint;
  readonly width?: number | string;
  readonly height?: number | string;
  /** The name HasOffers stores; defaults to the file's own name. */
  readonly filename?: string;
  readonly [field: string]: unknown;
}

export interface CheckedOfferFileFields {
  /** `data[...]` pairs for the query string, `data[filename]` first (as pyoffers sends them). */
  readonly pairs: WirePair[];
  readonly filename: string;
}

function positiveInteger(name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  const text = typeof value === 'number' || typeof value === 'bigint' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^[0-9]+$/.test(text) || Number(text) <= 0) throw new InvalidArgumentError(`data.${name}`, `expected a whole number of pixels > 0, got ${describeValue(value)}; leave it out to let HasOffers measure the image.`);
}

/**
 * Slashes and backslashes would make a path of the stored name; control characters and `"` cannot
 * appear in the multipart part name as they are (browsers escape `"` as %22, and then the part
 * name would no longer equal data[filename], which is how HasOffers finds the file).
 */
function badName(name: string): boolean {
  return [...name].some((ch) => ch === '/' || ch === '\\' || ch === '"' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
}

/**
 * Validates the creative's fields and turns them into `data[...]` pairs. `defaultName` is the
 * file's own name (from its path or File object), used when `data.filename` is absent;
 * `nameFromFile: 'later'` checks everything else before the file has been opened.
 */
export function checkOfferFileFields(data: unknown, defaultName: string | undefined, options: { readonly nameFromFile?: 'later' } = {}): CheckedOfferFileFields {
  if (!isPlainObject(data)) {
    throw new InvalidArgumentError('data', `offerFiles.create(file, data) takes the creative's fields as an object like { display, type, offer_id, width?, height?, filename? }, got ${describeValue(data)}.`);
  }
  const { filename: given, ...rest } = data;
  if (typeof rest.display !== 'string' || rest.display.trim() === '') {
    throw new InvalidArgumentError('data.display', `expected the creative's display name (a non-empty string), got ${describeValue(rest.display)}.`);
  }
  if (rest.offer_id === undefined || rest.offer_id === null || rest.offer_id === '') {
    throw new InvalidArgumentError('data.offer_id', 'every creative belongs to an offer: pass the offer id, e.g. { offer_id: 438 }.');
  }
  const id = typeof rest.offer_id === 'number' || typeof rest.offer_id === 'bigint' ? String(rest.offer_id) : typeof rest.offer_id === 'string' ? rest.offer_id.trim() : '';
  if (!/^[0-9]+$/.test(id) || BigInt(id) <= 0n) throw new InvalidArgumentError('data.offer_id', `expected a positive offer id, got ${describeValue(rest.offer_id)}.`);
  if (rest.type === undefined || rest.type === null) {
    throw new InvalidArgumentError('data.type', `pass the creative type, one of: ${OFFER_FILE_TYPES.join(', ')}.`);
  }
  if (typeof rest.type !== 'string' || !(OFFER_FILE_TYPES as readonly string[]).includes(rest.type)) {
    throw new InvalidArgumentError('data.type', `HasOffers accepts only ${OFFER_FILE_TYPES.map((t) => `"${t}"`).join(', ')}; got ${describeValue(rest.type)}.`);
  }
  positiveInteger('width', rest.width);
  positiveInteger('height', rest.height);
  let filename: string;
  if (given === undefined || given === null) {
    if (!defaultName && options.nameFromFile !== 'later') {
      throw new InvalidArgumentError(
        'data.filename',
        'a Buffer, a Blob (fs.openAsBlob() gives one without a name) or a stream has no file name: pass data.filename (e.g. "banner-300x250.png"), ' +
          'which HasOffers stores and serves the file under, or pass the path itself or a File (new File([blob], "banner.png")), whose name is then the default.',
      );
    }
    if (defaultName && badName(defaultName)) {
      throw new InvalidArgumentError('data.filename', `the file's own name "${defaultName}" contains a double quote or control character, which the upload cannot carry; pass data.filename with a plain name.`);
    }
    filename = defaultName ?? '';
  } else {
    if (typeof given !== 'string' || given.trim() === '') throw new InvalidArgumentError('data.filename', `expected a non-empty file name, got ${describeValue(given)}.`);
    if (badName(given)) throw new InvalidArgumentError('data.filename', `"${given}" contains a slash, backslash, double quote or control character; pass a bare file name like "banner.png".`);
    filename = given;
  }
  const pairs = flattenParams({ data: { filename, ...(rest as Params) } as Record<string, ParamValue> });
  return { pairs, filename };
}
