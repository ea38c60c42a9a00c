/** Anything with the four usual methods: `console`, pino, winston… */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Writes `tsoffers - LEVEL - message` lines to stderr, like pyoffers' console logger. */
export const stderrLogger: Logger = {
  debug: (message) => process.stderr.write(`tsoffers - DEBUG - ${message}\n`),
  info: (message) => process.stderr.write(`tsoffers - INFO - ${message}\n`),
  warn: (message) => process.stderr.write(`tsoffers - WARNING - ${message}\n`),
  error: (message) => process.stderr.write(`tsoffers - ERROR - ${message}\n`),
};

/** Gates a logger by verbosity (0 silent except warnings/errors, 1 info, 2+ debug) and redacts every line. */
export function gatedLogger(target: Logger, verbosity: number, redact: (text: string) => string): Logger {
  return {
    debug: (message) => {
      if (verbosity >= 2) target.debug(redact(message));
    },
    info: (message) => {
      if (verbosity >= 1) target.info(redact(message));
    },
    warn: (message) => {
      if (verbosity >= 1) target.warn(redact(message));
    },
    error: (message) => {
      if (verbosity >= 1) target.error(redact(message));
    },
  };
}
