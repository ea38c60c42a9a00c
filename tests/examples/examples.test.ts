/**
 * Runs every example as a child process against its own sandbox (same seed, so examples that write
 * cannot disturb each other) and checks the lines a reader would look at, including that query
 * results really satisfy the conditions printed above them.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/list.js';
import { startSandbox } from '../../src/sandbox/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(script: string, args: readonly string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', script), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runExample(name: string): Promise<Run> {
  const sandbox = await startSandbox({ port: 0, seed: 1 });
  try {
    const key = (kind: string) => sandbox.accounts.find((account) => account.kind === kind)!.apiKey;
    return await run(`${name}.ts`, [], { HASOFFERS_ENDPOINT: sandbox.url, HASOFFERS_NETWORK_TOKEN: 'sandbox-token', HASOFFERS_NETWORK_ID: 'sandbox', HASOFFERS_AFFILIATE_API_KEY: key('affiliate'), HASOFFERS_ADVERTISER_API_KEY: key('advertiser') });
  } finally {
    await sandbox.close();
  }
}

/** `== title` sections → their indented lines (trimmed). */
function sections(output: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('== ')) {
      current = [];
      out.set(line.slice(3), current);
    } else if (current && line.trim()) {
      current.push(line.trim());
    }
  }
  return out;
}

function section(output: string, title: string): string[] {
  const lines = sections(output).get(title);
  if (!lines) throw new Error(`no section "== ${title}" in:\n${output}`);
  return lines;
}

/** `#12   active   Name` rows of a query-builder section. */
function offerRows(lines: readonly string[]): { id: number; status: string; name: string }[] {
  return lines
    .map((line) => /^#(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ id: Number(match[1]), status: match[2]!, name: match[3]! }));
}

function expectClean(result: Run): void {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).not.toContain('SKIPPED');
}

