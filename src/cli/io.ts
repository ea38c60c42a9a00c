/** What the CLI touches of its process: streams, environment, working directory, Ctrl-C. */
export interface CliStream {
  /** Like a Node stream's write: `false` asks the writer to wait for `drain()`. */
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** Resolves when a stream that refused more (write returned false) can take more again. */
  drain?(): Promise<void>;
  /**
   * Writes the CLI's own terminal control sequences (the progress bar's `\r` and erase-line),
   * which `write` would show as `\xNN` on a stream that makes controls visible. Never for data.
   */
  writeControl?(text: string): unknown;
}

/** Everything the CLI touches of its process, so tests can run it in-process too. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Aborted on Ctrl-C. */
  readonly signal?: AbortSignal;
  /** The API the CLI speaks (`--api`): network (the default), affiliate or advertiser. */
  readonly api?: string;
}
