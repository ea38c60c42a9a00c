/**
 * The raw_log cassette through the real client (api.rawLogs): every RawLog call must match its
 * recording byte for byte, and the recorded S3 downloads are served here (the recorded download
 * links are rewritten from https://s3.amazonaws.com/… to this server's /s3/…).
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateDir, HasOffersAPI, LogFile } from '../../src/index.js';
import { HAVE_CASSETTES, SKIP_REASON, startReplay } from '../helpers/cassette.js';
import type { ReplayServer } from '../helpers/cassette.js';

if (!HAVE_CASSETTES) console.warn(`[replay/raw-log] skipped: ${SKIP_REASON}`);

/** The recorded links, JSON-escaped (`\/`) or not, pointed at this server's /s3/ path. */
function toLocal(text: string, origin: string): string {
  return text.split('https:\\/\\/s3.amazonaws.com\\/').join(`${origin.replace(/\//g, '\\/')}\\/s3\\/`).split('https://s3.amazonaws.com/').join(`${origin}/s3/`);
}

describe.skipIf(!HAVE_CASSETTES)('raw_log cassette through api.rawLogs', () => {
  let server: ReplayServer;
  let api: HasOffersAPI;
  let origin = '';
  beforeAll(async () => {
    server = await startReplay(['raw_log'], undefined, { rewrite: toLocal });
    origin = new URL(server.endpoint).origin;
    api = new HasOffersAPI({ endpoint: server.endpoint, networkToken: 'token', networkId: 'id', retries: 0, rateLimit: false });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });

  it('replays pyoffers’ raw-log session', async () => {
    const dirs = await api.rawLogs.clicks.listDateDirs();
    expect(dirs).toHaveLength(3);
    expect(dirs.every((dir) => dir instanceof DateDir)).toBe(true);
    expect(String(dirs[0])).toBe('DateDir: Sep 9, 2016 (20160909)');
    expect(dirs[0]!.equals(dirs[0])).toBe(true);
    expect(dirs[0]!.equals(dirs[1])).toBe(false);

    const fromManager = await api.rawLogs.clicks.listLogs('20160909');
    const fromDir = await dirs[0]!.listLogs();
    const forLink = await dirs[0]!.listLogs();
    for (const files of [fromManager, fromDir, forLink]) {
      expect(files).toHaveLength(3);
      expect(files.every((file) => file instanceof LogFile)).toBe(true);
      expect(String(files[0])).toBe('LogFile: Sep 9, 2016 - 09:00 am (20160909/clicks-1473411600-SlY9UO.zip)');
    }
    expect(await forLink[0]!.downloadLink()).toBe(`${origin}/s3/ho-adserverlogs-prod/qproc/raw-logs/clicks/blabla`);

    const content = Buffer.from(await fromManager[0]!.content()).toString('utf8');
    expect(content.startsWith('transaction_id,affiliate_id,affiliate_manager_id,')).toBe(true);
    expect(content.split('\n').filter(Boolean)).toHaveLength(3);

    const records = await fromDir[0]!.records();
    expect(records).toHaveLength(2);
    expect(String(records[0])).toBe('LogRecord: 13 (1020f1afc9b6af45c4efe622938512)');
    expect(inspect(records[0])).toContain('LogRecord: 13 (1020f1afc9b6af45c4efe622938512)');

    const period = await api.rawLogs.clicks.findAll('20160912');
    expect(period).toHaveLength(4);
  });

  it('matched every request against its recording and used them all', () => {
    expect(server.mismatches.map((request) => `${request.method} ${request.rawPairs.join('&')}`)).toEqual([]);
    expect(server.unplayed().map((interaction) => interaction.uri)).toEqual([]);
    expect(server.received).toHaveLength(14);
  });
});
