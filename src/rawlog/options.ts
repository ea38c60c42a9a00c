/** The options of the raw-log methods, and their validation (before any request is sent). */
import { InvalidArgumentError } from '../errors.js';
import { DEFAULT_MAX_HELD_BYTES } from './record-stream.js';
import type { WholeReadLimits } from './record-stream.js';
import type { InflateEngine } from './zip-reader.js';

/**
 * Options of a raw-log listing call. Unlike the API calls' `CallOptions` there is no `raw`: the
 * listings are not modelled, so there is nothing to leave out.
 */
export interface RawLogCallOptions {
  readonly signal?: AbortSignal;
}

export interface ReadOptions<C extends boolean = false> extends RawLogCallOptions {
  readonly coerce?: C;
  /** The bomb guard's `maxRatio` and `maxBytes`, and (for records() and findAll()) `maxHeldBytes`. */
  readonly limits?: WholeReadLimits;
  readonly utcOffsetMinutes?: number;
  readonly inflate?: InflateEngine;
  readonly readAheadBytes?: number;
}

export interface RawLogProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  /** Compressed bytes downloaded so far, over all files. */
  readonly bytesDone: number;
  /** Sum of the files' sizes, once every file's download has started and reported one. */
  readonly bytesTotal?: number;
  /**
   * Until then, an estimate: the sizes known so far plus their mean for each file not started yet
   * (a month of hourly files learns its sizes only four at a time). Equals `bytesTotal` once known.
   */
  readonly bytesEstimate?: number;
}

export interface IterateOptions<C extends boolean = false> extends ReadOptions<C> {
  /** Files downloaded at once (default 4). Records still come out in file order. */
  readonly concurrency?: number;
  readonly onProgress?: (progress: RawLogProgress) => void;
}

/** `'20160920'` (a day), `'201609'` (a month) or `'2016'` (a year). */
export type RawLogPeriod = string;

export function maxHeld(options: ReadOptions<boolean>): number {
  return options.limits?.maxHeldBytes ?? DEFAULT_MAX_HELD_BYTES;
}

/** checkReadOptions for methods that return a promise: the refusal, to reject with. */
export function refusal(options: ReadOptions<boolean>): unknown {
  try {
    checkReadOptions(options);
    return undefined;
  } catch (err) {
    return err;
  }
}

/**
 * Refuses read options that would misbehave later (a NaN limit switches the bomb guard off), before
 * any request is sent.
 */
export function checkReadOptions(options: ReadOptions<boolean>): void {
  const positive = (name: string, v: unknown, integer: boolean): void => {
    if (v === undefined) return;
    if (typeof v !== 'number' || Number.isNaN(v) || v <= 0 || (integer && Number.isFinite(v) && !Number.isInteger(v))) {
      throw new InvalidArgumentError(name, `expected a positive ${integer ? 'integer' : 'number'}, got ${String(v)}`);
    }
  };
  const limits: unknown = options.limits;
  if (limits !== undefined && (typeof limits !== 'object' || limits === null)) {
    throw new InvalidArgumentError('limits', `expected { maxRatio?, maxBytes?, maxHeldBytes? }, got ${String(limits)}`);
  }
  if (options.limits) {
    for (const key of Object.keys(options.limits)) {
      if (key !== 'maxRatio' && key !== 'maxBytes' && key !== 'maxHeldBytes') throw new InvalidArgumentError(`limits.${key}`, 'unknown limit: the limits are maxRatio, maxBytes and maxHeldBytes');
    }
    positive('limits.maxRatio', options.limits.maxRatio, false);
    positive('limits.maxBytes', options.limits.maxBytes, true);
    positive('limits.maxHeldBytes', options.limits.maxHeldBytes, true);
  }
  positive('readAheadBytes', options.readAheadBytes, true);
  const offset: unknown = options.utcOffsetMinutes;
  if (offset !== undefined && (typeof offset !== 'number' || !Number.isInteger(offset) || Math.abs(offset) > 24 * 60)) {
    throw new InvalidArgumentError('utcOffsetMinutes', `expected whole minutes east of UTC between -1440 and 1440, got ${String(offset)}`);
  }
  const inflate: unknown = options.inflate;
  if (inflate !== undefined && inflate !== 'zlib' && inflate !== 'fflate') {
    throw new InvalidArgumentError('inflate', `expected 'zlib' or 'fflate', got ${JSON.stringify(inflate)}`);
  }
}
