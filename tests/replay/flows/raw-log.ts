/** raw_log.json: every recording is a RawLog call or an S3 download. */
import type { FlowFactory } from '../flow.js';

export const rawLogFlow: FlowFactory = () => ({
  cassette: 'raw_log',
  exclusions: [
    {
      // The raw-log helper replays these (RawLog.listDateDirs/listLogs/getDownloadLink and the S3
      // zip downloads) in its own suite; no manager call here produces them.
      reason: 'RawLog calls and S3 downloads (raw-log helper)',
      matches: (interaction) => interaction.uri.startsWith('https://s3.amazonaws.com/') || interaction.rawPairs.includes('Target=RawLog'),
    },
  ],
  steps: [],
});
