/** Reading HasOffers' answers to the RawLog listing calls: refused with RawLogResponseError when they are not what the API documents. */
import { RawLogResponseError } from './errors.js';
import { isPlainObject } from '../util/is-plain-object.js';

export interface DateDirData {
  readonly displayName: string;
  readonly dirName: string;
}

export interface LogFileData {
  readonly displayName: string;
  readonly filename: string;
  readonly startTimestamp?: string;
}

export function field(data: unknown, name: string, method: string): unknown[] {
  const v = isPlainObject(data) ? data[name] : undefined;
  if (!Array.isArray(v)) throw new RawLogResponseError(method, `no \`${name}\` list in data`);
  return v;
}

function str(v: Record<string, unknown>, key: string, method: string): string {
  const s = v[key];
  if (typeof s !== 'string') throw new RawLogResponseError(method, `an item has no string \`${key}\``);
  return s;
}

export function dirData(v: unknown): DateDirData {
  if (!isPlainObject(v)) throw new RawLogResponseError('listDateDirs', 'an item of dateDirs is not an object');
  return { displayName: str(v, 'displayName', 'listDateDirs'), dirName: str(v, 'dirName', 'listDateDirs') };
}

export function fileData(v: unknown): LogFileData {
  if (!isPlainObject(v)) throw new RawLogResponseError('listLogs', 'an item of logFiles is not an object');
  const start = v['startTimestamp'];
  return {
    displayName: str(v, 'displayName', 'listLogs'),
    filename: str(v, 'filename', 'listLogs'),
    ...(typeof start === 'string' || typeof start === 'number' ? { startTimestamp: String(start) } : {}),
  };
}

/** getDownloadLink's `link`. */
export function linkData(data: unknown): string {
  const link = isPlainObject(data) ? data['link'] : undefined;
  if (typeof link !== 'string' || link === '') throw new RawLogResponseError('getDownloadLink', 'no `link` string in data');
  return link;
}
