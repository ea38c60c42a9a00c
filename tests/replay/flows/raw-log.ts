/**
 * raw_log.json through api.rawLogs: pyoffers' test/models/test_raw_logs.py. The recorded download
 * links point at S3; the replay server rewrites them to its own /s3/ path and serves the recorded
 * zips there.
 */
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { DateDir, LogFile } from '../../../src/index.js';
import type { FlowFactory } from '../flow.js';
import { step } from '../flow.js';

/** The recorded links, JSON-escaped (`\\/`) or not, pointed at the replay server's /s3/ path. */
function toLocal(text: string, origin: string): string {
  return text
    .split('https:\\/\\/s3.amazonaws.com\\/')
    .join(`${origin.replace(/\//g, '\\/')}\\/s3\\/`)
    .split('https://s3.amazonaws.com/')
    .join(`${origin}/s3/`);
}

export const rawLogFlow: FlowFactory = () => {
  let dirs: DateDir[] = [];
  let fromManager: LogFile[] = [];
  let fromDir: LogFile[] = [];
  return {
    cassette: 'raw_log',
    replay: { rewrite: toLocal },
    client: { rateLimit: false },
    steps: [
      step('listDateDirs() returns DateDirs shown as pyoffers shows them (#0)', async ({ api }) => {
        dirs = await api.rawLogs.clicks.listDateDirs();
        expect(dirs).toHaveLength(3);
        expect(dirs.every((dir) => dir instanceof DateDir)).toBe(true);
        expect(String(dirs[0])).toBe('DateDir: Sep 9, 2016 (20160909)');
        expect(dirs[0]!.equals(dirs[0])).toBe(true);
        expect(dirs[0]!.equals(dirs[1])).toBe(false);
      }),
      step('listLogs() from the manager and from a DateDir (#1-#3), and the download link (#4)', async ({ api, server }) => {
        fromManager = await api.rawLogs.clicks.listLogs('20160909');
        fromDir = await dirs[0]!.listLogs();
        const forLink = await dirs[0]!.listLogs();
        for (const files of [fromManager, fromDir, forLink]) {
          expect(files).toHaveLength(3);
          expect(files.every((file) => file instanceof LogFile)).toBe(true);
          expect(String(files[0])).toBe('LogFile: Sep 9, 2016 - 09:00 am (20160909/clicks-1473411600-SlY9UO.zip)');
        }
        expect(await forLink[0]!.downloadLink()).toBe(`${new URL(server.endpoint).origin}/s3/ho-adserverlogs-prod/qproc/raw-logs/clicks/blabla`);
      }),
      step('content() is the CSV inside the downloaded zip (#5, #6)', async () => {
        const content = Buffer.from(await fromManager[0]!.content()).toString('utf8');
        expect(content.startsWith('transaction_id,affiliate_id,affiliate_manager_id,')).toBe(true);
        expect(content.split('\n').filter(Boolean)).toHaveLength(3);
      }),
      step('records() are LogRecords shown as pyoffers shows them (#7, #8)', async () => {
        const records = await fromDir[0]!.records();
        expect(records).toHaveLength(2);
        expect(String(records[0])).toBe('LogRecord: 13 (1020f1afc9b6af45c4efe622938512)');
        expect(inspect(records[0])).toContain('LogRecord: 13 (1020f1afc9b6af45c4efe622938512)');
      }),
      step("findAll('20160912') reads every file of the day (#9-#13)", async ({ api }) => {
        expect(await api.rawLogs.clicks.findAll('20160912')).toHaveLength(4);
      }),
    ],
  };
};
