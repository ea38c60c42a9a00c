/** Raw logs: listing, downloading, verifying and streaming HasOffers' hourly click/conversion/impression logs. */
export { RawLogs, LogTypeManager } from './raw-logs.js';
export { DateDir, LogFile } from './listing.js';
export type { RawLogTransport, RawLogMethod } from './raw-log-transport.js';
export type { RawLogCallOptions, RawLogPeriod, RawLogProgress, ReadOptions, IterateOptions } from './options.js';
export { readRawLog, readRawLogRecords, readRawLogCsv, RawLogRecordStream, DEFAULT_READ_AHEAD_BYTES, DEFAULT_MAX_HELD_BYTES, RawLogMemoryLimitError } from './record-stream.js';
export type { WholeReadLimits } from './record-stream.js';
export type { ReadRawLogOptions } from './record-stream.js';
export { DEFAULT_LIMITS } from './zip-reader.js';
export type { RawLogLimits, InflateEngine } from './zip-reader.js';
export { LogRecordBase } from './records.js';
export type {
  LogType,
  LogRecord,
  RecordOf,
  TypedRow,
  ClickLogRecord,
  ConversionLogRecord,
  ImpressionLogRecord,
  CoercedClickLogRecord,
  CoercedConversionLogRecord,
  CoercedImpressionLogRecord,
} from './records.js';
export { CLICK_COLUMNS, CONVERSION_COLUMNS, IMPRESSION_COLUMNS, NUMERIC_COLUMNS, DATETIME_COLUMNS } from './columns.js';
export { RawLogIntegrityError, RawLogLimitError, RawLogFormatError, RawLogResponseError } from './errors.js';
export type { RawLogIntegrityReason } from './errors.js';
