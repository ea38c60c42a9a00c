/**
 * Replays pyoffers' recorded raw_log cassette (../shared, read at test time, never copied) through
 * a RawLogTransport and checks what pyoffers' own tests check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RawLogs } from '../../src/rawlog/raw-logs.js';
import type { RawLogMethod, RawLogTransport } from '../../src/rawlog/raw-log-transport.js';
import { CLICK_COLUMNS } from '../../src/rawlog/columns.js';
import { missingSharedFixture } from './helpers.js';

const CASSETTE = fileURLToPath(new URL('../../../shared/fixtures/cassettes/raw_log.json', import.meta.url));

interface Interaction {
  request: { method: string; uri: string };
  response: { headers: Record<string, string[]>; body: { base64_string?: string; string?: string } };
}

/** Betamax playback: match on HTTP method and query parameters (key order ignored), each interaction used once. */
class CassetteTransport implements RawLogTransport {
  private readonly unused: Interaction[];
  readonly calls: string[] = [];

  constructor(interactions: Interaction[]) {
    this.unused = [...interactions];
  }

  private take(uri: string): Buffer {
    const key = (u: string): string => {
      const url = new URL(u);
      return `${url.origin}${url.pathname}?${[...url.searchParams].map(([k, v]) => `${k}=${v}`).sort().join('&')}`;
    };
    const want = key(uri);
    const i = this.unused.findIndex((x) => x.request.method === 'GET' && key(x.request.uri) === want);
    if (i < 0) throw new Error(`no recorded interaction for ${uri}`);
    const [hit] = this.unused.splice(i, 1);
    this.calls.push(uri);
    const raw = Buffer.from(hit!.response.body.base64_string ?? hit!.response.body.string ?? '', hit!.response.body.base64_string ? 'base64' : 'utf8');
    return (hit!.response.headers['Content-Encoding'] ?? []).includes('gzip') ? gunzipSync(raw) : raw;
  }

  async call(method: RawLogMethod, params: Record<string, string>): Promise<unknown> {
    const q = new URLSearchParams({ NetworkToken: 'token', NetworkId: 'id', Target: 'RawLog', Method: method, ...params });
    const body = JSON.parse(this.take(`https://api.hasoffers.com/Apiv3/json?${q.toString()}`).toString()) as {
      response: { data: unknown };
    };
    return body.response.data;
  }

  async download(url: string): Promise<{ body: AsyncIterable<Uint8Array>; size: number }> {
    const bytes = this.take(url);
    async function* body(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += 300) yield bytes.subarray(i, i + 300);
    }
    return { body: body(), size: bytes.length };
  }
}

const present = existsSync(CASSETTE);
const suite = present ? describe : describe.skip;
const title = present
  ? 'raw_log cassette replay (pyoffers test_raw_logs.py)'
  : `raw_log cassette replay SKIPPED: ${missingSharedFixture(CASSETTE)}`;

suite(title, () => {
  const api = (): RawLogs => {
    const cassette = JSON.parse(readFileSync(CASSETTE, 'utf8')) as { http_interactions: Interaction[] };
    return new RawLogs(new CassetteTransport(cassette.http_interactions));
  };

  it('lists date dirs', async () => {
    const dirs = await api().clicks.listDateDirs();
    expect(dirs).toHaveLength(3);
    expect(String(dirs[0])).toBe('DateDir: Sep 9, 2016 (20160909)');
    expect(inspect(dirs[0])).toBe('<DateDir: Sep 9, 2016 (20160909)>');
    expect(dirs[0]!.equals(dirs[0])).toBe(true);
    expect(dirs[0]!.equals(dirs[1])).toBe(false);
  });

  it('lists logs from the manager and from a date dir', async () => {
    const a = api();
    for (const files of [await a.clicks.listLogs('20160909'), await (await a.clicks.listDateDirs())[0]!.listLogs()]) {
      expect(files).toHaveLength(3);
      expect(String(files[0])).toBe('LogFile: Sep 9, 2016 - 09:00 am (20160909/clicks-1473411600-SlY9UO.zip)');
    }
  });

  it('downloads, verifies and decodes a log file', async () => {
    const [file] = await api().clicks.listLogs('20160909');
    expect(await file!.downloadLink()).toBe('https://s3.amazonaws.com/ho-adserverlogs-prod/qproc/raw-logs/clicks/blabla');
    const content = await file!.content();
    expect(content.toString().split('\n')[0]).toBe(CLICK_COLUMNS.join(','));
    expect(content.toString()).toContain(
      '"1020f1afc9b6af45c4efe622938512",3,12,44,12,13,"","NEX","UNUSE","PD","","d3ba452c-6abb-487f-a9f7-10a513765f36"',
    );
    expect(content.length).toBe(1890);
    const records = await file!.records();
    expect(records).toHaveLength(2);
    expect(String(records[0])).toBe('LogRecord: 13 (1020f1afc9b6af45c4efe622938512)');
    expect(inspect(records[0])).toBe('<LogRecord: 13 (1020f1afc9b6af45c4efe622938512)>');
    expect(Object.keys(records[0]!)).toEqual([...CLICK_COLUMNS]);
    expect(records[1]!.user_agent).toBe(
      'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, Like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586',
    );
    expect(records[1]!.revenue_cents).toBe('250');
    const coerced = await file!.records({ coerce: true });
    expect(coerced[1]!.revenue_cents).toBe(250);
    expect(coerced[0]!.revenue_cents).toBeNull();
    expect(coerced[0]!.datetime).toEqual(new Date('2016-09-09T14:00:28Z'));
    expect(coerced[0]!.transaction_id).toBe('1020f1afc9b6af45c4efe622938512');
  });

  it('findAll of a day gathers every file', async () => {
    const records = await api().clicks.findAll('20160912');
    expect(records).toHaveLength(4);
    expect(records.every((r) => String(r).startsWith('LogRecord: '))).toBe(true);
  });
});

describe('when ../shared is absent', () => {
  it('the skipped suites say where the fixtures come from and how to get them', () => {
    const text = missingSharedFixture('/x/shared/fixtures/cassettes/raw_log.json');
    expect(text).toContain('/x/shared/fixtures/cassettes/raw_log.json not found');
    expect(text).toContain('beside the checkout as ../shared (CI provides it)');
    expect(text).toContain('https://github.com/Stranger6667/pyoffers, tests/cassettes');
  });
});