describe.concurrent('examples against the sandbox', () => {
  it('lists every example file', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(join(ROOT, 'examples')).filter((file) => file.endsWith('.ts') && !['env.ts', 'list.ts', 'run-all.ts'].includes(file));
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual([...EXAMPLES].sort());
  });

  it('query-builder: each operator sends its wire form and the rows satisfy it', async () => {
    const result = await runExample('query-builder');
    expectClean(result);
    const out = result.stdout;
    const rows = (title: string) => offerRows(section(out, title));
    const sends = (title: string) => section(out, title)[0];
    expect(sends("where('id').gt(10).where('id').lte(12)")).toBe('sends: filters[id][GREATER_THAN]=10&filters[id][LESS_THAN_OR_EQUAL_TO]=12&sort[Offer.id]=asc&fields[]=id&fields[]=name&fields[]=status');
    expect(sends("where('status').in(['paused', 'expired'])")).toContain('filters[status][]=paused&filters[status][]=expired');
    expect(sends("where('featured').isNull()")).toContain('filters[featured][NULL]=1');
    expect(sends("where('is_private').isFalse()")).toContain('filters[is_private][FALSE]=1');
    expect(sends("where('status').eq('paused').or().where('require_approval').isTrue()")).toContain('filters[OR][status]=paused&filters[OR][require_approval][TRUE]=1');

    expect(rows("where('id').eq(2)").map((row) => row.id)).toEqual([2]);
    const checks: [string, (row: { id: number; status: string; name: string }) => boolean][] = [
      ["where('status').ne('deleted')", (row) => row.status !== 'deleted'],
      ["where('id').gt(10).where('id').lte(12)", (row) => row.id > 10 && row.id <= 12],
      ["where('id').gte(5).where('id').lt(7)", (row) => row.id >= 5 && row.id < 7],
      ["where('name').like('%Pro%')", (row) => row.name.includes('Pro')],
      ["where('name').notLike('%Casino%')", (row) => !row.name.includes('Casino')],
      ["where('status').in(['paused', 'expired'])", (row) => ['paused', 'expired'].includes(row.status)],
    ];
    for (const [title, holds] of checks) {
      const found = rows(title);
      expect(found.length, title).toBeGreaterThan(0);
      expect(found.filter((row) => !holds(row)), title).toEqual([]);
      expect(found.map((row) => row.id), `${title} sorted by id`).toEqual([...found.map((row) => row.id)].sort((a, b) => a - b));
    }
    const sorted = rows('sort on two fields, newest first within each status');
    expect(sorted.length).toBe(4);
    expect(section(out, 'first() and ids()')[0]).toMatch(/^newest active offer: #\d+\s+active /);
    expect(offerRows(section(out, 'the same filters in pyoffers style: findAll({ filters, sort, limit })')).every((row) => row.status === 'active' && row.id > 5)).toBe(true);
  });

  it('pagination: for await visits every page; page(2) and break agree with it', async () => {
    const result = await runExample('pagination');
    expectClean(result);
    const all = section(result.stdout, 'every active offer, 5 per request, with for await');
    const listed = all.map((line) => /^\d+\. (#\d+)/.exec(line)?.[1]).filter((id): id is string => id !== undefined);
    const summary = /^(\d+) active offers in (\d+) pages$/.exec(all.at(-1)!);
    expect(summary).not.toBeNull();
    const total = Number(summary![1]);
    expect(total).toBeGreaterThan(5);
    expect(Number(summary![2])).toBe(Math.ceil(total / 5));
    expect(new Set(listed).size).toBe(listed.length);
    expect(section(result.stdout, 'one page at a time: page(2)')[0]).toBe(`page 2 holds 5 offers: ${listed.slice(5, 10).join(', ')}`);
    expect(section(result.stdout, 'stop early: break ends the loop without fetching more pages')[0]).toBe(`first three: ${listed.slice(0, 3).join(', ')}`);
  });

  it('create-update-delete: creates, updates, refuses, deletes', async () => {
    const result = await runExample('create-update-delete');
    expectClean(result);
    const out = result.stdout;
    expect(section(out, 'create an advertiser')[0]).toMatch(/^created Advertiser: tsoffers example .* \(id \d+\)$/);
    expect(section(out, 'create an offer for it')[0]).toMatch(/^created Offer: tsoffers example offer .*status pending, payout 1\.50/);
    expect(section(out, 'update it: the manager way and the instance way')).toEqual([expect.stringMatching(/status active, payout 2\.25/), 'offer.update       → note "updated through the instance"']);
    expect(section(out, 'relation calls on the instance')).toEqual(["addTargetCountry('CZ') → true", 'getTargetCountries()  → CZ']);
    expect(section(out, 'what a refused write looks like')).toEqual(['HasOffersError: Row id is negative']);
    expect(section(out, 'an affiliate: create, update, delete').slice(1)).toEqual(['update → status active', 'delete → status deleted']);
    expect(section(out, 'retire the offer and the advertiser (status → deleted)')).toEqual([
      expect.stringMatching(/^offer \d+ status: deleted$/),
      expect.stringMatching(/^advertiser \d+ status: deleted$/),
      'still listed among non-deleted offers? no',
    ]);
  });

  it('contain-relations: embedded relations and related managers', async () => {
    const result = await runExample('contain-relations');
    expectClean(result);
    const offers = section(result.stdout, 'offers with their advertiser, target countries and goals (one request)');
    expect(offers.length).toBe(8);
    expect(offers.filter((line) => line.startsWith('advertiser:')).every((line) => /^advertiser: \S.* {3}countries: [A-Z]{2}/.test(line))).toBe(true);
    expect(section(result.stdout, 'findById with contain')[0]).toMatch(/^Offer: .*: \d+ countries, \d+ categories$/);
    const conversions = section(result.stdout, 'a related manager: offer.conversions (a query filtered on offer_id)');
    const ids = conversions.slice(1).map((line) => Number(/^#(\d+)/.exec(line)?.[1]));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(section(result.stdout, 'affiliates with their users').every((line) => /: \S+@\S+/.test(line))).toBe(true);
  });

  it('tracking-links: approval, link, sub ids, short link', async () => {
    const result = await runExample('tracking-links');
    expectClean(result);
    expect(result.stdout).toContain('setAffiliateApprovalStatus → approved');
    expect(result.stdout).toMatch(/approved affiliates now include #\d+: yes/);
    expect(result.stdout).toMatch(/click url: +http:\/\/127\.0\.0\.1:\d+\/aff_c\?offer_id=\d+&aff_id=\d+\n/);
    expect(result.stdout).toContain('&aff_sub=newsletter&aff_sub2=spring');
    expect(section(result.stdout, 'a short link (options[tiny_url]=1)')[0]).toMatch(/^click url: http:\/\/127\.0\.0\.1:\d+\/t\/\w+$/);
  });

  it('tags: attach, list, replace, detach, delete', async () => {
    const result = await runExample('tags');
    expectClean(result);
    const out = result.stdout;
    const offersLine = section(out, 'which offers carry it')[0]!;
    const tagged = /^offers: (#\d+), (#\d+)$/.exec(offersLine);
    expect(tagged, offersLine).not.toBeNull();
    const detach = section(out, 'detach and delete');
    expect(detach[0]).toBe(`removeFromOffer(${tagged![2]}) → true`);
    expect(detach[1]).toMatch(/^removeFromAffiliate\(#\d+\) → true$/);
    expect(detach[2]).toBe(`offers still tagged: ${tagged![1]}`);
    expect(detach[3]).toMatch(/^delete → Tag: tsoffers-example-/);
  });

  it('raw-logs: lists, then streams a whole day with progress', async () => {
    const result = await runExample('raw-logs');
    expectClean(result);
    expect(section(result.stdout, 'date directories of click logs')[0]).toMatch(/^\d{8} {2}\w+ \d+, \d{4}$/);
    const streamed = section(result.stdout, 'every click of ' + /every click of (\d{8})/.exec(result.stdout)![1] + ', streamed with iterate()');
    const match = /^(\d+) clicks \((\d+)\/(\d+) files, \d+ bytes\)$/.exec(streamed[0]!);
    expect(match, streamed[0]).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThan(0);
    expect(match![2]).toBe(match![3]);
    expect(section(result.stdout, 'typed values with coerce: true (numbers and Dates)')[0]).toMatch(/: \d+ clicks, revenue \d+\.\d{2}, first at \d{4}-\d{2}-\d{2}T/);
  });

  it('creative-upload: uploads, lists, deletes', async () => {
    const result = await runExample('creative-upload');
    expectClean(result);
    expect(result.stdout).toMatch(/created OfferFile: tsoffers-example-banner\.png \(id (\d+), 70 bytes, type image banner, status active\)/);
    expect(result.stdout).toMatch(/#\d+ {2}image banner {2}tsoffers-example-banner\.png {2}1×1/);
    expect(result.stdout).toMatch(/OfferFile #\d+ status: deleted/);
  });
});

describe.concurrent('the reports example', () => {
  it('reports: per day with totals, top offers, conversions by status, the CSV export', async () => {
    const result = await runExample('reports');
    expectClean(result);
    const days = section(result.stdout, 'per day, 2024-05-01 to 2024-05-05');
    expect(days).toHaveLength(6);
    const clicks = days.slice(0, 5).map((line) => Number(/^\d{4}-\d{2}-\d{2}\s+(\d+) clicks/.exec(line)![1]));
    expect(Number(/^total\s+(\d+) clicks/.exec(days[5]!)![1])).toBe(clicks.reduce((a, b) => a + b, 0));
    const top = section(result.stdout, 'top 3 offers by clicks');
    const topClicks = top.slice(0, 3).map((line) => Number(/^#\d+\s+(\d+) clicks/.exec(line)![1]));
    expect(topClicks).toEqual([...topClicks].sort((a, b) => b - a));
    expect(top.at(-1)).toMatch(/^sent: fields\[\]=Stat\.offer_id&.*sort\[Stat\.clicks\]=desc&limit=3/);
    expect(section(result.stdout, 'conversions by status')[0]).toMatch(/approved: \d+/);
    expect(section(result.stdout, 'CSV export')[0]).toMatch(/^5 rows exported; first 2024-05-0\d: \d+ clicks$/);
  });
});

describe.concurrent('the whole Network API example', () => {
  it('network-api: a controller pyoffers never had, by manager and Target, params objects, the builder, a refusal', async () => {
    const result = await runExample('network-api');
    expectClean(result);
    expect(section(result.stdout, 'a manager for every controller, also by its Target')).toEqual(["api.controller('OfferPixel') === api.offerPixels: true"]);
    const crud = section(result.stdout, 'create, find and update an offer pixel (the standard methods keep pyoffers\u2019 shape)');
    const id = /^created OfferPixel: (\d+) for offer/.exec(crud[0]!)![1];
    expect(crud.slice(1)).toEqual([`findById(${id}) → OfferPixel: ${id}`, `update(${id}, { status: 'active' }) → status active`]);
    expect(section(result.stdout, 'a params-object method, named by the documented parameters')).toEqual([`findAllByIds({ ids: [${id}] }) → OfferPixel: ${id}`]);
    expect(section(result.stdout, 'a find-shaped method through the builder')[0]).toMatch(/active: [1-9]\d*$/);
    expect(section(result.stdout, 'an unknown parameter is refused before sending')[0]).toMatch(/does not take "feilds". Did you mean "fields"\?/);
  });
});

describe.concurrent('the Affiliate and Advertiser API examples', () => {
  it("affiliate: its runnable offers (id added to fields), approvals, a tracking link, its stats, the id rule", async () => {
    const result = await runExample('affiliate');
    expectClean(result);
    const offers = section(result.stdout, 'offers I may run');
    expect(offers.length).toBeGreaterThan(1);
    expect(offers[0]).toMatch(/^#\d+/);
    expect(offers.at(-1)).toMatch(/^sent: limit=5&fields\[\]=name&fields\[\]=payout_type \(and fields\[\]=id, added\)$/);
    expect(section(result.stdout, 'offers I am approved for')[0]).toMatch(/^\d+ approved/);
    expect(section(result.stdout, 'a tracking link')[0]).toMatch(/^#\d+: http:\/\/127\.0\.0\.1:\d+\/aff_c\?offer_id=\d+&aff_id=\d+$/);
    const stats = section(result.stdout, 'my clicks per offer');
    expect(stats.at(-1)).toMatch(/^\(\d+ offers with traffic, 2024-05-01 to 2024-05-05\)$/);
    expect(section(result.stdout, 'the rules of the Affiliate API')[0]).toMatch(/^refused before sending: .*only equality on id/);
  });

  it('advertiser: its stats per day with totals, its conversions by status', async () => {
    const result = await runExample('advertiser');
    expectClean(result);
    const days = section(result.stdout, 'my offers per day, 2024-05-01 to 2024-05-05');
    const clicks = days.slice(0, -1).map((line) => Number(/^\d{4}-\d{2}-\d{2}\s+(\d+) clicks/.exec(line)![1]));
    expect(Number(/^total\s+(\d+) clicks/.exec(days.at(-1)!)![1])).toBe(clicks.reduce((a, b) => a + b, 0));
    expect(section(result.stdout, 'my conversions by status')[0]).toMatch(/: \d+|\(none\)/);
  });
});

describe.concurrent('run-all', () => {
  it('starts a sandbox when HASOFFERS_* are unset and prints each example under a heading', async () => {
    const result = await run('run-all.ts', ['pagination'], {});
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Sandbox listening on http:\/\/127\.0\.0\.1:\d+\/Apiv3\/json \(ready in \d+ ms\)/);
    expect(result.stdout).toContain('pagination  (examples/pagination.ts)');
    expect(result.stdout).toContain('== every active offer, 5 per request, with for await');
    expect(result.stdout).toMatch(/OK +pagination/);
    expect(result.stdout).toContain('All 1 examples passed.');
  });

  it('exits 1 when an example fails, 2 for an unknown name', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const env = { HASOFFERS_ENDPOINT: `http://127.0.0.1:${port}/Apiv3/json`, HASOFFERS_NETWORK_TOKEN: 'secret-example-token', HASOFFERS_NETWORK_ID: 'x' };
    const [failed, unknown] = await Promise.all([run('run-all.ts', ['tags'], env), run('run-all.ts', ['nope'], env)]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`Running against http://127.0.0.1:${port}`);
    expect(failed.stdout).toContain('NetworkError');
    expect(failed.stdout).toContain('-> tags FAILED (exit code 1)');
    expect(failed.stdout).toContain('1 of 1 examples failed.');
    expect(failed.stdout).not.toContain('secret-example-token');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown example(s): nope');
  });
});
