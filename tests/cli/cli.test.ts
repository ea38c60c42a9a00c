/**
 * The `tsoffers` CLI against a local HasOffers stand-in that records the wire parameters. Each
 * test asserts stdout, stderr and the exit code. Most run the CLI in-process (runCli); the last
 * block runs the real executable as child processes for the paths only a process has
 * (shebang entry, exit status, stderr logger, codegen).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip } from '../rawlog/helpers.js';
import type { FakeServer, SeenRequest } from './fake-server.js';
import { callPairs, startFakeServer } from './fake-server.js';
import { runInProcess as run, runTsoffers } from './run-cli.js';

const TOKEN = 'tok-SECRET-4711';
const OFFERS = {
  '1': { Offer: { id: '1', name: 'Shop one', status: 'active', description: null, default_payout: '1.50' }, Country: { US: { id: '840', code: 'US', name: 'United States' } } },
  '3': { Offer: { id: '3', name: 'Other shop', status: 'paused', description: null, default_payout: '12.00' }, Country: [] },
};
const CSV_A = 'transaction_id,offer_id,datetime\r\nt1,1,2016-09-20 00:01:00\r\nt2,3,"2016-09-20 00:02:00"\r\n';
const CSV_B = 'transaction_id,offer_id,datetime\r\nt3,"1,5",2016-09-21 10:00:00\r\n';

function param(request: SeenRequest, key: string): string | undefined {
  return request.pairs.find(([name]) => name === key)?.[1];
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('tsoffers CLI', () => {
  let server: FakeServer;
  let env: Record<string, string>;
  const outDir = mkdtempSync(join(tmpdir(), 'tsoffers-cli-'));

  beforeAll(async () => {
    server = await startFakeServer((request) => {
      const key = `${request.target}.${request.method}`;
      if (key === 'Offer.findAll') {
        if (param(request, 'page') === '2') return { data: { page: 2, current: 0, count: 3, pageCount: 2, data: {} } };
        return { data: { page: 1, current: 2, count: 2, pageCount: 1, data: OFFERS } };
      }
      if (key === 'Offer.findById') return { data: param(request, 'id') === '1' ? OFFERS['1'] : null };
      if (key === 'Offer.findAllIds') return { data: ['1', '3'] };
      if (key === 'Offer.addTargetCountry') return { data: true };
      if (key === 'AffiliateUser.findAll') return { data: { '7': { AffiliateUser: { id: '7', email: 'a@example.com', affiliate_id: '3' } } } };
      if (key === 'Offer.getCategories') return { status: 500, body: '<html>Internal Server Error</html>' };
      if (key === 'Offer.getTargetCountries') return { errors: [{ publicMessage: 'API usage exceeded rate limit. Configured: 50/10s window; Current usage: 51' }] };
      if (key === 'RawLog.listDateDirs') return { data: { dateDirs: [{ displayName: 'Sep 20, 2016', dirName: '20160920' }, { displayName: 'Sep 21, 2016', dirName: '20160921' }] } };
      if (key === 'RawLog.listLogs') {
        const day = param(request, 'date_dir');
        return { data: { logFiles: [{ displayName: `${day} 00:00`, filename: `${day}/clicks-${day}00.zip`, startTimestamp: '1474329600' }] } };
      }
      if (key === 'RawLog.getDownloadLink') return { data: { link: `${server.endpoint.replace('/Apiv3/json', '')}/dl/${param(request, 'log_filename')}` } };
      return { errors: [{ err_code: 3, err_msg: `No such method ${request.method}` }] };
    });
    server.files.set('/dl/20160920/clicks-2016092000.zip', buildZip([{ name: 'a.csv', data: CSV_A }]));
    server.files.set('/dl/20160921/clicks-2016092100.zip', buildZip([{ name: 'b.csv', data: CSV_B }]));
    // A damaged archive: the CRC in its headers does not match its data.
    server.files.set('/dl/20160922/clicks-2016092200.zip', buildZip([{ name: 'c.csv', data: CSV_B, crc: 1234 }]));
    env = { HASOFFERS_ENDPOINT: server.endpoint, HASOFFERS_NETWORK_TOKEN: TOKEN, HASOFFERS_NETWORK_ID: 'demo' };
  });
  afterAll(() => server.close());

  const requestsFor = (method: string) => server.requests.filter((request) => request.method === method);

  describe.concurrent('queries', () => {
    it('find-all turns every --where operator into the builder wire format and prints a table', async () => {
      const result = await run(
        ['offers', 'find-all', '--where', 'id>100', '--where', 'id <= 900', '--where', 'status=active,paused', '--where', 'name~%shop%', '--where', 'name!~%test%', '--where', 'ref_id is null', '--where', 'currency!=EUR', '--sort', '-id', '--sort', 'name', '--limit', '5', '--page', '1', '--contain', 'Country'],
        env,
      );
      expect(result.stderr).toBe('2 rows; 1 empty column hidden\n');
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(
        ['id  name        status  default_payout  country', '--  ----------  ------  --------------  -------', ' 1  Shop one    active            1.50  US', ' 3  Other shop  paused           12.00', ''].join('\n'),
      );
      const sent = requestsFor('findAll').find((request) => param(request, 'filters[ref_id][NULL]') !== undefined)!;
      expect(callPairs(sent)).toEqual([
        'filters[id][GREATER_THAN]=100',
        'filters[id][LESS_THAN_OR_EQUAL_TO]=900',
        'filters[status][]=active',
        'filters[status][]=paused',
        'filters[name][LIKE]=%shop%',
        'filters[name][NOT_LIKE]=%test%',
        'filters[ref_id][NULL]=1',
        'filters[currency][NOT_EQUAL_TO]=EUR',
        'sort[Offer.id]=desc',
        'sort[Offer.name]=asc',
        'limit=5',
        'page=1',
        'contain[]=Country',
      ]);
    });

    it('--or joins conditions with OR; --fields and --json give the data as JSON', async () => {
      const result = await run(['offers', 'find-all', '--where', 'status is true', '--where', 'featured is not null', '--or', '--fields', 'id,name', '--json'], env);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const data = JSON.parse(result.stdout) as Record<string, unknown>[];
      expect(data.map((row) => row.id)).toEqual(['1', '3']);
      expect(data[0]).toMatchObject({ name: 'Shop one', country: [{ code: 'US' }] });
      const sent = requestsFor('findAll').find((request) => param(request, 'filters[OR][status][TRUE]') !== undefined)!;
      expect(callPairs(sent)).toEqual(['filters[OR][status][TRUE]=1', 'filters[OR][featured][NOT_NULL]=1', 'fields[]=id', 'fields[]=name']);
    });

    it('--csv prints every column with a header; --all follows pages', async () => {
      const result = await run(['offers', 'find-all', '--csv', '--all', '--limit', '2', '--where', 'id>=1'], env);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('id,name,status,description,default_payout,country\r\n1,Shop one,active,,1.50,US\r\n3,Other shop,paused,,12.00,\r\n');
    });

    it('find-by-id prints "field value" lines; a missing id exits 4', async () => {
      const found = await run(['offers', 'find-by-id', '1', '--contain', 'Country'], env);
      expect(found.code).toBe(0);
      expect(found.stdout).toBe('id              1\nname            Shop one\nstatus          active\ndefault_payout  1.50\ncountry         US\n');
      expect(found.stderr).toBe('1 empty field hidden (--wide shows them)\n');
      const wide = await run(['offers', 'find-by-id', '1', '--wide'], env);
      expect(wide.stdout).toContain('\ndescription\n');
      const missing = await run(['offers', 'find-by-id', '999'], env);
      expect(missing).toEqual({ code: 4, stdout: '', stderr: 'tsoffers: Offer 999 not found.\n' });
    });

    it('find-all-ids prints one id per line', async () => {
      const result = await run(['offers', 'find-all-ids', '--where', 'status=active'], env);
      expect(result).toEqual({ code: 0, stdout: '1\n3\n', stderr: '' });
    });

    it('accepts manager names as affiliate-users, affiliateUsers or the Target', async () => {
      for (const name of ['affiliate-users', 'affiliateUsers', 'AffiliateUser']) {
        const result = await run([name, 'find-all', '--where', 'affiliate_id=3', '--csv'], env);
        expect(result.stdout).toBe('id,email,affiliate_id\r\n7,a@example.com,3\r\n');
      }
    });

    it('call sends PHP-style keys as typed and prints a scalar answer plainly', async () => {
      const result = await run(['call', 'Offer', 'addTargetCountry', 'id=62', 'country_code=CZ', 'extra[]=a', 'extra[]=b', 'data[x][y]=1'], env);
      expect(result).toEqual({ code: 0, stdout: 'true\n', stderr: '' });
      expect(callPairs(requestsFor('addTargetCountry')[0]!)).toEqual(['id=62', 'country_code=CZ', 'extra[]=a', 'extra[]=b', 'data[x][y]=1']);
    });
  });

  describe.concurrent('errors and exit codes', () => {
    it('a HasOffers error exits 1 with its message, and never shows the token (even with --debug)', async () => {
      const result = await runTsoffers(['call', 'Offer', 'bogus', '--debug'], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('tsoffers: HasOffers error (Offer.bogus): Error code: 3. No such method bogus');
      expect(result.stderr).toContain('DEBUG'); // the debug log shows requests and raw answers…
      expect(`${result.stdout}${result.stderr}`).not.toContain(TOKEN); // …never the token
    });

    it('usage errors exit 2 before anything is sent', async () => {
      // A closed port: had anything been sent, the exit code would be 3.
      const dead = { ...env, HASOFFERS_ENDPOINT: `http://127.0.0.1:${await closedPort()}/Apiv3/json` };
      const cases: [string[], string][] = [
        [['offers', 'find-all', '--where', 'id>>1'], 'starts with an operator character'],
        [['offers', 'find-all', '--where', 'nosuchfield=1'], '"nosuchfield" is not known for Offer'],
        [['offers', 'find-all', '--limit', '0'], '--limit takes a whole number ≥ 1'],
        [['offers', 'find-all', '--rate-limit', 'fast'], '--rate-limit takes CALLS/MILLISECONDS'],
        [['offers', 'find-all', '--limt', '5'], 'unknown option --limt'],
        [['offers', 'find-all', '--contain', 'Nope'], 'Invalid contain()'],
        [['offers', 'find-all', '--json', '--csv'], 'choose one of --json and --csv'],
        [['offers', 'find-by-id', 'abc'], 'is not an id'],
        [['offers', 'delete-all'], 'is not a offers command'],
        [['ofers', 'find-all'], 'unknown command or manager "ofers"'],
        [['call', 'Offer'], 'needs a Target and a Method'],
        [['call', 'Offer', 'findAll', 'NetworkId=x'], 'set by tsoffers'],
      ];
      const results = await Promise.all(cases.map(([args]) => run(args, dead)));
      results.forEach((result, index) => {
        expect(result.code, cases[index]![0].join(' ')).toBe(2);
        expect(result.stderr).toContain(cases[index]![1]);
        expect(result.stderr).toContain('--help` for usage');
        expect(result.stdout).toBe('');
      });
    });

    it('missing credentials exit 2 and say which variable to set', async () => {
      const result = await run(['offers', 'find-all'], { HASOFFERS_ENDPOINT: server.endpoint });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('missing credentials: set HASOFFERS_NETWORK_TOKEN (or --network-token), HASOFFERS_NETWORK_ID (or --network-id)');
      const flags = await run(['offers', 'find-all-ids', '--endpoint', server.endpoint, '--network-token', TOKEN, '--network-id', 'demo'], {});
      expect(flags).toEqual({ code: 0, stdout: '1\n3\n', stderr: '' });
    });

    it('network failure exits 3, HTTP 500 exits 3, rate limit exits 5; no token in any message', async () => {
      const refused = await run(['offers', 'find-all', '--retries', '0'], { ...env, HASOFFERS_ENDPOINT: `http://127.0.0.1:${await closedPort()}/Apiv3/json` });
      expect(refused.code).toBe(3);
      expect(refused.stderr).toMatch(/^tsoffers: Offer\.findAll failed: .*ECONNREFUSED/);
      const http500 = await run(['call', 'Offer', 'getCategories', 'id=1', '--retries', '0'], env);
      expect(http500.code).toBe(3);
      expect(http500.stderr).toContain('500');
      const limited = await run(['call', 'Offer', 'getTargetCountries', 'id=1', '--retries', '0'], env);
      expect(limited.code).toBe(5);
      expect(limited.stderr).toContain('rate limit');
      for (const result of [refused, http500, limited]) expect(result.stderr).not.toContain(TOKEN);
    });

    it('--help works on every command and exits 0', async () => {
      const cases: [string[], string][] = [
        [['--help'], 'Exit codes:'],
        [['offers', '--help'], 'Relations (for --contain):'],
        [['offers', 'find-all', '--help'], 'FIELD!~P'],
        [['offers', 'find-by-id', '--help'], 'exit code 4'],
        [['affiliate-users', 'find-all-ids', '--help'], 'find-all-ids'],
        [['call', '--help'], 'fields[]=id'],
        [['raw-logs', '--help'], 'YYYYMMDD'],
        [['sandbox', '--help'], '--seed'],
      ];
      const results = await Promise.all(cases.map(([args]) => run(args)));
      results.forEach((result, index) => {
        expect(result.code, cases[index]![0].join(' ')).toBe(0);
        expect(result.stdout).toContain(cases[index]![1]);
      });
      const bare = await runTsoffers([]);
      expect(bare.code).toBe(2);
      expect(bare.stderr).toContain('Usage:');
    });
  });

  describe.concurrent('raw logs and codegen', () => {
    it('raw-logs list shows the date directories and a day\'s files', async () => {
      const dirs = await run(['raw-logs', 'clicks', 'list', '--csv'], env);
      expect(dirs).toEqual({ code: 0, stdout: 'dirName,displayName\r\n20160920,"Sep 20, 2016"\r\n20160921,"Sep 21, 2016"\r\n', stderr: '' });
      const files = await run(['raw-logs', 'clicks', 'list', '20160920', '--json'], env);
      expect(JSON.parse(files.stdout)).toEqual([{ filename: '20160920/clicks-2016092000.zip', displayName: '20160920 00:00', startTimestamp: '1474329600' }]);
    });

    it('raw-logs PERIOD --out writes one verified CSV and reports progress', async () => {
      const out = join(outDir, 'clicks.csv');
      const result = await run(['raw-logs', 'clicks', '201609', '--out', out, '--progress', '--concurrency', '2'], env);
      expect(result.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe('transaction_id,offer_id,datetime\r\nt1,1,2016-09-20 00:01:00\r\nt2,3,2016-09-20 00:02:00\r\nt3,"1,5",2016-09-21 10:00:00\r\n');
      expect(result.stderr).toContain('0/2 files');
      expect(result.stderr).toContain('2/2 files');
      expect(result.stderr).toContain(`3 clicks records written to ${out}`);
      expect(existsSync(`${out}.part`)).toBe(false);
      const stdout = await run(['raw-logs', 'clicks', '20160921'], env);
      expect(stdout).toEqual({ code: 0, stdout: 'transaction_id,offer_id,datetime\r\nt3,"1,5",2016-09-21 10:00:00\r\n', stderr: '' });
    });

    it('raw-logs exits 7 on a damaged archive and leaves no --out file behind', async () => {
      const out = join(outDir, 'broken.csv');
      const result = await run(['raw-logs', 'clicks', '20160922', '--out', out], env);
      expect(result.code).toBe(7);
      expect(result.stderr).toContain('20160922/clicks-2016092200.zip is not usable');
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.part`)).toBe(false);
    });

    it('codegen --check delegates to the generator', async () => {
      const [result, help] = await Promise.all([runTsoffers(['codegen', '--check']), runTsoffers(['codegen', '--help'])]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--check');
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/codegen --check: \d+ files up to date/);
      expect(result.code).toBe(0);
    });
  });
  describe.concurrent('as a child process', () => {
    it('find-all prints the table on stdout and exits 0', async () => {
      const result = await runTsoffers(['offers', 'find-all', '--where', 'status=active', '--sort', '-id', '--limit', '5'], env);
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')[0]).toBe('id  name        status  default_payout  country');
      expect(result.stderr).toBe('2 rows; 1 empty column hidden\n');
    });
    it('find-by-id of a missing id exits 4; a usage error exits 2', async () => {
      const [missing, usage] = await Promise.all([runTsoffers(['offers', 'find-by-id', '999'], env), runTsoffers(['offers', 'find-all', '--where', 'id>>1'], env)]);
      expect(missing).toEqual({ code: 4, stdout: '', stderr: 'tsoffers: Offer 999 not found.\n' });
      expect(usage.code).toBe(2);
    });
  });
});
