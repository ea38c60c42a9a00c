/** What calls.ts hands its workers and what they print back (one JSON line). */
export interface WorkerJob {
  readonly client: 'tsoffers' | 'tsoffers-raw' | 'floor' | 'pyoffers' | 'ky-alone';
  readonly root: string;
  readonly endpoint: string;
  readonly rows: number;
  readonly inFlight: number;
  readonly warmupMs: number;
  readonly sampleMs: number;
  readonly samples: number;
}

export interface Sample {
  readonly callsPerSecond: number;
  readonly cpuMsPerCall: number;
}

export interface WorkerResult {
  readonly samples: readonly Sample[];
  readonly heapBytesPerRow: number;
}
