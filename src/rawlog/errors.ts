/**
 * Errors of the raw-log engine. Each names the log file it concerns, so a caller iterating a
 * whole period knows which file to fetch again.
 */
import { TsoffersError } from '../errors.js';

/** Why a raw-log archive was rejected. */
export type RawLogIntegrityReason =
  /** The download ended before the archive did (no end-of-central-directory, or cut inside the entry). */
  | 'truncated'
  /** Zero bytes, or no file entry at all. */
  | 'empty'
  /** Not a zip archive (bad signature / structure). */
  | 'not-zip'
  /** More than one file entry, or the one entry is not a `.csv`. */
  | 'entry-count'
  /** The inflated bytes do not match the CRC-32 recorded in the archive. */
  | 'crc-mismatch'
  /** The inflated or compressed length does not match the sizes recorded in the archive. */
  | 'size-mismatch'
  /** The local header and the central directory disagree (name, CRC or sizes). */
  | 'header-mismatch'
  /** The deflate stream is corrupt. */
  | 'corrupt-data'
  /** A compression method other than stored or deflate, zip64, or encryption. */
  | 'unsupported'
  /** The decompression-bomb guard fired: the ratio or absolute size limit was exceeded. */
  | 'limit-exceeded';

/**
 * The archive is not a complete, intact zip of exactly one CSV. Records already yielded from this
 * file by a stream must be discarded: a file is complete only when iteration ends without error.
 */
export class RawLogIntegrityError extends TsoffersError {
  override name = 'RawLogIntegrityError';
  /**
   * The download broke off (a reset or closed connection, a stalled body) rather than the archive
   * being bad: downloading the file again may succeed. `records()`, `content()` and `findAll()` do
   * that themselves (they hand out nothing before the end); a stream cannot, its records are out.
   */
  readonly interrupted: boolean;
  constructor(
    readonly fileName: string,
    readonly reason: RawLogIntegrityReason,
    detail: string,
    options?: { cause?: unknown; interrupted?: boolean },
  ) {
    super(`Raw log ${fileName} is not usable (${reason}): ${detail}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.interrupted = options?.interrupted === true;
  }
}

/** The decompression-bomb guard stopped the inflate. A subclass so `reason` stays `limit-exceeded`. */
export class RawLogLimitError extends RawLogIntegrityError {
  override name = 'RawLogLimitError';
  constructor(
    fileName: string,
    readonly limit: 'maxRatio' | 'maxBytes',
    detail: string,
  ) {
    super(fileName, 'limit-exceeded', `${detail}; raise limits.${limit} if this file is genuine`);
  }
}

/** The CSV inside the archive is malformed (a row with the wrong number of fields, an unterminated quote). */
export class RawLogFormatError extends TsoffersError {
  override name = 'RawLogFormatError';
  constructor(
    readonly fileName: string,
    detail: string,
  ) {
    super(`Raw log ${fileName} has malformed CSV: ${detail}`);
  }
}

/** A RawLog API answer did not have the shape HasOffers documents (`dateDirs`, `logFiles`, `link`). */
export class RawLogResponseError extends TsoffersError {
  override name = 'RawLogResponseError';
  constructor(
    readonly method: string,
    detail: string,
  ) {
    super(`RawLog.${method} returned an unexpected answer: ${detail}`);
  }
}
