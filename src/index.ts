export { HasOffersAPI, AffiliateAPI, AdvertiserAPI, createClient } from './client.js';
export type { ApiKeyOptions, ClientOptions, HasOffersOptions } from './client.js';
export { ADVERTISER_PROFILE, AFFILIATE_PROFILE, NETWORK_PROFILE, PROFILES } from './profile.js';
export type { ApiProfile, ApiRules, CredentialSpec } from './profile.js';
/** The Affiliate API's models and managers (`AffiliateApi.Offer`: the fields an affiliate sees). */
export * as AffiliateApi from '../generated/affiliate/index.js';
/** The Advertiser API's models and managers. */
export * as AdvertiserApi from '../generated/advertiser/index.js';
export * from './errors.js';
export { PartialCreateError } from './runtime/behaviours.js';
export { Model } from './runtime/model.js';
export type { ModelData, ModelClass } from './runtime/model.js';
export type { ApiTable, ControllerSpec, MethodSpec, ModelSpec } from './table/spec.js';
export type * from './runtime/types.js';
export type { CallOptions } from './runtime/context.js';
export type { QueryBuilder, ConditionBuilder, RunOptions } from './query/builder.js';
export type { ReportBuilder, ReportCondition, ReportPage, ReportRow, ReportTotals, ExportOptions, ExportProgress } from './query/report-builder.js';
export type { FindAllIdsOptions, FindAllOptions, FindByIdOptions, FilterInput, SortSpec } from './query/find-options.js';
export type { Logger } from './transport/logger.js';
export type { WirePair, Params, ParamValue } from './wire/params.js';
export { toQueryString } from './wire/encode.js';
export {
  RawLogs,
  LogTypeManager,
  DateDir,
  LogFile,
  LogRecordBase,
  readRawLog,
  readRawLogRecords,
  readRawLogCsv,
  RawLogRecordStream,
  DEFAULT_READ_AHEAD_BYTES,
  DEFAULT_LIMITS,
  CLICK_COLUMNS,
  CONVERSION_COLUMNS,
  IMPRESSION_COLUMNS,
  RawLogIntegrityError,
  RawLogMemoryLimitError,
  DEFAULT_MAX_HELD_BYTES,
  RawLogLimitError,
  RawLogFormatError,
  RawLogResponseError,
} from './rawlog/index.js';
export type {
  RawLogTransport,
  RawLogCallOptions,
  RawLogPeriod,
  RawLogProgress,
  ReadOptions,
  IterateOptions,
  ReadRawLogOptions,
  RawLogLimits,
  InflateEngine,
  LogType,
  LogRecord,
  RecordOf,
  ClickLogRecord,
  ConversionLogRecord,
  ImpressionLogRecord,
  CoercedClickLogRecord,
  CoercedConversionLogRecord,
  CoercedImpressionLogRecord,
  RawLogIntegrityReason,
  WholeReadLimits,
} from './rawlog/index.js';
export { OFFER_FILE_TYPES, UploadSourceError } from './upload/index.js';
export type { OfferFileType, UploadFile } from './upload/index.js';
export * from '../generated/index.js';
