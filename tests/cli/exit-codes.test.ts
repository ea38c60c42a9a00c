import { describe, expect, it } from 'vitest';
import { CliExit, EXIT, UsageError } from '../../src/cli/exit-codes.js';
import { exitCodeOf } from '../../src/cli/run.js';
import {
  HasOffersError,
  InvalidArgumentError,
  InvalidResponseError,
  MaxRetriesExceededError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  UnknownOutcomeError,
} from '../../src/index.js';
import { RawLogFormatError, RawLogIntegrityError, RawLogLimitError, RawLogResponseError } from '../../src/rawlog/index.js';

describe('exit codes', () => {
  it.each([
    ['HasOffersError', new HasOffersError({ publicMessage: 'x' }), EXIT.HASOFFERS_ERROR],
    ['RateLimitError', new RateLimitError({ publicMessage: 'API usage exceeded rate limit' }), EXIT.RATE_LIMITED],
    ['MaxRetriesExceededError', new MaxRetriesExceededError(4), EXIT.RATE_LIMITED],
    ['UsageError', new UsageError('x'), EXIT.USAGE],
    ['InvalidArgumentError', new InvalidArgumentError('limit', 'x'), EXIT.USAGE],
    ['NetworkError', new NetworkError('x'), EXIT.NETWORK],
    ['TimeoutError', new TimeoutError('x'), EXIT.NETWORK],
    ['InvalidResponseError', new InvalidResponseError('x', 502, ''), EXIT.NETWORK],
    ['RawLogResponseError', new RawLogResponseError('listLogs', 'x'), EXIT.NETWORK],
    ['UnknownOutcomeError', new UnknownOutcomeError('x'), EXIT.UNKNOWN_OUTCOME],
    ['RawLogIntegrityError', new RawLogIntegrityError('a.zip', 'crc-mismatch', 'x'), EXIT.DATA_ERROR],
    ['RawLogLimitError', new RawLogLimitError('a.zip', 'maxBytes', 'x'), EXIT.DATA_ERROR],
    ['RawLogFormatError', new RawLogFormatError('a.zip', 'x'), EXIT.DATA_ERROR],
    ['a file-system error', Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open' }), EXIT.DATA_ERROR],
    ['CliExit', new CliExit('not found', EXIT.NOT_FOUND), EXIT.NOT_FOUND],
    ['an abort', Object.assign(new Error('interrupted'), { name: 'AbortError' }), EXIT.INTERRUPTED],
    ['anything else', new TypeError('bug'), EXIT.INTERNAL],
  ])('%s → %i', (_name, error, code) => {
    expect(exitCodeOf(error)).toBe(code);
  });

  it('codes are distinct and stable', () => {
    expect(EXIT).toEqual({ OK: 0, HASOFFERS_ERROR: 1, USAGE: 2, NETWORK: 3, NOT_FOUND: 4, RATE_LIMITED: 5, UNKNOWN_OUTCOME: 6, DATA_ERROR: 7, INTERNAL: 70, INTERRUPTED: 130 });
  });
});
