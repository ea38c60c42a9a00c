/**
 * Exit codes scripts can rely on. They are part of the CLI's contract: never renumber one; add new
 * ones at the end.
 */
export const EXIT = Object.freeze({
  /** The command did what it was asked. */
  OK: 0,
  /** HasOffers answered with an error (bad id, blank required field, invalid credentials…). */
  HASOFFERS_ERROR: 1,
  /** The command line was wrong: unknown command or option, bad --where, missing credentials. Nothing was sent. */
  USAGE: 2,
  /** The network or HTTP layer failed: connection refused, timeout, non-2xx status, a body that is not HasOffers JSON. */
  NETWORK: 3,
  /** `find-by-id` found nothing (HasOffers answered `data: null`), or `raw-logs PERIOD` found no log files for the period. */
  NOT_FOUND: 4,
  /** HasOffers kept answering "API usage exceeded rate limit" after every allowed retry. */
  RATE_LIMITED: 5,
  /** A write failed after it may have reached HasOffers: check the server before repeating it. */
  UNKNOWN_OUTCOME: 6,
  /** A downloaded raw log failed verification (CRC, size, malformed CSV) or could not be written. */
  DATA_ERROR: 7,
  /** A bug in tsoffers: please report it with the message. */
  INTERNAL: 70,
  /** Interrupted (Ctrl-C). */
  INTERRUPTED: 130,
});

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake on the command line: printed with a hint, exit code 2, nothing was sent. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The command whose `--help` explains the fix (`offers find-all`). */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A failure the CLI itself reports with a chosen exit code (e.g. not found). */
export class CliExit extends Error {
  override name = 'CliExit';
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
  }
}
